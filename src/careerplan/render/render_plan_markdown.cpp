#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>

#include "careerplan/base/calendar.hpp"
#include "careerplan/render/render_plan.hpp"
#include "careerplan/render/markdown.hpp"
#include "careerplan/render/plan_extras.hpp"
#include "careerplan/render/plan_format.hpp"

namespace careerplan {

namespace {

using std::chrono::sys_days;

constexpr std::string_view k_dash = " \u2014 ";

std::string esc(std::string_view s) { return markdown_escape(s); }

class MarkdownPlan {
public:
  MarkdownPlan(const Content& content, const Plan& plan, std::optional<sys_days> start)
      : m_c(content), m_plan(plan), m_start(start) {}

  std::string render() {
    const auto& p = m_plan.profile;
    m_out += fmt::format("# Career plan: {}\n", esc(p.name.empty() ? p.file : p.name));
    summary();
    where_you_stand();
    target_roles();
    skill_gaps();
    m_out += plan_related_markdown(m_plan);
    next_steps();
    m_out += plan_projects_markdown(m_plan);
    m_out += plan_route_markdown(m_c, m_plan, m_start);
    strategies();
    sources();
    return std::move(m_out);
  }

private:
  // A block (paragraph, list, table) preceded by the blank line that separates blocks.
  void block(std::string_view text) { append_markdown_block(m_out, text); }

  void heading(std::size_t level, std::string_view title) {
    block(fmt::format("{} {}", std::string(level, '#'), title));
  }

  void summary() {
    const auto& p = m_plan.profile;
    heading(2, "Summary");
    std::string facts;
    facts += fmt::format("- **Profile:** {}\n", esc(p.file));
    facts += fmt::format("- **Experience:** {}\n", years_text(p.years_experience));
    facts += fmt::format("- **Education:** {}\n", esc(p.education_name));
    facts += fmt::format("- **Current stage:** {}\n", esc(m_plan.current_stage.title));
    facts += fmt::format("- **Time for learning:** {}\n", hours_per_week_text(p.hours_per_week));
    if (m_start) facts += fmt::format("- **Plan starts:** {}\n", iso_day(*m_start));
    block(facts);

    heading(3, "Skills");
    if (p.skills.empty()) {
      block("No skills listed in the profile.");
    } else {
      MarkdownTable table(
          {{"Skill", Align::left}, {"Level", Align::right}, {"What that level looks like", Align::left}});
      for (const auto& s : p.skills) {
        std::string name = esc(s.name);
        if (s.stated < s.effective) name += " (shown by a certification)";
        table.add_row({name, std::to_string(s.effective), esc(level_description(s.skill, s.effective))});
      }
      block(table.render());
    }

    heading(3, "Certifications");
    if (p.certifications.empty()) {
      block("None yet.");
    } else {
      std::string list;
      for (const auto& c : p.certifications) {
        list += fmt::format("- {}{}\n", esc(c.name), c.year ? fmt::format(" ({})", *c.year) : std::string());
      }
      block(list);
    }
  }

  [[nodiscard]] std::string level_description(Index skill, int level) const {
    if (skill >= m_c.skills.size() || level < k_min_level || level > k_max_level) return {};
    return std::string(m_c.skills[skill].levels[level - 1]);
  }

  void where_you_stand() {
    const auto& cur = m_plan.current_stage;
    heading(2, "Where you stand");
    if (cur.confidence == Confidence::stated) {
      block(fmt::format("You are at **{}**: {}.", esc(cur.title), esc(cur.reason)));
    } else {
      block(fmt::format("You are at **{}** ({} confidence): {}.", esc(cur.title), confidence_name(cur.confidence),
                        esc(cur.reason)));
    }
    if (!cur.consolidate.empty()) {
      std::string list;
      for (const auto& n : cur.consolidate) list += fmt::format("- {}\n", esc(n.text));
      block("To consolidate this stage:");
      block(list);
    }
    if (const auto& f = m_plan.first_target) {
      block(fmt::format("**First target:** {}, {}.", esc(f->title), esc(f->why)));
    }
    if (!m_plan.behind.empty()) {
      std::vector<std::string_view> titles;
      for (const auto& b : m_plan.behind) titles.push_back(b.title);
      block("**Behind you** (below your stage on the ladder): " + list_text(titles, esc) + ".");
    }
    for (const auto& ns : m_plan.next_stages) {
      heading(3, "Next stage: " + esc(ns.title));
      if (ns.ready) {
        block("**Ready:** you meet every entry requirement.");
        continue;
      }
      block("**Not ready yet**" + not_ready_tail(ns.entry));
      if (!ns.entry.needs.empty()) {
        std::string list;
        for (const auto& n : ns.entry.needs) list += fmt::format("- {}\n", esc(n.text));
        block("To get there:");
        block(list);
      }
    }
    if (m_plan.next_stages.empty()) block("This is the last stage of the ladder.");
  }

  void target_roles() {
    heading(2, "Target roles");
    if (m_plan.roles.empty()) {
      block("No target roles.");
      return;
    }
    MarkdownTable table({{"Track / role", Align::left},
                         {"Fit", Align::right},
                         {"Salary", Align::left},
                         {"Source", Align::left}});
    for (const auto& r : m_plan.roles) {
      std::string what = fmt::format("**{}** ({})", esc(r.title), r.from.is_track ? "track" : "next stage");
      if (!r.roles.empty()) what += ": " + list_text(r.roles, esc);
      const Citation& source = r.salary ? r.salary->source : r.source;
      std::string salary = r.salary ? salary_text(*r.salary, esc) : "no salary figure in the sources";
      std::string cited = citation_text(source, esc);
      if (r.official_wage) {
        salary += "; " + official_wage_text(*r.official_wage, esc);
        cited += "; " + official_wage_source_text(*r.official_wage, esc, false);
      }
      table.add_row({what, r.fit ? percent_text(*r.fit) : "\u2014", salary, cited});
    }
    block(table.render());
  }

  void skill_gaps() {
    heading(2, "Skill gaps");
    if (m_plan.gaps.empty()) block("No target tracks.");
    for (const auto& g : m_plan.gaps) {
      heading(3, esc(g.title));
      if (!g.reachable) {
        std::string gate = "**Not open yet**";
        const auto it = std::find_if(m_plan.tracks.begin(), m_plan.tracks.end(),
                                     [&](const RankedTrack& rt) { return rt.track == g.track; });
        if (it != m_plan.tracks.end() && it->fit.gate.effort.whole_months > 0) {
          gate += ": reachable in " + months_text(it->fit.gate.effort.whole_months);
        }
        if (!g.gate_needs.empty()) gate += fmt::format("; needs {}", needs_text(g.gate_needs, esc));
        block(gate + ".");
      }
      if (g.skills.empty()) {
        block("You meet every key skill level this track asks for.");
      } else {
        MarkdownTable table({{"Skill", Align::left},
                             {"You", Align::right},
                             {"Needed", Align::right},
                             {"Effort", Align::left}});
        for (const auto& s : g.skills) {
          table.add_row({esc(s.name) + (s.essential ? " (essential)" : ""), std::to_string(s.have),
                         std::to_string(s.need), hours_text(s.hours) + (s.estimate ? " (estimate)" : "")});
        }
        block(table.render());
      }
      if (!g.missing_certs.empty()) {
        std::vector<std::string_view> names;
        for (const auto& c : g.missing_certs) names.push_back(c.name);
        block(fmt::format("A certification would help (you hold none of these yet): {}.", list_text(names, esc)));
      }
    }
  }

  void next_steps() {
    heading(2, "Next steps");
    if (m_plan.next_steps.empty()) {
      block("None: you meet what your target tracks and the next stage ask for.");
      return;
    }
    const double hpw = m_plan.profile.hours_per_week;
    block(fmt::format("In order of value for the time they take; tick them off as you go. Weeks assume {}.",
                      hours_per_week_text(hpw)));
    std::string list;
    for (const auto& s : m_plan.next_steps) {
      std::string item = fmt::format("- [ ] **{}**{}", step_title(s, esc), status_suffix(s.status));
      item += fmt::format("{}{}{}, {} at {}", k_dash, hours_text(s.hours), s.estimate ? " (estimate)" : "",
                          weeks_text(s.weeks), hours_per_week_text(hpw));
      if (m_start) item += fmt::format(", by {}", iso_day(day_after(*m_start, s.finish_weeks * 7)));
      if (!s.why.empty()) item += fmt::format("{}{}", k_dash, esc(s.why));
      list += item + "\n";
      if (const std::string exam = exam_text(s, esc); !exam.empty()) list += "  - " + exam + "\n";
    }
    block(list);
  }

  void strategies() {
    if (m_plan.strategies.empty()) return;
    heading(2, "Strategies that apply");
    std::string list;
    for (const auto& s : m_plan.strategies) {
      std::string item = fmt::format("- **{}**", esc(s.title));
      if (!s.description.empty()) item += fmt::format("{}{}", k_dash, esc(s.description));
      item += fmt::format(" (source: {})", citation_text(s.source, esc));
      list += item + "\n";
    }
    block(list);
  }

  void sources() {
    if (m_plan.sources.empty()) return;
    heading(2, "Sources");
    std::string list;
    int n = 0;
    for (const auto& s : m_plan.sources) {
      std::vector<std::string> parts;
      if (!s.author.empty()) parts.push_back("by " + esc(s.author));
      // The seed's file name means nothing to a reader and is not installed: the title cites it.
      if (!s.url.empty()) parts.push_back(esc(s.url));
      if (s.estimate) parts.push_back("figures are estimates");
      std::string item = fmt::format("{}. **{}**", ++n, esc(s.title.empty() ? s.id : s.title));
      if (!parts.empty()) item += fmt::format("{}{}", k_dash, fmt::join(parts, "; "));
      list += item + "\n";
    }
    block(list);
  }

  const Content& m_c;
  const Plan& m_plan;
  std::optional<sys_days> m_start;
  std::string m_out;
};

}  // namespace

bool is_iso_date(std::string_view text) { return parse_start_date(text).has_value(); }

std::string render_plan_markdown(const Content& content, const Plan& plan, const MarkdownOptions& options) {
  std::optional<sys_days> start;
  if (!options.start_date.empty()) {
    start = parse_start_date(options.start_date);
    if (!start) {
      throw Failure(ExitCode::usage, Location{},
                    fmt::format("invalid start date '{}'", options.start_date),
                    {"write it as YYYY-MM-DD, e.g. 2026-11-24"});
    }
  }
  return MarkdownPlan(content, plan, start).render();
}

}  // namespace careerplan
