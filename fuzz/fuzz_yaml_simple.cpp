// libFuzzer target for the simple YAML reader: wherever it reads a text, it must build exactly
// the tree yaml-cpp's path builds, and yaml-cpp must accept the text; a difference aborts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/load/yaml_simple.hpp"
#include "careerplan/load/yaml_tree.hpp"

namespace {

using careerplan::yaml::Node;

bool same(const Node& a, const Node& b) {
  if (a.kind != b.kind || a.plain != b.plain || a.value != b.value || a.line != b.line || a.column != b.column ||
      a.items.size() != b.items.size() || a.entries.size() != b.entries.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    if (!same(a.items[i], b.items[i])) return false;
  }
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    const auto& x = a.entries[i];
    const auto& y = b.entries[i];
    if (x.key != y.key || x.line != y.line || x.column != y.column || !same(x.value, y.value)) return false;
  }
  return true;
}

[[noreturn]] void finding(const char* what) {
  std::fprintf(stderr, "parse_simple %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // parse() refuses these before either reader sees the text.
  if (careerplan::first_invalid_utf8(text) != std::string::npos || text.find('\0') != std::string::npos) return 0;
  const auto simple = careerplan::yaml::parse_simple(text);
  if (!simple) return 0;
  try {
    if (!same(*simple, careerplan::yaml::parse_general(text, "fuzz.yaml"))) finding("built another tree than yaml-cpp");
  } catch (const careerplan::Failure&) {
    finding("read a text yaml-cpp refuses");
  }
  return 0;
}
