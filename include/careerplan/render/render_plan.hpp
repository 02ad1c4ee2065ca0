#pragma once
// A plan rendered three ways: a terminal report (`recommend`), JSON for programs
// (`recommend --format json`, docs/json-output.md) and a Markdown plan a person keeps (`export`).
// All three show the same data under the same names, decide nothing, and read no clock, so the
// same plan renders byte for byte the same.
#include <functional>
#include <string>
#include <string_view>

#include "careerplan/base/json_writer.hpp"
#include "careerplan/model/model.hpp"
#include "careerplan/plan/planner.hpp"
#include "careerplan/render/render.hpp"

namespace careerplan {

// The short report for a terminal (at most 50 lines at 80 columns for a usual profile): where the
// person stands, the tracks with their horizon, the next steps, the strategies chosen, the best
// practice project. `all` adds the other strategies, projects and related tracks; `explain` adds
// those and each shown track's fit parts and rule checks with their file:line.
std::string render_plan_text(const Content& content, const Plan& plan, const TextStyle& style, bool explain,
                             bool all = false);

// The plan as one JSON value (schema_version 1) at the writer's position; numbers are rounded so
// the output is stable. A batch writes one per line with a compact writer. `more`, when given,
// writes further fields (key and value) before the object closes.
void write_plan_json(JsonWriter& out, const Content& content, const Plan& plan,
                     const std::function<void(JsonWriter&)>& more = {});
// The plan as a JSON document with two-space indent and a final newline.
std::string render_plan_json(const Content& content, const Plan& plan);

struct MarkdownOptions {
  // ISO date ("2026-11-24") the plan starts on; steps get target dates from it. Empty: no dates.
  std::string start_date;
};

// The Markdown plan (GitHub Flavored Markdown: tables and a task list). Throws Failure(usage)
// when options.start_date is not a valid ISO date.
std::string render_plan_markdown(const Content& content, const Plan& plan, const MarkdownOptions& options);

// True for a valid calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view text);

}  // namespace careerplan
