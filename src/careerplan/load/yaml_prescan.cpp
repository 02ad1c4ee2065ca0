#include "careerplan/load/yaml_prescan.hpp"

#include <fmt/format.h>

#include <vector>

#include "careerplan/base/text.hpp"

namespace careerplan::yaml {
namespace {

// Thrown at the first limit passed; caught in prescan().
struct Over {
  std::size_t pos;
  std::string message;
  std::vector<std::string> hints;
};

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_flow_indicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

// Block context: one line at a time, with a stack of the lines that open a nested block (a key
// or a dash with nothing after it) and how many collections hold their content. Flow context:
// brackets outside quoted text. Anything the pass cannot place (a line deeper than a finished
// value, a block scalar's text) is skipped: skipping can only undercount.
class Scanner {
public:
  Scanner(std::string_view text, const Limits& limits) : m_t(text), m_limits(limits) {}

  bool run() {
    if (m_t.substr(0, 3) == "\xef\xbb\xbf") m_i = 3;
    while (m_i < m_t.size()) line();
    return m_unclosed;
  }

private:
  struct Opener {
    std::size_t column;  // of the key, or of the dash
    std::size_t levels;  // collections holding the content indented under it
    bool key;
  };

  [[nodiscard]] char at(std::size_t p) const { return p < m_t.size() ? m_t[p] : '\n'; }
  [[nodiscard]] bool separated(std::size_t p) const { return is_blank(at(p)) || at(p) == '\n'; }
  [[nodiscard]] std::size_t column(std::size_t p) const { return p - m_line_start; }
  std::size_t skip_blanks(std::size_t p) const {
    while (p < m_t.size() && is_blank(m_t[p])) ++p;
    return p;
  }
  // Moves to the start of the next line.
  void end_line(std::size_t p) {
    while (p < m_t.size() && m_t[p] != '\n') ++p;
    m_i = p < m_t.size() ? p + 1 : p;
    m_line_start = m_i;
  }
  void newline_at(std::size_t p) { m_line_start = p + 1; }

  void line() {
    m_line_start = m_i;
    std::size_t p = m_i;
    while (p < m_t.size() && m_t[p] == ' ') ++p;
    const std::size_t indent = p - m_i;
    if (at(p) == '\n' || at(p) == '#' || (at(p) == '\t' && at(skip_blanks(p)) == '\n')) return end_line(p);
    if (indent == 0 && (m_t.substr(p, 3) == "---" || m_t.substr(p, 3) == "...") && separated(p + 3)) {
      m_stack.clear();
      m_skip_deeper.reset();
      if (m_t[p] == '.') return end_line(p);
      p = skip_blanks(p + 3);
      if (at(p) == '\n' || at(p) == '#') return end_line(p);
    } else if (indent == 0 && at(p) == '%') {
      return end_line(p);
    } else if (m_skip_deeper && static_cast<long>(indent) > *m_skip_deeper) {
      return end_line(p);  // the text of a block scalar, a continued value, or a mistake
    }
    m_skip_deeper.reset();
    const bool dash = at(p) == '-' && separated(p + 1);
    while (!m_stack.empty() && (m_stack.back().column > indent ||
                                (m_stack.back().column == indent && !(m_stack.back().key && dash)))) {
      m_stack.pop_back();
    }
    content(p, indent, m_stack.empty() ? 0 : m_stack.back().levels);
  }

  // The content of one line from `p`, where a node may start, `base` collections deep.
  void content(std::size_t p, std::size_t indent, std::size_t base) {
    std::size_t levels = base;
    std::size_t owner = indent;  // column of the innermost key or dash; a line holding neither
    bool owned = false;          // continues under the line before it
    bool question = false;
    bool keyed = false;  // a key on this line: one mapping, however many ':' follow
    bool last_key = false;
    for (;;) {
      p = skip_blanks(p);
      const char c = at(p);
      if ((c == '-' || c == '?') && separated(p + 1)) {
        ++levels;
        owner = column(p);
        owned = true;
        question = question || c == '?';
        last_key = false;  // a line at the same column is a sibling, not this item's content
        ++p;
        continue;
      }
      if (c == ':' && separated(p + 1)) {  // the value of a '?' key, on a line of its own
        owner = column(p);
        owned = true;
        ++p;
        continue;
      }
      if (c == '\n' || c == '#') {
        // Nothing after the last indicator: what follows, indented, is its value.
        if (levels > base || owned) m_stack.push_back(Opener{owner, levels, last_key});
        return end_line(p);
      }
      const std::size_t start = p;
      if (c == '&' || c == '!' || c == '*') {
        while (p < m_t.size() && !separated(p)) ++p;
        if (c != '*') continue;
      } else if (c == '|' || c == '>') {
        return value_ended(p, owned, owner, indent);  // a block scalar: its text is indented deeper
      } else if (c == '[' || c == '{') {
        p = flow(p, levels);
      } else if (c == '"' || c == '\'') {
        p = quoted(p);
      } else {
        p = plain_in_block(p);
        if (at(p) == ':') {
          if (!keyed && !question) ++levels;
          keyed = true;
          owner = column(start);
          owned = true;
          last_key = true;
          ++p;
          continue;
        }
      }
      // A value ended on this line: a key may follow a flow or quoted one ("[a]: b", "'k': v").
      p = skip_blanks(p);
      if (at(p) == ':' && separated(p + 1)) {
        if (!keyed && !question) ++levels;
        keyed = true;
        owner = start < m_line_start ? owner : column(start);
        last_key = true;
        owned = true;
        ++p;
        continue;
      }
      return value_ended(p, owned, owner, indent);
    }
  }

  // Lines indented deeper than what owns a value continue it (or are mistakes): skipped. A
  // value no key or dash owns is the document's own, or continues one.
  void value_ended(std::size_t p, bool owned, std::size_t owner, std::size_t indent) {
    m_skip_deeper = owned ? static_cast<long>(owner) : static_cast<long>(indent) - 1;
    end_line(p);
  }

  // A plain scalar in block context: up to ": ", " #" or the end of the line.
  std::size_t plain_in_block(std::size_t p) const {
    while (p < m_t.size() && m_t[p] != '\n') {
      if (m_t[p] == ':' && separated(p + 1)) return p;
      if (m_t[p] == '#' && p > 0 && is_blank(m_t[p - 1])) return p;
      ++p;
    }
    return p;
  }

  // Quoted text from its opening quote at `p`, possibly over several lines; returns the
  // position after the closing quote (the end of the text when there is none).
  std::size_t quoted(std::size_t p) {
    const char q = m_t[p];
    for (++p; p < m_t.size(); ++p) {
      const char c = m_t[p];
      if (c == '\n') {
        newline_at(p);
      } else if (q == '"' && c == '\\') {
        if (at(p + 1) == '\n') newline_at(p + 1);
        ++p;
      } else if (c == q) {
        if (q == '\'' && at(p + 1) == '\'') {
          ++p;
        } else {
          return p + 1;
        }
      }
    }
    return p;
  }

  void count_value(std::size_t p) {
    if (++m_values > m_limits.max_nodes) throw Over{p, fmt::format("file has more than {} values", m_limits.max_nodes), {"split it into smaller files"}};
  }

  // A flow collection from its opening bracket at `p`, inside `outer` block collections; returns
  // the position after its closing bracket.
  std::size_t flow(std::size_t p, std::size_t outer) {
    std::size_t depth = 0;
    bool expect = true;  // a node may start here
    while (p < m_t.size()) {
      const char c = m_t[p];
      if (c == '\n') {
        newline_at(p);
        ++p;
      } else if (is_blank(c)) {
        ++p;
      } else if (c == '#' && (p == 0 || is_blank(m_t[p - 1]) || m_t[p - 1] == '\n')) {
        while (p < m_t.size() && m_t[p] != '\n') ++p;
      } else if (c == '[' || c == '{') {
        ++depth;
        if (outer + depth > m_limits.max_depth) {
          throw Over{p, fmt::format("nesting deeper than {} levels", m_limits.max_depth), {}};
        }
        count_value(p);
        expect = true;
        ++p;
      } else if (c == ']' || c == '}') {
        ++p;
        if (--depth == 0) return p;
        expect = false;
      } else if (c == ',') {
        expect = true;
        ++p;
      } else if ((c == ':' || c == '?') && (separated(p + 1) || is_flow_indicator(at(p + 1)))) {
        expect = true;
        ++p;
      } else if (!expect) {
        ++p;  // not a place a node starts: count nothing
      } else if (c == '"' || c == '\'') {
        count_value(p);
        p = quoted(p);
        expect = false;
      } else if (c == '&' || c == '!' || c == '*') {
        while (p < m_t.size() && !separated(p) && !is_flow_indicator(m_t[p])) ++p;
        expect = c != '*';
      } else {
        count_value(p);
        p = plain_in_flow(p);
        expect = false;
      }
    }
    m_unclosed = true;
    return p;
  }

  // A plain scalar in flow context, possibly over several lines: up to a flow indicator, a ':'
  // that ends a key, or a comment.
  std::size_t plain_in_flow(std::size_t p) {
    for (; p < m_t.size(); ++p) {
      const char c = m_t[p];
      if (is_flow_indicator(c)) return p;
      if (c == ':' && (separated(p + 1) || is_flow_indicator(at(p + 1)))) return p;
      if (c == '#' && is_blank(m_t[p - 1])) return p;
      if (c == '\n') newline_at(p);
    }
    return p;
  }

  std::string_view m_t;
  const Limits& m_limits;
  std::size_t m_i = 0;
  std::size_t m_line_start = 0;
  std::vector<Opener> m_stack;
  std::optional<long> m_skip_deeper;  // lines indented deeper than this are skipped (-1: all)
  std::size_t m_values = 0;
  bool m_unclosed = false;
};

}  // namespace

Prescan prescan(std::string_view text, const Limits& limits) {
  Prescan out;
  try {
    out.unclosed_flow = Scanner(text, limits).run();
  } catch (const Over& over) {
    const auto [line, column] = line_col(text, over.pos);
    out.problem = PrescanProblem{line, column, over.message, over.hints};
  }
  return out;
}

}  // namespace careerplan::yaml
