#pragma once
// A guarded YAML reader: yaml-cpp's event stream is turned into a small owned tree, refusing
// what yaml-cpp would silently accept or blow up on (aliases, anchors, merge keys, duplicate
// or non-string keys, several documents, tags, runaway size or depth, bad UTF-8, control bytes).
// Only this file and its .cpp know yaml-cpp.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/base/diagnostics.hpp"

namespace careerplan::yaml {

enum class NodeKind : unsigned char { null, scalar, sequence, map };

struct Entry;

struct Node {
  NodeKind kind = NodeKind::null;
  bool plain = false;  // a scalar written without quotes
  int line = 0;        // 1-based
  int column = 0;      // 1-based, in bytes
  std::string value;   // scalar text
  std::vector<Node> items;     // sequence items
  std::vector<Entry> entries;  // mapping entries, in file order, keys unique

  [[nodiscard]] bool is_null() const { return kind == NodeKind::null; }
  [[nodiscard]] bool is_scalar() const { return kind == NodeKind::scalar; }
  [[nodiscard]] bool is_sequence() const { return kind == NodeKind::sequence; }
  [[nodiscard]] bool is_map() const { return kind == NodeKind::map; }
};

struct Entry {
  std::string key;
  int line = 0;
  int column = 0;
  Node value;
};

struct Limits {
  std::size_t max_nodes = 200'000;  // scalars + collections in one file
  std::size_t max_depth = 64;       // nesting of collections
};

// Parses one YAML document. An empty file (or one holding only comments) gives a null root.
// Throws Failure(ExitCode::data) with every problem found; never lets a yaml-cpp exception out.
// Plain files are read by parse_simple (yaml_simple.hpp), the rest by parse_general.
Node parse(std::string_view text, const std::string& file_name, const Limits& limits = {});

// parse() through yaml-cpp alone: the reference parse_simple is held to.
Node parse_general(std::string_view text, const std::string& file_name, const Limits& limits = {});

// "a mapping", "a list", "a text value", "nothing": for "expected X, found Y" messages.
std::string_view describe(const Node& node);

}  // namespace careerplan::yaml
