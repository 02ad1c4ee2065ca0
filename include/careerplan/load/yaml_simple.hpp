#pragma once
// A fast reader for the plain YAML that profiles and content files are written in: block
// mappings and lists, one-line flow collections, plain and simply quoted text, comments. It gives
// exactly the tree yaml-cpp's path of yaml::parse gives, positions included, or nothing at the
// first construct outside that subset (or anything doubtful), which yaml-cpp then reads; so every
// error message still comes from yaml-cpp. yaml-cpp costs ~1,500 instructions a byte; this ~30.
#include <optional>
#include <string_view>

#include "careerplan/load/yaml_tree.hpp"

namespace careerplan::yaml {

// The tree of `text`, or nullopt when the text is outside the subset, breaks a guard of `limits`
// or is not valid YAML. `text` must already be checked for bad UTF-8 and NUL bytes.
std::optional<Node> parse_simple(std::string_view text, const Limits& limits = {});

}  // namespace careerplan::yaml
