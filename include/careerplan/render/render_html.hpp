#pragma once
// The plan as one self-contained HTML5 page (`export --format html`): everything the Markdown
// plan holds, in the same order, plus a skills radar per target track, the route drawn left to
// right, fit bars and a printable checklist. Inline CSS and SVG only: no script, no request.
// Like the other renderers it decides nothing and reads no clock.
#include <string>

#include "careerplan/model/model.hpp"
#include "careerplan/plan/planner.hpp"

namespace careerplan {

struct HtmlOptions {
  // ISO date ("2026-11-24") the plan starts on; steps get target dates from it. Empty: no dates.
  std::string start_date;
};

// The HTML page; every content and profile string is escaped. Throws Failure(usage) when
// options.start_date is not a valid ISO date.
std::string render_plan_html(const Content& content, const Plan& plan, const HtmlOptions& options);

}  // namespace careerplan
