#include <fmt/format.h>

#include <algorithm>

#include "careerplan/render_route.hpp"
#include "careerplan/text.hpp"
#include "careerplan/text_table.hpp"
#include "markdown.hpp"
#include "plan_extras.hpp"
#include "plan_format.hpp"

namespace careerplan {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t k_min_text_width = 20;

std::string term(std::string_view s) {
  std::string out = escape_controls(s);
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
  return out;
}

std::string esc(std::string_view s) { return markdown_escape(s); }

// `text` wrapped under a first-line prefix; later lines are indented to the prefix's width.
std::string hanging(std::string_view prefix, std::string_view text, std::size_t width) {
  const std::size_t indent = display_width(prefix);
  const std::size_t room = width == 0 ? 0 : std::max(width > indent ? width - indent : 0, k_min_text_width);
  std::string wrapped = wrap(text, room, std::string(indent, ' '));
  return std::string(prefix) + wrapped.substr(std::min(indent, wrapped.size())) + "\n";
}

std::string practises_text(const ProjectStep& p, Escaper e) {
  std::vector<std::string> parts;
  for (const auto& s : p.practises) {
    parts.push_back(fmt::format("{} {} (you: {})", e(s.name), s.level, s.have == 0 ? std::string("none") : std::to_string(s.have)));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string related_text(const TrackRelations& r, Escaper e) {
  std::vector<std::string> parts;
  for (const auto& t : r.related) {
    parts.push_back(fmt::format("{} ({} of {} key skills, {})", e(t.title), t.shared, t.of, percent_text(t.share)));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

Json target_json(const StepTarget& t) {
  return Json{{"kind", t.target.is_track ? "track" : "stage"},
              {"id", t.id},
              {"title", t.title},
              {"gain", round_to(t.gain, k_value_decimals)},
              {"weight", round_to(t.weight, k_value_decimals)}};
}

Json citation_json(const Citation& c) {
  return Json{{"id", c.source_id}, {"title", c.title}, {"section", c.section}, {"estimate", c.estimate}};
}

}  // namespace

std::string status_suffix(const std::optional<StepStatus>& status) {
  return status ? fmt::format(" ({})", status_text(*status)) : std::string();
}

std::string plan_extras_text(const Plan& plan, const TextStyle& style) {
  std::string out;
  const double hpw = plan.profile.hours_per_week;
  if (!plan.projects.empty()) {
    out += "\n" + paint("Practice projects", Emphasis::heading, style) + "\n";
    for (std::size_t i = 0; i < plan.projects.size(); ++i) {
      const ProjectStep& p = plan.projects[i];
      const std::string number = fmt::format("  {}. ", i + 1);
      const std::string under(display_width(number), ' ');
      out += hanging(number, fmt::format("{} ({}){}", term(p.title), difficulty_name(p.difficulty), status_suffix(p.status)),
                     style.width);
      out += hanging(under, fmt::format("effort: {}{}; {} at {}", hours_text(p.hours), p.estimate ? ", estimate" : "",
                                        weeks_text(p.weeks), hours_per_week_text(hpw)),
                     style.width);
      out += hanging(under, "practises: " + practises_text(p, term), style.width);
      out += hanging(under, "why: " + term(p.why), style.width);
    }
  }
  const bool any_related = std::any_of(plan.related.begin(), plan.related.end(),
                                       [](const TrackRelations& r) { return !r.related.empty(); });
  if (any_related) {
    out += "\n" + paint("Related tracks", Emphasis::heading, style) + "\n";
    for (const auto& r : plan.related) {
      if (r.related.empty()) continue;
      out += hanging("  - ", fmt::format("{} is close to: {}", term(r.title), related_text(r, term)), style.width);
    }
  }
  return out;
}

void add_plan_extras_json(Json& out, const Content& content, const Plan& plan) {
  Json projects = Json::array();
  for (const auto& p : plan.projects) {
    Json practises = Json::array();
    for (const auto& s : p.practises) {
      practises.push_back(Json{{"id", s.id}, {"name", s.name}, {"have", s.have}, {"level", s.level}, {"gap", s.gap}});
    }
    Json serves = Json::array();
    for (const auto& t : p.serves) serves.push_back(target_json(t));
    projects.push_back(Json{{"key", p.key},
                            {"id", p.id},
                            {"title", p.title},
                            {"difficulty", difficulty_name(p.difficulty)},
                            {"description", p.description},
                            {"practises", std::move(practises)},
                            {"hours", Json{{"low", round_to(p.hours.low, k_hours_decimals)},
                                           {"high", round_to(p.hours.high, k_hours_decimals)},
                                           {"mid", round_to(p.hours_mid, k_hours_decimals)}}},
                            {"estimate", p.estimate},
                            {"weeks", round_to(p.weeks, k_weeks_decimals)},
                            {"serves", std::move(serves)},
                            {"fit_gain", round_to(p.fit_gain, k_value_decimals)},
                            {"readiness_gain", round_to(p.readiness_gain, k_value_decimals)},
                            {"value", round_to(p.value, k_value_decimals)},
                            {"value_per_hour", round_to(p.value_per_hour, k_rate_decimals)},
                            {"why", p.why},
                            {"status", p.status ? Json(status_name(*p.status)) : Json(nullptr)},
                            {"source", citation_json(p.source)},
                            {"effort_source", citation_json(p.effort_source)}});
  }
  Json related = Json::array();
  for (const auto& r : plan.related) {
    Json close = Json::array();
    for (const auto& t : r.related) {
      Json skills = Json::array();
      for (Index s : t.skills) skills.push_back(s < content.skills.size() ? content.skills[s].id : "");
      close.push_back(Json{{"id", t.id},
                           {"title", t.title},
                           {"shared", t.shared},
                           {"of", t.of},
                           {"share", round_to(t.share, k_fit_decimals)},
                           {"skills", std::move(skills)}});
    }
    related.push_back(Json{{"track", r.id}, {"title", r.title}, {"related", std::move(close)}});
  }
  out["projects"] = std::move(projects);
  out["related_tracks"] = std::move(related);
  out["route"] = plan.route ? route_to_json(content, *plan.route) : Json(nullptr);
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

}  // namespace careerplan
