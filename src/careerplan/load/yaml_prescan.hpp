#pragma once
// A pass over the bytes of a YAML file before yaml-cpp reads it. yaml-cpp reads a flow collection
// nested in another ([[...) to its end before it hands over the first event, holding every token
// (4 MB of '[' took a gigabyte), so the depth and value limits must be checked before it starts.
// The pass counts only what it can prove: its depth and its count never exceed the tree's, so it
// refuses no file the tree would accept. Private to yaml_tree.cpp.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/load/yaml_tree.hpp"

namespace careerplan::yaml {

struct PrescanProblem {
  int line = 0;  // 1-based; column in bytes
  int column = 0;
  std::string message;
  std::vector<std::string> hints;
};

struct Prescan {
  std::optional<PrescanProblem> problem;  // over a limit: refuse before yaml-cpp reads the file
  // A flow collection is still open at the end of the text. yaml-cpp then reports each inner
  // '[' as a collection and a mapping (a possible key), so its events nest up to twice as deep
  // as the text before it reports the unclosed collection.
  bool unclosed_flow = false;
};

Prescan prescan(std::string_view text, const Limits& limits);

}  // namespace careerplan::yaml
