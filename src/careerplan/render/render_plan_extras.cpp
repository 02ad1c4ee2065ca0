#include <fmt/format.h>

#include <algorithm>

#include "careerplan/render/render_route.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"
#include "careerplan/render/markdown.hpp"
#include "careerplan/render/plan_extras.hpp"
#include "careerplan/render/plan_format.hpp"

namespace careerplan {

namespace {

// Content and profile text for one terminal line.
constexpr auto* term = &terminal_line;

std::string esc(std::string_view s) { return markdown_escape(s); }


// "Linux 3 (you: 2), SQL 2 (you: none)", appended to `out`.
void append_practises(std::string& out, const ProjectStep& p, Escaper e) {
  for (std::size_t i = 0; i < p.practises.size(); ++i) {
    const ProjectSkill& s = p.practises[i];
    if (i > 0) out += ", ";
    out += e(s.name);
    out += ' ';
    out += std::to_string(s.level);
    out += " (you: ";
    out += s.have == 0 ? std::string("none") : std::to_string(s.have);
    out += ')';
  }
}

// "Network Engineer (6 of 7 key skills, 86%); ...", appended to `out`.
void append_related(std::string& out, const TrackRelations& r, Escaper e) {
  for (std::size_t i = 0; i < r.related.size(); ++i) {
    const RelatedTrack& t = r.related[i];
    if (i > 0) out += "; ";
    out += e(t.title);
    out += " (";
    out += std::to_string(t.shared);
    out += " of ";
    out += std::to_string(t.of);
    out += " key skills, ";
    out += percent_text(t.share);
    out += ')';
  }
}

std::string related_text(const TrackRelations& r, Escaper e) {
  std::string out;
  append_related(out, r, e);
  return out;
}

}  // namespace

std::string status_suffix(const std::optional<StepStatus>& status) {
  return status ? fmt::format(" ({})", status_text(*status)) : std::string();
}

// The sections' lines are composed in one scratch string and wrapped into `out`: the lines of a
// project are many small texts.
void append_plan_extras_text(std::string& out, const Plan& plan, const TextStyle& style, bool all) {
  std::string text;
  const double hpw = plan.profile.hours_per_week;
  const auto hang = [&](std::string_view prefix) { append_hanging(out, prefix, text, style.width); };
  if (!plan.projects.empty() && all) {
    out += '\n';
    out += paint("Practice projects", Emphasis::heading, style);
    out += '\n';
    for (std::size_t i = 0; i < plan.projects.size(); ++i) {
      const ProjectStep& p = plan.projects[i];
      const std::string number = "  " + std::to_string(i + 1) + ". ";
      const std::string under(display_width(number), ' ');
      text = term(p.title);
      text += " (";
      text += difficulty_name(p.difficulty);
      text += ')';
      text += status_suffix(p.status);
      hang(number);
      text = effort_text(p.hours, p.estimate, p.weeks, hpw);
      hang(under);
      text = "practises: ";
      append_practises(text, p, term);
      hang(under);
      text = "why: ";
      append_escaped(text, p.why, true);
      hang(under);
    }
  }
  const bool any_related = std::any_of(plan.related.begin(), plan.related.end(),
                                       [](const TrackRelations& r) { return !r.related.empty(); });
  if (any_related && all) {
    out += '\n';
    out += paint("Related tracks", Emphasis::heading, style);
    out += '\n';
    for (const auto& r : plan.related) {
      if (r.related.empty()) continue;
      text = term(r.title);
      text += " is close to: ";
      append_related(text, r, term);
      hang("  - ");
    }
  }
}

void write_step_target_json(JsonWriter& out, const StepTarget& t) {
  out.begin_object()
      .field("kind", t.target.is_track ? "track" : "stage")
      .field("id", t.id)
      .field("title", t.title)
      .field("gain", round_to(t.gain, k_value_decimals))
      .field("weight", round_to(t.weight, k_value_decimals))
      .end_object();
}

void write_citation_json(JsonWriter& out, const Citation& c) {
  out.begin_object()
      .field("id", c.source_id)
      .field("title", c.title)
      .field("section", c.section)
      .field("estimate", c.estimate)
      .end_object();
}

void write_hours_json(JsonWriter& out, const Range& hours, double mid) {
  out.begin_object()
      .field("low", round_to(hours.low, k_hours_decimals))
      .field("high", round_to(hours.high, k_hours_decimals))
      .field("mid", round_to(mid, k_hours_decimals))
      .end_object();
}

void write_plan_extras_json(JsonWriter& out, const Content& content, const Plan& plan) {
  out.key("projects").begin_array();
  for (const auto& p : plan.projects) {
    out.begin_object()
        .field("key", p.key)
        .field("id", p.id)
        .field("title", p.title)
        .field("difficulty", difficulty_name(p.difficulty))
        .field("description", p.description)
        .key("practises")
        .begin_array();
    for (const auto& s : p.practises) {
      out.begin_object()
          .field("id", s.id)
          .field("name", s.name)
          .field("have", s.have)
          .field("level", s.level)
          .field("gap", s.gap)
          .end_object();
    }
    out.end_array()
        .key("hours");
    write_hours_json(out, p.hours, p.hours_mid);
    out.field("estimate", p.estimate)
        .field("weeks", round_to(p.weeks, k_weeks_decimals));
    write_worth_json(out, p);
    out.key("source");
    write_citation_json(out, p.source);
    out.key("effort_source");
    write_citation_json(out, p.effort_source);
    out.end_object();
  }
  out.end_array();
  out.key("related_tracks").begin_array();
  for (const auto& r : plan.related) {
    out.begin_object().field("track", r.id).field("title", r.title).key("related").begin_array();
    for (const auto& t : r.related) {
      out.begin_object()
          .field("id", t.id)
          .field("title", t.title)
          .field("shared", t.shared)
          .field("of", t.of)
          .field("share", round_to(t.share, k_fit_decimals))
          .key("skills")
          .begin_array();
      for (Index s : t.skills) out.value(s < content.skills.size() ? std::string_view(content.skills[s].id) : "");
      out.end_array().end_object();
    }
    out.end_array().end_object();
  }
  out.end_array();
  out.key("route");
  if (plan.route) {
    out.value(route_to_json(content, *plan.route));
  } else {
    out.null();
  }
}

std::string plan_related_markdown(const Plan& plan) {
  const bool any = std::any_of(plan.related.begin(), plan.related.end(),
                               [](const TrackRelations& r) { return !r.related.empty(); });
  if (!any) return {};
  std::string out = "\n## Related tracks\n\nTracks that share key skills with your targets: lateral moves you are nearly ready for.\n\n";
  for (const auto& r : plan.related) {
    if (r.related.empty()) continue;
    out += fmt::format("- **{}** is close to: {}\n", esc(r.title), related_text(r, esc));
  }
  return out;
}

std::string plan_projects_markdown(const Plan& plan) {
  if (plan.projects.empty()) return {};
  const double hpw = plan.profile.hours_per_week;
  std::string out = "\n## Practice projects\n\nHands-on projects that practise the skills your target tracks ask more "
                    "of, best value for the time first.\n\n";
  for (const auto& p : plan.projects) {
    out += fmt::format("- [ ] **{}** ({}){} \u2014 {}{}, {} at {} \u2014 {} (source: {})\n", esc(p.title),
                       difficulty_name(p.difficulty), status_suffix(p.status), hours_text(p.hours),
                       p.estimate ? " (estimate)" : "", weeks_text(p.weeks), hours_per_week_text(hpw), esc(p.why),
                       citation_text(p.source, esc));
  }
  return out;
}

std::string plan_route_markdown(const Content& content, const Plan& plan, std::optional<std::chrono::sys_days> start) {
  if (!plan.route) return {};
  return route_markdown_section(content, *plan.route, start, 2);
}

std::string best_project_text(const Plan& plan) {
  if (plan.projects.empty()) return {};
  const ProjectStep& p = plan.projects.front();
  return fmt::format("{} ({}, {}){}", term(p.title), difficulty_name(p.difficulty), hours_text(p.hours),
                     status_suffix(p.status));
}

}  // namespace careerplan
