#include <fmt/format.h>

#include <algorithm>

#include "careerplan/render/html_page.hpp"
#include "careerplan/render/plan_format.hpp"
#include "careerplan/render/route_format.hpp"
#include "careerplan/render/svg.hpp"

namespace careerplan {

namespace {

using namespace html_page;
using std::chrono::sys_days;

class HtmlRoute {
public:
  HtmlRoute(const Content& content, const Plan& plan, std::optional<sys_days> start)
      : m_c(content), m_plan(plan), m_start(start) {}

  std::string render() {
    route();
    return std::move(m_out);
  }

private:
  void open_section(std::string_view id, std::string_view title) { m_out += section_open(id, title); }
  void close_section() { m_out += "</section>\n"; }
  void para(std::string_view html) { m_out += paragraph(html); }

  [[nodiscard]] std::string node(NodeRef n) const { return node_title(m_c, n); }

  void route() {
    if (!m_plan.route) {
      ladder();
      return;
    }
    const RouteResult& r = *m_plan.route;
    const std::string target = r.target.by_role ? fmt::format("the role \u2018{}\u2019", u(r.target.label)) : u(r.target.label);
    open_section("route", "Route to " + target);
    if (r.target.nodes.size() > 1) {
      std::vector<std::string> titles;
      for (NodeRef n : r.target.nodes) titles.push_back(u(node(n)));
      para(fmt::format("The role is offered by: {}.", fmt::join(titles, ", ")));
    }
    if (!r.best) {
      para(fmt::format("<strong>No route</strong> from {} to {}:", u(node(r.start)), target));
      m_out += "<ul>\n";
      for (const auto& reason : r.unreachable) m_out += fmt::format("<li>{}</li>\n", u(reason));
      m_out += "</ul>\n";
      close_section();
      return;
    }
    const Route& best = *r.best;
    if (best.hops.empty()) {
      para(fmt::format("You are already at <strong>{}</strong>.", u(node(r.start))));
      close_section();
      return;
    }
    para(fmt::format("From <strong>{}</strong>: {}, {} move{}, {} of learning.", u(node(r.start)),
                     route_length_text(best, r.hours_per_week), best.hops.size(), best.hops.size() == 1 ? "" : "s",
                     hours_text(best.hours)));
    moves(best);
    m_out += "<h3>Route map</h3>\n";
    route_map(r, best);
    alternatives(r);
    if (!r.transitions.empty()) {
      m_out += "<h3>Cross-industry moves this route also opens</h3>\n<ul>\n";
      for (const auto& t : r.transitions) {
        std::vector<std::string> fields;
        for (const auto& f : t.fields) fields.push_back(u(f));
        m_out += fmt::format("<li>{} ({})</li>\n", u(t.title), fmt::join(fields, ", "));
      }
      m_out += "</ul>\n";
    }
    close_section();
  }

  void moves(const Route& route) {
    m_out += "<ol>\n";
    for (const Hop& h : route.hops) {
      std::string when = whole_months(h.reached_months.high) == 0 ? std::string("open now")
                                                                  : route_months_text(h.reached_months) + " from now";
      if (m_start) when += fmt::format(", target date {}", iso_day(day_after(*m_start, h.reached_mid * k_days_per_month)));
      m_out += fmt::format("<li><strong>{}</strong> ({} from {}){}{}\n", u(node(h.to)), hop_kind_words(h.kind),
                           u(node(h.from)), k_dash, when);
      m_out += "<ul>\n";
      if (!h.entry.checks.empty()) {
        m_out += "<li>Requires:\n<ul class=\"checks\">\n";
        for (const auto& c : h.entry.checks) {
          m_out += fmt::format("<li style=\"margin-left:{}rem\"><span aria-label=\"{}\">{}</span> {}</li>\n",
                               std::max(c.depth, 0), c.held ? "met" : "not met", c.held ? "\u2713" : "\u2717", u(c.text));
        }
        m_out += "</ul>\n</li>\n";
      }
      if (h.steps.empty()) {
        m_out += "<li>To do: nothing, you meet every requirement</li>\n";
      } else {
        m_out += "<li>To do:\n<ul>\n";
        for (const auto& s : h.steps) m_out += fmt::format("<li>{}</li>\n", route_step_text(s, u));
        m_out += "</ul>\n</li>\n";
      }
      m_out += "</ul>\n</li>\n";
    }
    m_out += "</ol>\n";
  }

  void route_map(const RouteResult& r, const Route& best) {
    std::vector<DiagramBox> boxes{DiagramBox{node(r.start), 0, 0, true}};
    std::vector<DiagramArrow> arrows;
    std::string desc = fmt::format("From {} (you are here)", node(r.start));
    for (std::size_t i = 0; i < best.hops.size(); ++i) {
      const Hop& h = best.hops[i];
      boxes.push_back(DiagramBox{node(h.to), i + 1, 0, false});
      const std::string estimate = whole_months(h.reached_months.high) == 0 ? std::string("open now")
                                                                            : route_months_text(h.reached_months);
      arrows.push_back(DiagramArrow{i, i + 1, std::string(hop_kind_words(h.kind)), estimate});
      desc += fmt::format(", {} to {} ({})", hop_kind_words(h.kind), node(h.to), estimate);
    }
    desc += ".";
    m_out += fmt::format("<figure>\n{}\n<figcaption>The fastest route, left to right; each arrow says when the move "
                         "can be made, counted from now.</figcaption>\n</figure>\n",
                         svg_route("route-map", "Route map: " + r.target.label, desc, boxes, arrows));
  }

  void alternatives(const RouteResult& r) {
    m_out += "<h3>Other routes</h3>\n";
    if (r.alternatives.empty()) {
      para("None that differ: every other way passes through the same places.");
      return;
    }
    m_out += "<ul>\n";
    for (std::size_t i = 0; i < r.alternatives.size(); ++i) {
      const Route& alt = r.alternatives[i];
      std::vector<std::string> titles{u(node(r.start))};
      for (const auto& h : alt.hops) titles.push_back(u(node(h.to)));
      m_out += fmt::format("<li><strong>Alternative {}:</strong> {}{}{}; {}, {} of learning</li>\n",
                           static_cast<char>('A' + i), u(alt.why), k_dash, fmt::join(titles, " \u2192 "),
                           route_length_text(alt, r.hours_per_week), hours_text(alt.hours));
    }
    m_out += "</ul>\n";
  }

  // Without a route search, the ladder from the current stage to the next stages stands in for it.
  void ladder() {
    if (m_plan.next_stages.empty()) return;
    open_section("ladder", "The ladder from here");
    std::vector<DiagramBox> boxes{DiagramBox{std::string(m_plan.current_stage.title), 0, 0, true}};
    std::vector<DiagramArrow> arrows;
    std::string desc = fmt::format("From {} (you are here)", m_plan.current_stage.title);
    for (std::size_t i = 0; i < m_plan.next_stages.size(); ++i) {
      const NextStage& ns = m_plan.next_stages[i];
      boxes.push_back(DiagramBox{std::string(ns.title), 1, i, false});
      const std::string estimate = ns.ready                       ? std::string("ready now")
                                   : ns.entry.blocked             ? std::string("blocked")
                                   : ns.entry.effort.whole_months ? months_text(ns.entry.effort.whole_months)
                                                                  : std::string("not ready yet");
      arrows.push_back(DiagramArrow{0, i + 1, "up the ladder", estimate});
      desc += fmt::format(", up the ladder to {} ({})", ns.title, estimate);
    }
    m_out += fmt::format("<figure>\n{}\n</figure>\n", svg_route("ladder-map", "The next stages", desc + ".", boxes, arrows));
    close_section();
  }

  const Content& m_c;
  const Plan& m_plan;
  std::optional<sys_days> m_start;
  std::string m_out;
};

}  // namespace

std::string html_route_section(const Content& content, const Plan& plan, std::optional<sys_days> start) {
  return HtmlRoute(content, plan, start).render();
}

}  // namespace careerplan
