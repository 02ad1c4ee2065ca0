#include "careerplan/load/yaml_tree.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <fmt/format.h>

#include <sstream>
#include <unordered_set>

#include "careerplan/base/text.hpp"
#include "careerplan/load/yaml_prescan.hpp"
#include "careerplan/load/yaml_simple.hpp"

namespace careerplan::yaml {
namespace {

// Thrown inside the event handler to stop parsing at once (runaway input).
struct Abort {};

struct Frame {
  Node node;
  bool have_key = false;    // a key was read and its value is awaited
  bool key_valid = false;   // the pending key is a usable string
  Entry pending;            // key and its position
  std::unordered_set<std::string> keys;
};

// True when the quoted scalar starting at `pos` is closed before the end of the text; yaml-cpp
// accepts an unterminated quote at end of file when a newline follows it.
bool quote_closed(std::string_view text, std::size_t pos) {
  const char quote = text[pos];
  for (std::size_t i = pos + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      } else {
        return true;
      }
    }
  }
  return false;
}

class TreeBuilder final : public YAML::EventHandler {
public:
  // `event_depth`: how deep yaml-cpp's events may nest before the file is refused as too deep.
  TreeBuilder(std::string_view text, const std::string& file, const Limits& limits, std::size_t event_depth,
              Diagnostics& diags)
      : m_text(text), m_file(file), m_limits(limits), m_event_depth(event_depth), m_diags(diags) {}

  Node take_root() { return std::move(m_root); }
  int documents() const { return m_documents; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++m_documents > 1) {
      error(mark, "only one YAML document is allowed per file");
      throw Abort{};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    Node n = make(mark, NodeKind::null);
    add(std::move(n));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    if (!m_alias_reported) error(mark, "aliases (*name) are not allowed", {"write the value out in full"});
    m_alias_reported = true;
    add(make(mark, NodeKind::null));
  }

  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    if (!m_any_anchor_reported) {
      error(mark, fmt::format("anchors (&{}) are not allowed", escape_controls(name)), {"write the value out in full"});
    }
    m_anchor_reported = true;
    m_any_anchor_reported = true;
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    Node n = make(mark, NodeKind::scalar);
    n.plain = tag == "?";
    n.value = value;
    if (!n.plain && mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < m_text.size()) {
      const char c = m_text[static_cast<std::size_t>(mark.pos)];
      if ((c == '"' || c == '\'') && !quote_closed(m_text, static_cast<std::size_t>(mark.pos))) {
        error(mark, "quoted text is never closed", {fmt::format("add the closing {} quote", c)});
      }
    }
    if (auto c = forbidden_control(n.value)) {
      error(mark, fmt::format("text holds the control character U+{:04X}", *c),
            {"remove it; control characters are not allowed in values"});
      n.value = escape_controls(n.value);
    }
    add(std::move(n));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    push(make(mark, NodeKind::sequence));
  }
  void OnSequenceEnd() override { pop(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    push(make(mark, NodeKind::map));
  }
  void OnMapEnd() override {
    if (!m_stack.empty() && m_stack.back().have_key) {
      // A key without a value cannot happen in valid YAML; keep the tree consistent anyway.
      m_stack.back().have_key = false;
    }
    pop();
  }

private:
  Node make(const YAML::Mark& mark, NodeKind kind) {
    if (++m_nodes > m_limits.max_nodes) {
      error(mark, fmt::format("file has more than {} values", m_limits.max_nodes),
            {"split it into smaller files"});
      throw Abort{};
    }
    Node n;
    n.kind = kind;
    n.line = mark.line >= 0 ? mark.line + 1 : 0;
    n.column = mark.column >= 0 ? mark.column + 1 : 0;
    return n;
  }

  void push(Node n) {
    if (m_stack.size() >= m_event_depth) {
      m_diags.error(Location{m_file, n.line, n.column},
                    fmt::format("nesting deeper than {} levels", m_limits.max_depth));
      throw Abort{};
    }
    m_stack.push_back(Frame{std::move(n), false, false, {}, {}});
  }

  void pop() {
    Frame f = std::move(m_stack.back());
    m_stack.pop_back();
    add(std::move(f.node));
  }

  // Places a finished node: as the root, a list item, a map key, or a map value.
  void add(Node n) {
    if (m_stack.empty()) {
      m_root = std::move(n);
      return;
    }
    Frame& f = m_stack.back();
    if (f.node.kind == NodeKind::sequence) {
      f.node.items.push_back(std::move(n));
      return;
    }
    if (!f.have_key) {
      f.have_key = true;
      f.pending = Entry{{}, n.line, n.column, {}};
      f.key_valid = false;
      if (n.kind != NodeKind::scalar) {
        error_at(n.line, n.column, "mapping keys must be plain strings");
      } else if (n.plain && n.value == "<<") {
        error_at(n.line, n.column, "merge keys (<<) are not supported", {"write the keys out in full"});
      } else if (!f.keys.insert(n.value).second) {
        error_at(n.line, n.column, fmt::format("duplicate key '{}'", escape_controls(n.value)));
      } else {
        f.pending.key = std::move(n.value);
        f.key_valid = true;
      }
      return;
    }
    f.have_key = false;
    if (f.key_valid) {
      f.pending.value = std::move(n);
      f.node.entries.push_back(std::move(f.pending));
    }
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor && !m_anchor_reported && !m_any_anchor_reported) {
      error(mark, "anchors (&name) are not allowed", {"write the value out in full"});
      m_any_anchor_reported = true;
    }
    m_anchor_reported = false;
  }

  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (!tag.empty() && tag != "?" && tag != "!") {
      error(mark, fmt::format("tags ({}) are not supported", escape_controls(tag)));
    }
  }

  void error(const YAML::Mark& mark, std::string message, std::vector<std::string> hints = {}) {
    error_at(mark.line >= 0 ? mark.line + 1 : 0, mark.column >= 0 ? mark.column + 1 : 0,
             std::move(message), std::move(hints));
  }
  void error_at(int line, int column, std::string message, std::vector<std::string> hints = {}) {
    m_diags.error(Location{m_file, line, column}, std::move(message), std::move(hints));
  }

  std::string_view m_text;
  const std::string& m_file;
  const Limits& m_limits;
  std::size_t m_event_depth;
  Diagnostics& m_diags;
  std::vector<Frame> m_stack;
  Node m_root;
  std::size_t m_nodes = 0;
  int m_documents = 0;
  bool m_anchor_reported = false;      // the anchor of the next node was reported by OnAnchor
  bool m_any_anchor_reported = false;  // anchors and aliases are reported once per file:
  bool m_alias_reported = false;       // a billion-laughs file would otherwise flood stderr
};

// yaml-cpp reports a tab in indentation as "illegal map value" and the like; say what it is.
std::string parser_hint(const std::string& msg, std::string_view text, int line) {
  std::size_t start = 0;
  for (int l = 0; l < line && start != std::string_view::npos; ++l) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  bool tab_indent = false;
  for (std::size_t i = start; start != std::string_view::npos && i < text.size(); ++i) {
    if (text[i] == '\t') tab_indent = true;
    if (text[i] != ' ' && text[i] != '\t') break;
  }
  if (tab_indent || msg.find("tab") != std::string::npos) return "YAML forbids tabs for indentation; use spaces";
  return {};
}

// Refuses what neither reader may see: bad UTF-8 and NUL bytes.
void check_bytes(std::string_view text, const std::string& file_name) {
  Diagnostics diags;
  if (const auto bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    auto [line, col] = line_col(text, bad);
    diags.error(Location{file_name, line, col}, "file is not valid UTF-8",
                {"save the file as UTF-8"});
    throw Failure(ExitCode::data, diags.items());
  }
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    auto [line, col] = line_col(text, nul);
    diags.error(Location{file_name, line, col}, "file holds a NUL byte");
    throw Failure(ExitCode::data, diags.items());
  }
}

// yaml-cpp's reading of text that passed check_bytes.
Node read_general(std::string_view text, const std::string& file_name, const Limits& limits) {
  Diagnostics diags;
  const Prescan pre = prescan(text, limits);
  if (pre.problem) {
    diags.error(Location{file_name, pre.problem->line, pre.problem->column}, pre.problem->message, pre.problem->hints);
    throw_if_any(diags);
  }
  // An unclosed flow collection nests yaml-cpp's events up to twice as deep as the text (see
  // Prescan), and the text is no deeper than the limit: let yaml-cpp report it as unclosed.
  const std::size_t event_depth = pre.unclosed_flow ? 2 * limits.max_depth + 1 : limits.max_depth;
  std::istringstream stream{std::string(text)};
  TreeBuilder builder(text, file_name, limits, event_depth, diags);
  try {
    YAML::Parser parser(stream);
    if (parser.HandleNextDocument(builder)) {
      parser.HandleNextDocument(builder);  // a second document is reported by the builder
    }
  } catch (const Abort&) {
  } catch (const YAML::Exception& e) {
    std::vector<std::string> hints;
    if (auto h = parser_hint(e.msg, text, e.mark.line); !h.empty()) hints.push_back(std::move(h));
    const int line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
    const int col = e.mark.column >= 0 ? e.mark.column + 1 : 0;
    std::string msg = e.msg;
    if (dynamic_cast<const YAML::DeepRecursion*>(&e) != nullptr) {
      msg = "nesting is too deep";
    }
    diags.error(Location{file_name, line, col}, escape_controls(msg), std::move(hints));
  }
  throw_if_any(diags);
  return builder.take_root();
}

}  // namespace

Node parse(std::string_view text, const std::string& file_name, const Limits& limits) {
  check_bytes(text, file_name);
  if (auto simple = parse_simple(text, limits)) return std::move(*simple);
  return read_general(text, file_name, limits);
}

Node parse_general(std::string_view text, const std::string& file_name, const Limits& limits) {
  check_bytes(text, file_name);
  return read_general(text, file_name, limits);
}

std::string_view describe(const Node& node) {
  switch (node.kind) {
    case NodeKind::null: return "nothing";
    case NodeKind::scalar: return "a single value";
    case NodeKind::sequence: return "a list";
    case NodeKind::map: return "a mapping";
  }
  return "nothing";
}

}  // namespace careerplan::yaml
