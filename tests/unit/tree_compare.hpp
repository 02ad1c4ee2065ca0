#pragma once
// Node-for-node comparison of two reader trees, positions included: the JSON reader and the
// simple YAML reader are both held to the tree yaml-cpp's path builds.
#include <doctest/doctest.h>

#include <string>

#include "careerplan/load/yaml_tree.hpp"

namespace careerplan::test {

inline void check_same(const yaml::Node& a, const yaml::Node& b, const std::string& where) {
  INFO(where);
  REQUIRE(a.kind == b.kind);
  CHECK(a.plain == b.plain);
  CHECK(a.value == b.value);
  CHECK(a.line == b.line);
  CHECK(a.column == b.column);
  REQUIRE(a.items.size() == b.items.size());
  for (std::size_t i = 0; i < a.items.size(); ++i) check_same(a.items[i], b.items[i], where + "[" + std::to_string(i) + "]");
  REQUIRE(a.entries.size() == b.entries.size());
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    CHECK(a.entries[i].key == b.entries[i].key);
    CHECK(a.entries[i].line == b.entries[i].line);
    CHECK(a.entries[i].column == b.entries[i].column);
    check_same(a.entries[i].value, b.entries[i].value, where + "." + a.entries[i].key);
  }
}

}  // namespace careerplan::test
