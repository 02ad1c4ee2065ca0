#include "careerplan/load/json_tree.hpp"

#include <fmt/format.h>

#include <unordered_set>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/text.hpp"

namespace careerplan::yaml {
namespace {

// Thrown to stop at the first syntax error; the message is already in the diagnostics.
struct Stop {};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

class JsonReader {
public:
  JsonReader(std::string_view text, const std::string& file, const Limits& limits, Diagnostics& diags)
      : m_text(text), m_file(file), m_limits(limits), m_diags(diags) {}

  Node document() {
    skip_space();
    if (m_pos == m_text.size()) return Node{};
    Node root = value(0);
    skip_space();
    if (m_pos != m_text.size()) fail(fmt::format("{} after the end of the JSON value", found()));
    return root;
  }

private:
  [[noreturn]] void fail(std::string message, std::vector<std::string> hints = {}) {
    error_at(m_pos, std::move(message), std::move(hints));
    throw Stop{};
  }

  void error_at(std::size_t pos, std::string message, std::vector<std::string> hints = {}) {
    const auto [line, column] = line_col(m_text, pos);
    m_diags.error(Location{m_file, line, column}, std::move(message), std::move(hints));
  }

  // What stands at the current position, for "expected X, found Y".
  std::string found() const {
    if (m_pos == m_text.size()) return "the end of the text";
    return fmt::format("'{}'", escape_controls(m_text.substr(m_pos, 1)));
  }

  void skip_space() {
    while (m_pos < m_text.size() && is_space(m_text[m_pos])) ++m_pos;
  }

  bool at(char c) const { return m_pos < m_text.size() && m_text[m_pos] == c; }

  Node make(NodeKind kind) {
    if (++m_nodes > m_limits.max_nodes) {
      fail(fmt::format("file has more than {} values", m_limits.max_nodes), {"split it into smaller files"});
    }
    Node n;
    n.kind = kind;
    const auto [line, column] = line_col_fast(m_pos);
    n.line = line;
    n.column = column;
    return n;
  }

  // line_col, but resumed from the last position asked for: positions only move forward.
  std::pair<int, int> line_col_fast(std::size_t pos) {
    for (; m_scanned < pos; ++m_scanned) {
      if (m_text[m_scanned] == '\n') {
        ++m_line;
        m_line_start = m_scanned + 1;
      }
    }
    return {m_line, static_cast<int>(pos - m_line_start) + 1};
  }

  Node value(std::size_t depth) {
    if (m_pos == m_text.size()) fail("expected a JSON value, found the end of the text");
    switch (m_text[m_pos]) {
      case '{': return object(depth);
      case '[': return array(depth);
      case '"': {
        Node n = make(NodeKind::scalar);
        n.value = string();
        check_controls(n.value, n.line, n.column);
        return n;
      }
      case 't': return literal("true", NodeKind::scalar);
      case 'f': return literal("false", NodeKind::scalar);
      case 'n': return literal("null", NodeKind::null);
      default:
        if (m_text[m_pos] == '-' || is_digit(m_text[m_pos])) return number();
        fail(fmt::format("expected a JSON value, found {}", found()),
             {"text values need double quotes: \"like this\""});
    }
  }

  Node literal(std::string_view word, NodeKind kind) {
    if (m_text.substr(m_pos, word.size()) != word) {
      fail(fmt::format("expected a JSON value, found {}", found()), {"text values need double quotes: \"like this\""});
    }
    Node n = make(kind);
    if (kind == NodeKind::scalar) {
      n.plain = true;
      n.value = std::string(word);
    }
    m_pos += word.size();
    return n;
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, kept as written, as YAML keeps a plain scalar.
  Node number() {
    Node n = make(NodeKind::scalar);
    n.plain = true;
    const std::size_t start = m_pos;
    if (at('-')) ++m_pos;
    if (at('0')) {
      ++m_pos;
    } else if (m_pos < m_text.size() && is_digit(m_text[m_pos])) {
      while (m_pos < m_text.size() && is_digit(m_text[m_pos])) ++m_pos;
    } else {
      fail(fmt::format("expected a digit, found {}", found()));
    }
    if (at('.')) {
      ++m_pos;
      if (m_pos == m_text.size() || !is_digit(m_text[m_pos])) fail(fmt::format("expected a digit after '.', found {}", found()));
      while (m_pos < m_text.size() && is_digit(m_text[m_pos])) ++m_pos;
    }
    if (at('e') || at('E')) {
      ++m_pos;
      if (at('+') || at('-')) ++m_pos;
      if (m_pos == m_text.size() || !is_digit(m_text[m_pos])) fail(fmt::format("expected a digit in the exponent, found {}", found()));
      while (m_pos < m_text.size() && is_digit(m_text[m_pos])) ++m_pos;
    }
    n.value = std::string(m_text.substr(start, m_pos - start));
    return n;
  }

  unsigned hex4() {
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
      const int d = m_pos < m_text.size() ? hex_digit(m_text[m_pos]) : -1;
      if (d < 0) fail("a \\u escape needs four hex digits");
      v = v * 16 + static_cast<unsigned>(d);
      ++m_pos;
    }
    return v;
  }

  // A string at m_pos (on its opening quote), decoded; the text is known to be valid UTF-8.
  std::string string() {
    const std::size_t open = m_pos++;
    std::string out;
    for (;;) {
      const std::size_t run = m_pos;
      while (m_pos < m_text.size() && m_text[m_pos] != '"' && m_text[m_pos] != '\\' &&
             static_cast<unsigned char>(m_text[m_pos]) >= 0x20) {
        ++m_pos;
      }
      out.append(m_text.substr(run, m_pos - run));
      if (m_pos == m_text.size()) {
        m_pos = open;
        fail("quoted text is never closed", {"add the closing \" quote"});
      }
      const char c = m_text[m_pos];
      if (c == '"') {
        ++m_pos;
        return out;
      }
      if (c != '\\') {
        fail(fmt::format("text holds the control character U+{:04X}", static_cast<unsigned>(c)),
             {"write it as an escape, such as \\n or \\t"});
      }
      ++m_pos;
      if (m_pos == m_text.size()) fail("quoted text ends inside an escape");
      switch (m_text[m_pos++]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': out_code_point(out); break;
        default:
          --m_pos;
          fail(fmt::format("unknown escape '\\{}'", escape_controls(m_text.substr(m_pos, 1))),
               {"JSON escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"});
      }
    }
  }

  void out_code_point(std::string& out) {
    const std::size_t escape = m_pos - 2;
    unsigned cp = hex4();
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
      m_pos = escape;
      fail("a \\u escape holds a lone low surrogate");
    }
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (m_text.substr(m_pos, 2) != "\\u") {
        m_pos = escape;
        fail("a \\u escape holds a high surrogate without its low half");
      }
      m_pos += 2;
      const unsigned low = hex4();
      if (low < 0xDC00 || low > 0xDFFF) {
        m_pos = escape;
        fail("a \\u escape holds a high surrogate without its low half");
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, cp);
  }

  // Reports a decoded key or value holding a control character, as the YAML reader does, and
  // keeps it escaped so later messages cannot drive a terminal.
  void check_controls(std::string& text, int line, int column) {
    if (auto c = forbidden_control(text)) {
      m_diags.error(Location{m_file, line, column}, fmt::format("text holds the control character U+{:04X}", *c),
                    {"remove it; control characters are not allowed in values"});
      text = escape_controls(text);
    }
  }

  void enter(std::size_t depth) {
    if (depth >= m_limits.max_depth) fail(fmt::format("nesting deeper than {} levels", m_limits.max_depth));
  }

  // Just after an opening bracket: true, with the closing one consumed, when the container is empty.
  bool closes_at_once(char close) {
    ++m_pos;
    skip_space();
    if (!at(close)) return false;
    ++m_pos;
    return true;
  }

  // After an entry or item: true when a ',' says another follows, false when `close` ends the
  // container (both consumed); anything else is a syntax error.
  bool another(char close, std::string_view after) {
    skip_space();
    if (at(',')) {
      ++m_pos;
      return true;
    }
    if (!at(close)) fail(fmt::format("expected ',' or '{}' after {}, found {}", close, after, found()));
    ++m_pos;
    return false;
  }

  Node object(std::size_t depth) {
    enter(depth);
    Node n = make(NodeKind::map);
    if (closes_at_once('}')) return n;
    std::unordered_set<std::string> keys;
    do {
      skip_space();
      if (!at('"')) fail(fmt::format("expected a quoted key, found {}", found()), {"keys need double quotes: \"name\""});
      const auto [line, column] = line_col_fast(m_pos);
      Entry e;
      e.line = line;
      e.column = column;
      e.key = string();
      skip_space();
      if (!at(':')) fail(fmt::format("expected ':' after the key, found {}", found()));
      ++m_pos;
      skip_space();
      e.value = value(depth + 1);
      check_controls(e.key, line, column);
      if (keys.insert(e.key).second) {
        n.entries.push_back(std::move(e));
      } else {
        m_diags.error(Location{m_file, line, column}, fmt::format("duplicate key '{}'", escape_controls(e.key)));
      }
    } while (another('}', "an entry"));
    return n;
  }

  Node array(std::size_t depth) {
    enter(depth);
    Node n = make(NodeKind::sequence);
    if (closes_at_once(']')) return n;
    do {
      skip_space();
      n.items.push_back(value(depth + 1));
    } while (another(']', "an item"));
    return n;
  }

  std::string_view m_text;
  const std::string& m_file;
  const Limits& m_limits;
  Diagnostics& m_diags;
  std::size_t m_pos = 0;
  std::size_t m_nodes = 0;
  std::size_t m_scanned = 0;  // line_col_fast has counted lines up to here
  std::size_t m_line_start = 0;
  int m_line = 1;
};

}  // namespace

Node parse_json(std::string_view text, const std::string& file_name, const Limits& limits) {
  Diagnostics diags;
  if (const auto bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    const auto [line, col] = line_col(text, bad);
    diags.error(Location{file_name, line, col}, "file is not valid UTF-8", {"save the file as UTF-8"});
    throw Failure(ExitCode::data, diags.items());
  }
  Node root;
  try {
    root = JsonReader(text, file_name, limits, diags).document();
  } catch (const Stop&) {
  }
  throw_if_any(diags);
  return root;
}

}  // namespace careerplan::yaml
