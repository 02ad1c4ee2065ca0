#pragma once
// Parses the rule language (see rules.hpp) from YAML into a typed Rule, resolving ids once.
#include <string_view>

#include "careerplan/model/model.hpp"
#include "careerplan/model/rules.hpp"
#include "careerplan/load/yaml_read.hpp"

namespace careerplan {

// `ids` supplies the id tables (skills, certifications, stages, tracks); problems go to the
// reader's diagnostics and the bad part becomes Rule::always(). `file` is the reader's file's
// index in Content::files, for each rule's FilePos.
Rule parse_rule(const YamlReader& reader, const yaml::Node& node, const Content& ids, std::string_view field,
                std::uint32_t file);

}  // namespace careerplan
