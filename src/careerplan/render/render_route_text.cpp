#include <fmt/format.h>

#include <algorithm>

#include "careerplan/render/render_route.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"
#include "careerplan/render/route_format.hpp"
#include "careerplan/render/text_report.hpp"

namespace careerplan {

namespace {


// Content and profile text for one terminal line.
constexpr auto* term = &terminal_line;

class RouteText : TextReportBase {
public:
  RouteText(const Content& content, const RouteResult& route, const TextStyle& style)
      : TextReportBase(style), m_c(content), m_r(route) {}

  std::string render() {
    header();
    if (!m_r.best) {
      unreachable();
      return std::move(m_out);
    }
    fastest(*m_r.best);
    alternatives();
    transitions();
    return std::move(m_out);
  }

private:
  [[nodiscard]] std::string target_text() const {
    const auto& t = m_r.target;
    if (!t.by_role) return term(t.label);
    return fmt::format("the role \u2018{}\u2019", term(t.label));
  }

  void header() {
    const std::string who = m_r.name.empty() ? m_r.file : m_r.name;
    line(paint(fmt::format("Route to {} for {}", target_text(), term(who)), Emphasis::heading, m_style));
    line(paint(fmt::format("{} \u00b7 from {} \u00b7 {} for learning", term(m_r.file),
                           term(node_title(m_c, m_r.start)), hours_per_week_text(m_r.hours_per_week)),
               Emphasis::dim, m_style));
    if (m_r.target.nodes.size() > 1) {
      std::vector<std::string> titles;
      for (NodeRef n : m_r.target.nodes) titles.push_back(term(node_title(m_c, n)));
      hanging("", fmt::format("The role is offered by: {}.", fmt::join(titles, ", ")));
    }
  }

  void unreachable() {
    heading(fmt::format("No route to {}", target_text()));
    for (const auto& reason : m_r.unreachable) hanging("  - ", term(reason));
  }

  void fastest(const Route& route) {
    if (route.hops.empty()) {
      heading("Fastest route");
      hanging("  ", fmt::format("You are already at {}.", term(node_title(m_c, m_r.start))));
      return;
    }
    heading(fmt::format("Fastest route: {}", route_length_text(route, m_r.hours_per_week)));
    line(fmt::format("  {} move{}, {}", route.hops.size(), route.hops.size() == 1 ? "" : "s",
                     learning_text(route.hours)));
    for (std::size_t i = 0; i < route.hops.size(); ++i) hop(i + 1, route.hops[i]);
  }

  void hop(std::size_t number, const Hop& h) {
    const std::string prefix = fmt::format("  {}. ", number);
    const std::string under(display_width(prefix), ' ');
    line();
    hanging(prefix, paint(fmt::format("{}, {} from {}", term(node_title(m_c, h.to)), hop_kind_words(h.kind),
                                      term(node_title(m_c, h.from))),
                          Emphasis::accent, m_style));
    std::string when = whole_months(h.reached_months.high) == 0
                           ? std::string("open now")
                           : "reached: " + route_months_text(h.reached_months) + " from now";
    if (h.hours.high > 0) when += "; " + learning_text(h.hours);
    hanging(under, when);
    if (!h.entry.checks.empty()) {
      line(under + "requires:");
      for (const auto& c : h.entry.checks) {
        const std::string mark = c.held ? paint("yes", Emphasis::good, m_style) : paint("no ", Emphasis::bad, m_style);
        const std::string indent = under + "  " + std::string(2 * static_cast<std::size_t>(std::max(c.depth, 0)), ' ');
        const std::size_t visible = indent.size() + 5;
        std::string wrapped = wrap(term(c.text), room(visible), std::string(visible, ' '));
        m_out += indent + mark + "  " + wrapped.substr(std::min(visible, wrapped.size())) + '\n';
      }
    }
    if (h.steps.empty()) {
      line(under + "to do: nothing, you meet every requirement");
      return;
    }
    line(under + "to do:");
    for (const auto& s : h.steps) hanging(under + "  - ", route_step_text(s, term));
  }

  [[nodiscard]] std::string path_text(const Route& route) const {
    std::vector<std::string> titles{term(node_title(m_c, m_r.start))};
    for (const auto& h : route.hops) titles.push_back(term(node_title(m_c, h.to)));
    return fmt::format("{}", fmt::join(titles, " \u2192 "));
  }

  void alternatives() {
    heading("Other routes");
    if (m_r.alternatives.empty()) {
      hanging("  ", "None that differ: every other way passes through the same places.");
      return;
    }
    for (std::size_t i = 0; i < m_r.alternatives.size(); ++i) {
      const Route& alt = m_r.alternatives[i];
      const std::string prefix = fmt::format("  {}. ", static_cast<char>('A' + static_cast<int>(i)));
      const std::string under(display_width(prefix), ' ');
      hanging(prefix, term(alt.why));
      hanging(under, path_text(alt));
      hanging(under, fmt::format("{}, {}", route_length_text(alt, m_r.hours_per_week), learning_text(alt.hours)));
    }
  }

  void transitions() {
    if (m_r.transitions.empty()) return;
    heading("Cross-industry moves this route also opens");
    for (const auto& t : m_r.transitions) {
      std::vector<std::string> fields;
      for (const auto& f : t.fields) fields.push_back(term(f));
      hanging("  - ", fmt::format("{} ({})", term(t.title), fmt::join(fields, ", ")));
    }
  }

  const Content& m_c;
  const RouteResult& m_r;
};

}  // namespace

std::string render_route_text(const Content& content, const RouteResult& route, const TextStyle& style) {
  return RouteText(content, route, style).render();
}

}  // namespace careerplan
