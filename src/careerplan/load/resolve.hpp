#pragma once
// Turning an id (or alias) written in a file into an index, with "did you mean" on a miss.
#include <optional>
#include <string>
#include <string_view>

#include "careerplan/model/model.hpp"
#include "careerplan/load/yaml_read.hpp"

namespace careerplan {

// Reports "unknown KIND 'x' (did you mean 'y'?)" at the node when `name` is not in `table`.
std::optional<Index> resolve_id(const YamlReader& reader, const yaml::Node& node, const IdTable& table,
                                std::string_view kind);

// The closest name in `table` to `name`, if any is close; candidates are taken in byte order so
// the answer does not depend on how the table was built.
std::optional<std::string> suggest(const IdTable& table, std::string_view name);
// The same over the keys of two tables together, without copying them.
std::optional<std::string> suggest(const IdTable& a, const IdTable& b, std::string_view name);

}  // namespace careerplan
