#include <fmt/format.h>

#include <cmath>

#include "careerplan/base/calendar.hpp"
#include "careerplan/render/render_route.hpp"
#include "careerplan/render/markdown.hpp"
#include "careerplan/render/route_format.hpp"

namespace careerplan {

namespace {

using std::chrono::sys_days;

std::string esc(std::string_view s) { return markdown_escape(s); }

class RouteMarkdown {
public:
  RouteMarkdown(const Content& content, const RouteResult& route, std::optional<sys_days> start, int level)
      : m_c(content), m_r(route), m_start(start), m_level(level) {}

  std::string render() {
    heading(0, fmt::format("Route to {}", target_text()));
    if (m_r.target.nodes.size() > 1) {
      std::vector<std::string> titles;
      for (NodeRef n : m_r.target.nodes) titles.push_back(esc(node_title(m_c, n)));
      block(fmt::format("The role is offered by: {}.", fmt::join(titles, ", ")));
    }
    if (!m_r.best) {
      block(fmt::format("**No route** from {} to {}:", esc(node_title(m_c, m_r.start)), target_text()));
      std::string list;
      for (const auto& reason : m_r.unreachable) list += fmt::format("- {}\n", esc(reason));
      block(list);
      return std::move(m_out);
    }
    const Route& best = *m_r.best;
    if (best.hops.empty()) {
      block(fmt::format("You are already at **{}**.", esc(node_title(m_c, m_r.start))));
      return std::move(m_out);
    }
    block(fmt::format("From **{}**: {}, {} move{}, {}.", esc(node_title(m_c, m_r.start)),
                      route_length_text(best, m_r.hours_per_week), best.hops.size(), best.hops.size() == 1 ? "" : "s",
                      learning_text(best.hours)));
    moves(best);
    heading(1, "Route map");
    block(route_mermaid(m_c, m_r));
    alternatives();
    transitions();
    return std::move(m_out);
  }

private:
  void block(std::string_view text) { append_markdown_block(m_out, text); }

  // `depth` 0 is the section's own heading.
  void heading(int depth, std::string_view title) {
    block(fmt::format("{} {}", std::string(static_cast<std::size_t>(m_level + depth), '#'), title));
  }

  [[nodiscard]] std::string target_text() const {
    if (!m_r.target.by_role) return esc(m_r.target.label);
    return fmt::format("the role \u2018{}\u2019", esc(m_r.target.label));
  }

  void moves(const Route& route) {
    std::string list;
    for (std::size_t i = 0; i < route.hops.size(); ++i) {
      const Hop& h = route.hops[i];
      const std::string marker = fmt::format("{}. ", i + 1);
      const std::string pad(marker.size(), ' ');
      std::string when = whole_months(h.reached_months.high) == 0 ? std::string("open now")
                                                                  : route_months_text(h.reached_months) + " from now";
      if (m_start) when += fmt::format(", target date {}", iso_day(day_after(*m_start, h.reached_mid * k_days_per_month)));
      list += fmt::format("{}**{}** ({} from {}) \u2014 {}\n", marker, esc(node_title(m_c, h.to)), hop_kind_words(h.kind),
                          esc(node_title(m_c, h.from)), when);
      if (!h.entry.checks.empty()) {
        list += pad + "- Requires:\n";
        for (const auto& c : h.entry.checks) {
          const std::string indent = pad + "  " + std::string(2 * static_cast<std::size_t>(std::max(c.depth, 0)), ' ');
          list += fmt::format("{}- {} {}\n", indent, c.held ? "\u2713" : "\u2717", esc(c.text));
        }
      }
      if (h.steps.empty()) {
        list += pad + "- To do: nothing, you meet every requirement\n";
        continue;
      }
      list += pad + "- To do:\n";
      for (const auto& s : h.steps) list += fmt::format("{}  - {}\n", pad, route_step_text(s, esc));
    }
    block(list);
  }

  [[nodiscard]] std::string path_text(const Route& route) const {
    std::vector<std::string> titles{esc(node_title(m_c, m_r.start))};
    for (const auto& h : route.hops) titles.push_back(esc(node_title(m_c, h.to)));
    return fmt::format("{}", fmt::join(titles, " \u2192 "));
  }

  void alternatives() {
    heading(1, "Other routes");
    if (m_r.alternatives.empty()) {
      block("None that differ: every other way passes through the same places.");
      return;
    }
    std::string list;
    for (std::size_t i = 0; i < m_r.alternatives.size(); ++i) {
      const Route& alt = m_r.alternatives[i];
      list += fmt::format("- **Alternative {}:** {} \u2014 {}; {}, {}\n", static_cast<char>('A' + i), esc(alt.why),
                          path_text(alt), route_length_text(alt, m_r.hours_per_week), learning_text(alt.hours));
    }
    block(list);
  }

  void transitions() {
    if (m_r.transitions.empty()) return;
    heading(1, "Cross-industry moves this route also opens");
    std::string list;
    for (const auto& t : m_r.transitions) {
      std::vector<std::string> fields;
      for (const auto& f : t.fields) fields.push_back(esc(f));
      list += fmt::format("- {} ({})\n", esc(t.title), fmt::join(fields, ", "));
    }
    block(list);
  }

  const Content& m_c;
  const RouteResult& m_r;
  std::optional<sys_days> m_start;
  int m_level;
  std::string m_out;
};

}  // namespace

std::string route_markdown_section(const Content& content, const RouteResult& route,
                                   std::optional<std::chrono::sys_days> start, int level) {
  return RouteMarkdown(content, route, start, level).render();
}

std::string render_route_markdown(const Content& content, const RouteResult& route) {
  const std::string who = route.name.empty() ? route.file : route.name;
  std::string out = fmt::format("# Career route: {}\n\n", esc(who));
  out += fmt::format("- **Profile:** {}\n", esc(route.file));
  out += fmt::format("- **From:** {}\n", esc(node_title(content, route.start)));
  out += fmt::format("- **Time for learning:** {}\n", hours_per_week_text(route.hours_per_week));
  out += route_markdown_section(content, route, std::nullopt, 2);
  return out;
}

}  // namespace careerplan
