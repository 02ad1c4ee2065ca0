#include <fmt/format.h>

#include <algorithm>

#include "careerplan/render/render_route.hpp"
#include "careerplan/render/route_format.hpp"

namespace careerplan {

namespace {

// "stage_junior_production_support_engineer": a Mermaid id from a node's kind and content id.
// The kind prefix keeps ids distinct across sections and away from Mermaid keywords such as `end`.
std::string mermaid_id(const Content& c, NodeRef n) {
  std::string out(node_kind_name(n.kind));
  out += '_';
  for (char ch : node_id(c, n)) {
    const bool plain = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    out += plain ? ch : '_';
  }
  return out;
}

using Edge = std::pair<NodeRef, NodeRef>;

class Diagram {
public:
  Diagram(const Content& content, const RouteResult& route) : m_c(content), m_r(route) {}

  std::string render() {
    m_out = "```mermaid\nflowchart LR\n";
    const Route& best = *m_r.best;
    declare(m_r.start, "you are here");
    for (const auto& h : best.hops) declare(h.to, route_months_text(h.reached_months));
    for (const auto& h : best.hops) edge(h.from, h.to, "-->", "");
    for (std::size_t i = 0; i < m_r.alternatives.size(); ++i) {
      bool labelled = false;
      for (const auto& h : m_r.alternatives[i].hops) {
        declare(h.to, "");
        if (std::find(m_edges.begin(), m_edges.end(), Edge{h.from, h.to}) != m_edges.end()) continue;
        edge(h.from, h.to, "-.->", labelled ? "" : fmt::format("alternative {}", static_cast<char>('A' + i)));
        labelled = true;
      }
    }
    m_out += "```\n";
    return std::move(m_out);
  }

private:
  void declare(NodeRef n, const std::string& note) {
    if (std::find(m_nodes.begin(), m_nodes.end(), n) != m_nodes.end()) return;
    m_nodes.push_back(n);
    std::string label = mermaid_escape(node_title(m_c, n));
    if (!note.empty()) label += "<br/>" + mermaid_escape(note);
    m_out += fmt::format("  {}[\"{}\"]\n", mermaid_id(m_c, n), label);
  }

  void edge(NodeRef from, NodeRef to, std::string_view arrow, const std::string& label) {
    m_edges.emplace_back(from, to);
    const std::string text = label.empty() ? std::string() : fmt::format("|{}|", mermaid_escape(label));
    m_out += fmt::format("  {} {}{} {}\n", mermaid_id(m_c, from), arrow, text, mermaid_id(m_c, to));
  }

  const Content& m_c;
  const RouteResult& m_r;
  std::vector<NodeRef> m_nodes;
  std::vector<Edge> m_edges;
  std::string m_out;
};

}  // namespace

std::string mermaid_escape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto ch = static_cast<unsigned char>(text[i]);
    switch (ch) {
      case '"': out += "#quot;"; break;
      case '#': out += "#35;"; break;
      case '<': out += "#lt;"; break;
      case '>': out += "#gt;"; break;
      case '&': out += "#amp;"; break;
      case '`': out += "#96;"; break;
      case '|': out += "#124;"; break;
      case ';': out += "#59;"; break;
      default:
        if (ch < 0x20 || ch == 0x7f) {
          out += ' ';
        } else if (ch == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xa0) {
          out += ' ';  // a C1 control, U+0080..U+009F
          ++i;
        } else {
          out += static_cast<char>(ch);
        }
    }
  }
  return out;
}

std::string route_mermaid(const Content& content, const RouteResult& route) {
  if (!route.best || route.best->hops.empty()) return {};
  return Diagram(content, route).render();
}

}  // namespace careerplan
