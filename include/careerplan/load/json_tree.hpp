#pragma once
// A strict JSON reader (RFC 8259) building the same tree as the YAML reader, with the same guards
// (duplicate keys, nesting, value count, control characters, bad UTF-8). JSON Lines records are
// read with it: yaml-cpp, though JSON is YAML, costs several times more per byte.
#include <string>
#include <string_view>

#include "careerplan/load/yaml_tree.hpp"

namespace careerplan::yaml {

// Parses one JSON value. Empty text (or only whitespace) gives a null root. Strings become quoted
// scalars, numbers, true and false plain scalars, null a null node, so a profile decodes the same
// from JSON as from YAML. Throws Failure(ExitCode::data) at the first syntax error, listing every
// problem found until then.
Node parse_json(std::string_view text, const std::string& file_name, const Limits& limits = {});

}  // namespace careerplan::yaml
