#pragma once
// The plan sections for practice projects, related tracks and the route to the first target,
// kept apart from the three plan renderers so each of those only calls them where they belong.
#include <chrono>
#include <optional>
#include <string>

#include "careerplan/base/json_writer.hpp"
#include "careerplan/plan/planner.hpp"
#include "careerplan/render/render.hpp"
#include "careerplan/render/plan_format.hpp"

namespace careerplan {

// " (in progress)" for a step or project with a recorded status (as the next steps say it); "".
std::string status_suffix(const std::optional<StepStatus>& status);

// "Practice projects" then "Related tracks", each starting with a blank line, appended to `out`;
// nothing when both are empty or unless `all` (the short report shows best_project_text instead).
void append_plan_extras_text(std::string& out, const Plan& plan, const TextStyle& style, bool all);
// The best practice project in a line, terminal-safe: "Title (difficulty, hours)"; "" when none.
std::string best_project_text(const Plan& plan);

// Writes the "projects", "related_tracks" and "route" (null unless the plan has one) fields of a
// plan's JSON object.
void write_plan_extras_json(JsonWriter& out, const Content& content, const Plan& plan);
// A step's or project's `serves` entry.
void write_step_target_json(JsonWriter& out, const StepTarget& t);
// A citation: {id, title, section, estimate}.
void write_citation_json(JsonWriter& out, const Citation& c);
// A salary from the sources, or null: {low, high, currency, period, source}.
void write_salary_json(JsonWriter& out, const std::optional<SalaryInfo>& salary);
// An official median wage, or null: {occupation, median, ..., grade, url, source}.
void write_official_wage_json(JsonWriter& out, const std::optional<OfficialWageInfo>& wage);
// A target's roles with their fit, salary, official wage and source.
void write_roles_json(JsonWriter& out, const TargetRoles& roles);
// A cited source: {id, title, author, file, url, estimate}.
void write_source_json(JsonWriter& out, const CitedSource& source);
// A step's or project's effort: {low, high, mid} hours.
void write_hours_json(JsonWriter& out, const Range& hours, double mid);

// The fields a next step and a practice project share, in this order: the targets it serves, its
// gains and value, why, and its recorded status.
template <typename Step>
void write_worth_json(JsonWriter& out, const Step& s) {
  out.key("serves").begin_array();
  for (const auto& t : s.serves) write_step_target_json(out, t);
  out.end_array()
      .field("fit_gain", round_to(s.fit_gain, k_value_decimals))
      .field("readiness_gain", round_to(s.readiness_gain, k_value_decimals))
      .field("value", round_to(s.value, k_value_decimals))
      .field("value_per_hour", round_to(s.value_per_hour, k_rate_decimals))
      .field("why", s.why)
      .key("status");
  if (s.status) {
    out.value(status_name(*s.status));
  } else {
    out.null();
  }
}

// Markdown sections, each starting with a blank line; "" when there is nothing to show.
std::string plan_related_markdown(const Plan& plan);
std::string plan_projects_markdown(const Plan& plan);
std::string plan_route_markdown(const Content& content, const Plan& plan, std::optional<std::chrono::sys_days> start);

}  // namespace careerplan
