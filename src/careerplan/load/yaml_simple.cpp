#include "careerplan/load/yaml_simple.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <utility>

namespace careerplan::yaml {
namespace {

// Thrown at the first construct the subset leaves to yaml-cpp; never escapes parse_simple.
struct Outside {};

[[noreturn]] void outside() { throw Outside{}; }

constexpr std::size_t k_max_key_bytes = 1024;

// Characters that give a plain scalar's first character another meaning in YAML.
bool is_indicator(char c) {
  switch (c) {
    case '-': case '?': case ':': case ',': case '[': case ']': case '{': case '}': case '#':
    case '&': case '*': case '!': case '|': case '>': case '\'': case '"': case '%': case '@':
    case '`':
      return true;
    default:
      return false;
  }
}

// Plain scalars YAML reads as null; yaml-cpp reports them as null nodes.
bool is_null_word(std::string_view s) { return s == "~" || s == "null" || s == "Null" || s == "NULL"; }

// Bytes the subset refuses anywhere: every control character but the newline (tabs, CR and the
// C1 controls included: yaml-cpp's path reports those in values), DEL, and the byte-order mark
// and the Unicode line breaks YAML 1.1 gives meaning to.
bool plain_bytes(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7f) return false;
    if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9f) return false;
    if (c == 0xe2 && text.substr(i, 3) >= "\xe2\x80\xa8" && text.substr(i, 3) <= "\xe2\x80\xa9") return false;
    if (c == 0xef && text.substr(i, 3) == "\xef\xbb\xbf") return false;
  }
  return true;
}

class SimpleReader {
public:
  SimpleReader(std::string_view text, const Limits& limits) : m_text(text), m_limits(limits) {}

  Node run() {
    next_line_from(0);
    if (m_eof) return Node{};  // empty, or only comments: what yaml-cpp's path gives
    Node root;
    block_node(0, root);
    if (!m_eof) outside();
    return root;
  }

private:
  // The byte at `p`, a newline past the end: every line, the last included, ends in one.
  [[nodiscard]] char at(std::size_t p) const { return p < m_text.size() ? m_text[p] : '\n'; }
  [[nodiscard]] bool space_or_break(std::size_t p) const { return at(p) == ' ' || at(p) == '\n'; }
  [[nodiscard]] bool seq_entry(std::size_t p) const { return at(p) == '-' && space_or_break(p + 1); }
  [[nodiscard]] std::size_t skip_spaces(std::size_t p) const {
    while (at(p) == ' ') ++p;
    return p;
  }
  // A comment starts at a '#' after a space (or at the start of the line's content).
  [[nodiscard]] bool comment(std::size_t p) const { return at(p) == '#' && (p == 0 || m_text[p - 1] == ' ' || m_text[p - 1] == '\n'); }
  [[nodiscard]] int column(std::size_t p) const { return static_cast<int>(p - m_line_start) + 1; }

  // Moves to the first content of the next line holding any (not blank, not only a comment),
  // from `p` at the start of a line; sets m_eof past the last.
  void next_line_from(std::size_t p) {
    while (p < m_text.size()) {
      m_line_start = p;
      const std::size_t c = skip_spaces(p);
      if (at(c) == '#' || at(c) == '\n') {
        const std::size_t end = m_text.find('\n', c);
        if (end == std::string_view::npos) break;
        p = end + 1;
        ++m_line;
        continue;
      }
      if (c == p && (at(c) == '%' || ((m_text.substr(c, 3) == "---" || m_text.substr(c, 3) == "...") && space_or_break(c + 3)))) {
        outside();  // directives and document markers
      }
      m_pos = c;
      m_indent = c - p;
      return;
    }
    m_eof = true;
    m_pos = m_text.size();
  }

  // After a value: only spaces and a comment may follow on its line; then the next line.
  void finish_line(std::size_t p) {
    p = skip_spaces(p);
    if (at(p) != '\n' && !comment(p)) outside();
    const std::size_t end = m_text.find('\n', p);
    if (end == std::string_view::npos) {
      m_eof = true;
      m_pos = m_text.size();
      return;
    }
    ++m_line;
    next_line_from(end + 1);
  }

  Node make(NodeKind kind, std::size_t p) {
    if (++m_nodes >= m_limits.max_nodes) outside();
    Node n;
    n.kind = kind;
    n.line = m_line;
    n.column = column(p);
    return n;
  }

  Node collection(NodeKind kind, std::size_t p, std::size_t depth) {
    if (depth + 1 >= m_limits.max_depth) outside();
    return make(kind, p);
  }

  // Where yaml-cpp places a value left empty: at the next token, or, when the text ends first, at
  // the start of the line after its final newline (without one, yaml-cpp's mark varies: left to it).
  Node null_here() {
    if (!m_eof) return make(NodeKind::null, m_pos);
    if (m_text.empty() || m_text.back() != '\n') outside();
    Node n = make(NodeKind::null, 0);
    n.line = static_cast<int>(std::count(m_text.begin(), m_text.end(), '\n')) + 1;
    n.column = 1;
    return n;
  }

  Node scalar(std::size_t p, std::string value, bool plain) {
    if (plain && is_null_word(value)) return make(NodeKind::null, p);
    Node n = make(NodeKind::scalar, p);
    n.plain = plain;
    n.value = std::move(value);
    return n;
  }

  // Leaves a mapping whose key repeats to yaml-cpp: small mappings are searched; from 16 keys on,
  // `keys` holds them all, so a hostile file with many keys costs no quadratic time.
  static void unique_key(const Node& map, const std::string& key, std::unordered_set<std::string>& keys) {
    constexpr std::size_t k_scan = 16;
    if (keys.empty() && map.entries.size() < k_scan) {
      for (const Entry& other : map.entries) {
        if (other.key == key) outside();
      }
      return;
    }
    if (keys.empty()) {
      for (const Entry& other : map.entries) keys.insert(other.key);
    }
    if (!keys.insert(key).second) outside();
  }

  // A collection starting on its own line at m_pos, indented m_indent.
  void block_node(std::size_t depth, Node& out) {
    if (seq_entry(m_pos)) return block_seq(depth, out);
    if (key_end(m_pos) != std::string_view::npos) return block_map(depth, out);
    outside();
  }

  void block_map(std::size_t depth, Node& out) {
    const std::size_t indent = m_indent;
    out = collection(NodeKind::map, m_pos, depth);
    std::unordered_set<std::string> keys;
    for (;;) {
      Entry e;
      e.line = m_line;
      e.column = column(m_pos);
      const std::size_t colon = key_end(m_pos);
      if (colon == std::string_view::npos) outside();
      e.key = key_text(m_pos, colon);
      unique_key(out, e.key, keys);  // yaml-cpp's path reports a duplicate
      const std::size_t p = skip_spaces(colon + 1);
      if (at(p) == '\n' || comment(p)) {
        finish_line(p);
        if (!m_eof && m_indent > indent) {
          block_node(depth + 1, e.value);
        } else if (!m_eof && m_indent == indent && seq_entry(m_pos)) {
          block_seq(depth + 1, e.value);  // a list under a key may start at the key's column
        } else {
          e.value = null_here();
        }
      } else {
        finish_line(inline_value(p, depth + 1, e.value));
        if (!m_eof && m_indent > indent) outside();  // a continued plain scalar, or an error
      }
      out.entries.push_back(std::move(e));
      if (m_eof || m_indent < indent) return;
      if (m_indent > indent || seq_entry(m_pos)) outside();
    }
  }

  void block_seq(std::size_t depth, Node& out) {
    const std::size_t indent = m_indent;
    out = collection(NodeKind::sequence, m_pos, depth);
    for (;;) {
      Node item;
      const std::size_t p = skip_spaces(m_pos + 1);
      if (at(p) == '\n' || comment(p)) {
        finish_line(p);
        if (!m_eof && m_indent > indent) {
          block_node(depth + 1, item);
        } else {
          item = null_here();
        }
      } else if (seq_entry(p)) {
        outside();  // "- - x"
      } else if (key_end(p) != std::string_view::npos) {
        m_pos = p;  // a mapping opened on the entry's line is indented to its first key
        m_indent = p - m_line_start;
        block_map(depth + 1, item);
      } else {
        finish_line(inline_value(p, depth + 1, item));
        if (!m_eof && m_indent > indent) outside();
      }
      out.items.push_back(std::move(item));
      if (m_eof || m_indent < indent) return;
      if (m_indent > indent) outside();
      if (!seq_entry(m_pos)) return;  // a list at its key's column ends at the next key
    }
  }

  // The position of the ':' ending a block mapping key that starts at `p`, or npos when the line
  // holds no key there. Keys are one-line plain or quoted text directly followed by ": ".
  [[nodiscard]] std::size_t key_end(std::size_t p) const {
    if (at(p) == '"' || at(p) == '\'') {
      const std::size_t q = quoted_end(p);
      return at(q) == ':' && space_or_break(q + 1) ? short_key(p, q) : std::string_view::npos;
    }
    if (is_indicator(at(p)) || at(p) == '\n') return std::string_view::npos;
    for (std::size_t i = p; at(i) != '\n'; ++i) {
      const char c = at(i);
      if (c == ':' && space_or_break(i + 1)) {
        if (m_text[i - 1] == ' ') outside();  // "key : value"
        return short_key(p, i);
      }
      if (c == '#' && m_text[i - 1] == ' ') return std::string_view::npos;
      if (c == '[' || c == ']' || c == '{' || c == '}') outside();
    }
    return std::string_view::npos;
  }

  // yaml-cpp takes a key only if its ':' is at most 1024 bytes past the key's first byte
  // (quotes included): the YAML spec's limit on implicit keys, counted in bytes. Longer keys are
  // left to yaml-cpp's path, which refuses them.
  [[nodiscard]] std::size_t short_key(std::size_t p, std::size_t colon) const {
    if (colon - p > k_max_key_bytes) outside();
    return colon;
  }

  std::string key_text(std::size_t p, std::size_t colon) {
    std::string key;
    if (at(p) == '"' || at(p) == '\'') {
      key = unquote(p, colon);
    } else {
      key.assign(m_text.substr(p, colon - p));
      if (key == "<<" || is_null_word(key)) outside();  // a merge key, a null key: yaml-cpp's path refuses them
    }
    if (++m_nodes >= m_limits.max_nodes) outside();
    return key;
  }

  // Past the closing quote of the quoted text at `p`; quoted text in the subset is one line and
  // has no backslash escapes.
  [[nodiscard]] std::size_t quoted_end(std::size_t p) const {
    const char quote = at(p);
    for (std::size_t i = p + 1;; ++i) {
      const char c = at(i);
      if (c == '\n' || (c == '\\' && quote == '"')) outside();
      if (c != quote) continue;
      if (quote == '\'' && at(i + 1) == '\'') {
        ++i;
        continue;
      }
      return i + 1;
    }
  }

  [[nodiscard]] std::string unquote(std::size_t p, std::size_t end) const {
    std::string s;
    for (std::size_t i = p + 1; i + 1 < end; ++i) {
      s += m_text[i];
      if (m_text[p] == '\'' && m_text[i] == '\'') ++i;  // '' is one quote
    }
    return s;
  }

  // A flow collection or quoted text at `p`, read into `out`; npos when `p` starts plain text.
  std::size_t flow_or_quoted(std::size_t p, std::size_t depth, Node& out) {
    if (at(p) == '[' || at(p) == '{') return flow(p, depth, out);
    if (at(p) != '"' && at(p) != '\'') return std::string_view::npos;
    const std::size_t end = quoted_end(p);
    out = scalar(p, unquote(p, end), false);
    return end;
  }

  // A value written after "key: " or "- " on the same line; returns the position after it.
  std::size_t inline_value(std::size_t p, std::size_t depth, Node& out) {
    if (const std::size_t end = flow_or_quoted(p, depth, out); end != std::string_view::npos) return end;
    if (is_indicator(at(p))) outside();
    std::size_t end = p;
    for (std::size_t i = p; at(i) != '\n'; ++i) {
      if (at(i) == '#' && m_text[i - 1] == ' ') break;
      if (at(i) == ':' && space_or_break(i + 1)) outside();
      if (at(i) != ' ') end = i + 1;
    }
    out = scalar(p, std::string(m_text.substr(p, end - p)), true);
    return end;
  }

  // A flow collection, closed on the line it opens on.
  std::size_t flow(std::size_t p, std::size_t depth, Node& out) {
    const bool is_map = at(p) == '{';
    const char close = is_map ? '}' : ']';
    out = collection(is_map ? NodeKind::map : NodeKind::sequence, p, depth);
    std::unordered_set<std::string> keys;
    p = skip_spaces(p + 1);
    if (at(p) == close) return p + 1;
    for (;;) {
      if (is_map) {
        Entry e;
        e.line = m_line;
        e.column = column(p);
        Node key;
        const std::size_t key_start = p;
        p = flow_item(p, depth + 1, key);
        if (!key.is_scalar() || at(p) != ':' || at(p + 1) != ' ') outside();
        if (p - key_start > k_max_key_bytes) outside();  // the limit short_key keeps for block keys
        if (key.plain && key.value == "<<") outside();
        unique_key(out, key.value, keys);
        e.key = std::move(key.value);
        p = flow_item(skip_spaces(p + 1), depth + 1, e.value);
        out.entries.push_back(std::move(e));
      } else {
        Node item;
        p = flow_item(p, depth + 1, item);
        out.items.push_back(std::move(item));
      }
      p = skip_spaces(p);
      if (at(p) == close) return p + 1;
      if (at(p) != ',') outside();
      p = skip_spaces(p + 1);
      if (at(p) == close) outside();  // a trailing comma
    }
  }

  std::size_t flow_item(std::size_t p, std::size_t depth, Node& out) {
    if (const std::size_t end = flow_or_quoted(p, depth, out); end != std::string_view::npos) return end;
    if (is_indicator(at(p)) || at(p) == '\n') outside();
    std::size_t end = p;
    std::size_t i = p;
    for (; at(i) != '\n'; ++i) {
      const char c = at(i);
      if (c == ',' || c == ']' || c == '}') break;
      // yaml-cpp 0.7 refuses a '?' inside flow text ("[a?]"), though YAML allows it.
      if (c == '[' || c == '{' || c == '?' || (c == '#' && m_text[i - 1] == ' ')) outside();
      if (c == ':') {
        if (at(i + 1) == ' ') break;  // a key's end
        outside();
      }
      if (c != ' ') end = i + 1;
    }
    if (at(i) == '\n') outside();
    out = scalar(p, std::string(m_text.substr(p, end - p)), true);
    if (out.is_null()) outside();  // "[~]" and "{a: null}": left to yaml-cpp
    return end;
  }

  std::string_view m_text;
  const Limits& m_limits;
  std::size_t m_pos = 0;         // the current content
  std::size_t m_line_start = 0;  // the start of its line
  std::size_t m_indent = 0;      // the indentation of the collection it opens or continues
  int m_line = 1;
  bool m_eof = false;
  std::size_t m_nodes = 0;
};

}  // namespace

std::optional<Node> parse_simple(std::string_view text, const Limits& limits) {
  if (!plain_bytes(text)) return std::nullopt;
  try {
    return SimpleReader(text, limits).run();
  } catch (const Outside&) {
    return std::nullopt;
  }
}

}  // namespace careerplan::yaml
