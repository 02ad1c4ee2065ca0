#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>

#include "careerplan/render/render_html.hpp"
#include "careerplan/render/render_plan.hpp"
#include "careerplan/render/html_page.hpp"
#include "careerplan/render/html_style.hpp"
#include "careerplan/render/plan_extras.hpp"
#include "careerplan/render/plan_format.hpp"
#include "careerplan/render/svg.hpp"

namespace careerplan {

namespace {

using namespace html_page;
using std::chrono::sys_days;

std::string fit_bar(double fit) {
  const double width = std::clamp(round_to(fit * 100, 1), 0.0, 100.0);
  return fmt::format(
      "<span class=\"fit\"><svg class=\"fit-bar\" role=\"img\" width=\"100\" height=\"12\" viewBox=\"0 0 100 12\" "
      "xmlns=\"http://www.w3.org/2000/svg\"><title>fit {0}</title><rect class=\"fit-track\" x=\"0.5\" y=\"0.5\" "
      "width=\"99\" height=\"11\"/><rect class=\"fit-fill\" x=\"0.5\" y=\"0.5\" width=\"{1}\" height=\"11\"/></svg>{0}</span>",
      percent_text(fit), number_text(std::max(width - 1, 0.0), 1));
}

class HtmlPlan {
public:
  HtmlPlan(const Content& content, const Plan& plan, std::optional<sys_days> start)
      : m_c(content), m_plan(plan), m_start(start) {}

  std::string render() {
    const auto& p = m_plan.profile;
    const std::string who = p.name.empty() ? p.file : p.name;
    m_out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    m_out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    m_out += fmt::format("<title>Career plan: {}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
                         attr(who), html_stylesheet());
    m_out += fmt::format("<h1>Career plan: {}</h1>\n", u(who));
    summary();
    where_you_stand();
    target_roles();
    skill_gaps();
    related();
    next_steps();
    projects();
    m_out += html_route_section(m_c, m_plan, m_start);
    strategies();
    sources();
    m_out += "</main>\n</body>\n</html>\n";
    return std::move(m_out);
  }

private:
  void open_section(std::string_view id, std::string_view title) { m_out += section_open(id, title); }
  void close_section() { m_out += "</section>\n"; }
  void para(std::string_view html) { m_out += paragraph(html); }

  void summary() {
    const auto& p = m_plan.profile;
    open_section("summary", "Summary");
    m_out += "<ul class=\"facts\">\n";
    m_out += fmt::format("<li><strong>Profile:</strong> {}</li>\n", u(p.file));
    m_out += fmt::format("<li><strong>Experience:</strong> {}</li>\n", years_text(p.years_experience));
    m_out += fmt::format("<li><strong>Education:</strong> {}</li>\n", u(p.education_name));
    m_out += fmt::format("<li><strong>Current stage:</strong> {}</li>\n", u(m_plan.current_stage.title));
    m_out += fmt::format("<li><strong>Time for learning:</strong> {}</li>\n", hours_per_week_text(p.hours_per_week));
    if (m_start) m_out += fmt::format("<li><strong>Plan starts:</strong> {}</li>\n", iso_day(*m_start));
    m_out += "</ul>\n<h3>Skills</h3>\n";
    if (p.skills.empty()) {
      para("No skills listed in the profile.");
    } else {
      m_out += "<table>\n<thead><tr><th scope=\"col\">Skill</th><th scope=\"col\" class=\"num\">Level</th>"
               "<th scope=\"col\">What that level looks like</th></tr></thead>\n<tbody>\n";
      for (const auto& s : p.skills) {
        m_out += fmt::format("<tr><td>{}{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n", u(s.name),
                             s.stated < s.effective ? " (shown by a certification)" : "", s.effective,
                             u(level_description(s.skill, s.effective)));
      }
      m_out += "</tbody>\n</table>\n";
    }
    m_out += "<h3>Certifications</h3>\n";
    if (p.certifications.empty()) {
      para("None yet.");
    } else {
      m_out += "<ul>\n";
      for (const auto& c : p.certifications) {
        m_out += fmt::format("<li>{}{}</li>\n", u(c.name), c.year ? fmt::format(" ({})", *c.year) : std::string());
      }
      m_out += "</ul>\n";
    }
    close_section();
  }

  [[nodiscard]] std::string level_description(Index skill, int level) const {
    if (skill >= m_c.skills.size() || level < k_min_level || level > k_max_level) return {};
    return std::string(m_c.skills[skill].levels[level - 1]);
  }

  void where_you_stand() {
    const auto& cur = m_plan.current_stage;
    open_section("where-you-stand", "Where you stand");
    para(fmt::format("You are at <strong>{}</strong>: {}.", u(cur.title), u(cur.reason)));
    for (const auto& ns : m_plan.next_stages) {
      m_out += fmt::format("<h3>Next stage: {}</h3>\n", u(ns.title));
      if (ns.ready) {
        para("<strong>Ready:</strong> you meet every entry requirement.");
        continue;
      }
      para("<strong>Not ready yet</strong>" + not_ready_tail(ns.entry));
      if (!ns.entry.needs.empty()) {
        para("To get there:");
        m_out += "<ul>\n";
        for (const auto& n : ns.entry.needs) m_out += fmt::format("<li>{}</li>\n", u(n.text));
        m_out += "</ul>\n";
      }
    }
    if (m_plan.next_stages.empty()) para("This is the last stage of the ladder.");
    close_section();
  }

  void target_roles() {
    open_section("target-roles", "Target roles");
    if (m_plan.roles.empty()) {
      para("No target roles.");
      close_section();
      return;
    }
    // "reflow": on a narrow screen each row becomes a card, each cell labelled by its column.
    m_out += "<table class=\"reflow\">\n<thead><tr><th scope=\"col\">Track / role</th><th scope=\"col\">Fit</th>"
             "<th scope=\"col\">Salary</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n";
    for (const auto& r : m_plan.roles) {
      std::string what = fmt::format("<strong>{}</strong> ({})", u(r.title), r.from.is_track ? "track" : "next stage");
      if (!r.roles.empty()) what += ": " + list_text(r.roles, u);
      const Citation& source = r.salary ? r.salary->source : r.source;
      std::string salary = r.salary ? salary_text(*r.salary, u) : std::string("no salary figure in the sources");
      std::string cited = citation_text(source, u);
      if (r.official_wage) {
        salary += "; " + official_wage_text(*r.official_wage, u);
        cited += "; " + official_wage_source_text(*r.official_wage, u, false);
      }
      m_out += fmt::format("<tr><td>{}</td><td class=\"fit-cell\" data-label=\"Fit\">{}</td><td data-label=\"Salary\">{}</td>"
                           "<td data-label=\"Source\">{}</td></tr>\n",
                           what, r.fit ? fit_bar(*r.fit) : std::string("\u2014"), salary, cited);
    }
    m_out += "</tbody>\n</table>\n";
    close_section();
  }

  [[nodiscard]] const RankedTrack* ranked(Index track) const {
    const auto it = std::find_if(m_plan.tracks.begin(), m_plan.tracks.end(),
                                 [&](const RankedTrack& rt) { return rt.track == track; });
    return it == m_plan.tracks.end() ? nullptr : &*it;
  }

  [[nodiscard]] int held_level(Index skill) const {
    for (const auto& s : m_plan.profile.skills) {
      if (s.skill == skill) return s.effective;
    }
    return 0;
  }

  // Every key skill of the track: the gap's levels where there is a gap, else the person's level,
  // which is at least the asked one (done progress can hold a level the profile does not list).
  [[nodiscard]] std::vector<RadarAxis> radar_axes(const TrackGaps& g) const {
    std::vector<RadarAxis> axes;
    if (g.track >= m_c.tracks.size()) return axes;
    for (const auto& k : m_c.tracks[g.track].key_skills) {
      if (k.skill >= m_c.skills.size()) continue;
      const auto gap = std::find_if(g.skills.begin(), g.skills.end(), [&](const SkillGap& s) { return s.skill == k.skill; });
      if (gap != g.skills.end()) {
        axes.push_back(RadarAxis{std::string(gap->name), gap->have, gap->need});
      } else {
        axes.push_back(RadarAxis{std::string(m_c.skills[k.skill].name), std::max(held_level(k.skill), k.level), k.level});
      }
    }
    return axes;
  }

  void skill_gaps() {
    open_section("skill-gaps", "Skill gaps");
    if (m_plan.gaps.empty()) para("No target tracks.");
    std::size_t n = 0;
    for (const auto& g : m_plan.gaps) {
      ++n;
      m_out += fmt::format("<h3>{}</h3>\n", u(g.title));
      const RankedTrack* rt = ranked(g.track);
      if (rt != nullptr) para("<strong>Fit:</strong> " + fit_bar(rt->fit.fit));
      if (!g.reachable) {
        std::string gate = "<strong>Not open yet</strong>";
        if (rt != nullptr && rt->fit.gate.effort.whole_months > 0) {
          gate += ": reachable in " + months_text(rt->fit.gate.effort.whole_months);
        }
        if (!g.gate_needs.empty()) gate += fmt::format("; needs {}", needs_text(g.gate_needs, u));
        para(gate + ".");
      }
      const std::vector<RadarAxis> axes = radar_axes(g);
      if (!axes.empty()) {
        m_out += fmt::format("<figure>\n{}\n<figcaption>Skills radar for {}: the solid area is your level, the "
                             "hatched area outside it is the gap to the level the track asks for. The table below "
                             "holds the same figures.</figcaption>\n</figure>\n",
                             svg_radar(fmt::format("radar-{}", n), g.title, axes), u(g.title));
      }
      if (g.skills.empty()) para("You meet every key skill level this track asks for.");
      if (!axes.empty()) gap_table(g, axes);
      if (!g.missing_certs.empty()) {
        std::vector<std::string_view> names;
        for (const auto& c : g.missing_certs) names.push_back(c.name);
        para(fmt::format("A certification would help (you hold none of these yet): {}.", list_text(names, u)));
      }
    }
    close_section();
  }

  // The radar's text equivalent, and the Markdown plan's gap table: gaps carry their effort.
  void gap_table(const TrackGaps& g, const std::vector<RadarAxis>& axes) {
    m_out += "<table>\n<thead><tr><th scope=\"col\">Skill</th><th scope=\"col\" class=\"num\">You</th>"
             "<th scope=\"col\" class=\"num\">Needed</th><th scope=\"col\">Effort</th></tr></thead>\n<tbody>\n";
    const auto& keys = m_c.tracks[g.track].key_skills;
    std::size_t a = 0;
    for (const auto& k : keys) {
      if (k.skill >= m_c.skills.size() || a >= axes.size()) continue;
      const RadarAxis& axis = axes[a++];
      const auto gap = std::find_if(g.skills.begin(), g.skills.end(), [&](const SkillGap& s) { return s.skill == k.skill; });
      std::string effort = "met";
      std::string name = u(axis.name);
      if (gap != g.skills.end()) {
        effort = hours_text(gap->hours) + (gap->estimate ? " (estimate)" : "");
        if (gap->essential) name += " (essential)";
      }
      m_out += fmt::format("<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n", name,
                           axis.have, axis.need, effort);
    }
    m_out += "</tbody>\n</table>\n";
  }

  void related() {
    const bool any = std::any_of(m_plan.related.begin(), m_plan.related.end(),
                                 [](const TrackRelations& r) { return !r.related.empty(); });
    if (!any) return;
    open_section("related-tracks", "Related tracks");
    para("Tracks that share key skills with your targets: lateral moves you are nearly ready for.");
    m_out += "<ul>\n";
    for (const auto& r : m_plan.related) {
      if (r.related.empty()) continue;
      std::vector<std::string> parts;
      for (const auto& t : r.related) {
        parts.push_back(fmt::format("{} ({} of {} key skills, {})", u(t.title), t.shared, t.of, percent_text(t.share)));
      }
      m_out += fmt::format("<li><strong>{}</strong> is close to: {}</li>\n", u(r.title), fmt::join(parts, "; "));
    }
    m_out += "</ul>\n";
    close_section();
  }

  void next_steps() {
    open_section("next-steps", "Next steps");
    if (m_plan.next_steps.empty()) {
      para("None: you meet what your target tracks and the next stage ask for.");
      close_section();
      return;
    }
    const double hpw = m_plan.profile.hours_per_week;
    para(fmt::format("In order of value for the time they take; tick them off as you go. Weeks assume {}.",
                     hours_per_week_text(hpw)));
    m_out += "<ul class=\"checklist\">\n";
    for (const auto& s : m_plan.next_steps) {
      std::string item = fmt::format("<strong>{}</strong>{}", step_title(s, u), status_suffix(s.status));
      item += fmt::format("{}{}{}, {} at {}", k_dash, hours_text(s.hours), s.estimate ? " (estimate)" : "",
                          weeks_text(s.weeks), hours_per_week_text(hpw));
      if (m_start) item += fmt::format(", by {}", iso_day(day_after(*m_start, s.finish_weeks * 7)));
      if (!s.why.empty()) item += fmt::format("{}{}", k_dash, u(s.why));
      const std::string exam = exam_text(s, u);
      m_out += fmt::format("<li><label><input type=\"checkbox\" disabled> {}</label>{}</li>\n", item,
                           exam.empty() ? std::string() : fmt::format("<ul><li>{}</li></ul>", exam));
    }
    m_out += "</ul>\n";
    close_section();
  }

  void projects() {
    if (m_plan.projects.empty()) return;
    const double hpw = m_plan.profile.hours_per_week;
    open_section("practice-projects", "Practice projects");
    para("Hands-on projects that practise the skills your target tracks ask more of, best value for the time first.");
    m_out += "<ul class=\"checklist\">\n";
    for (const auto& p : m_plan.projects) {
      m_out += fmt::format(
          "<li><label><input type=\"checkbox\" disabled> <strong>{}</strong> ({}){}{}{}{}, {} at {}{}{} (source: {})</label></li>\n",
          u(p.title), difficulty_name(p.difficulty), status_suffix(p.status), k_dash, hours_text(p.hours),
          p.estimate ? " (estimate)" : "", weeks_text(p.weeks), hours_per_week_text(hpw), k_dash, u(p.why),
          citation_text(p.source, u));
    }
    m_out += "</ul>\n";
    close_section();
  }

  void strategies() {
    if (m_plan.strategies.empty()) return;
    open_section("strategies", "Strategies that apply");
    m_out += "<ul>\n";
    for (const auto& s : m_plan.strategies) {
      std::string item = fmt::format("<strong>{}</strong>", u(s.title));
      if (!s.description.empty()) item += fmt::format("{}{}", k_dash, u(s.description));
      item += fmt::format(" (source: {})", citation_text(s.source, u));
      m_out += fmt::format("<li>{}</li>\n", item);
    }
    m_out += "</ul>\n";
    close_section();
  }

  void sources() {
    if (m_plan.sources.empty()) return;
    open_section("sources", "Sources");
    m_out += "<ol>\n";
    for (const auto& s : m_plan.sources) {
      std::vector<std::string> parts;
      if (!s.author.empty()) parts.push_back("by " + u(s.author));
      // The seed's file name means nothing to a reader and is not installed: the title cites it.
      if (!s.url.empty()) parts.push_back(u(s.url));
      if (s.estimate) parts.push_back("figures are estimates");
      std::string item = fmt::format("<strong>{}</strong>", u(s.title.empty() ? s.id : s.title));
      if (!parts.empty()) item += fmt::format("{}{}", k_dash, fmt::join(parts, "; "));
      m_out += fmt::format("<li>{}</li>\n", item);
    }
    m_out += "</ol>\n";
    close_section();
  }

  const Content& m_c;
  const Plan& m_plan;
  std::optional<sys_days> m_start;
  std::string m_out;
};

}  // namespace

std::string render_plan_html(const Content& content, const Plan& plan, const HtmlOptions& options) {
  std::optional<sys_days> start;
  if (!options.start_date.empty()) {
    start = parse_start_date(options.start_date);
    if (!start) {
      throw Failure(ExitCode::usage, Location{}, fmt::format("invalid start date '{}'", options.start_date),
                    {"write it as YYYY-MM-DD, e.g. 2026-11-24"});
    }
  }
  return HtmlPlan(content, plan, start).render();
}

}  // namespace careerplan
