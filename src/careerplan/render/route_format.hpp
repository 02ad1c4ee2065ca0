#pragma once
// Wording of route quantities shared by the route renderers (text, JSON, Markdown) and the
// what-if and exported-plan sections that show a route, so all of them say it the same way.
#include <optional>
#include <string>

#include "careerplan/plan/route.hpp"
#include "careerplan/render/plan_format.hpp"

namespace careerplan {

// Days in an average month, for a route's target dates.
inline constexpr double k_days_per_month = 365.25 / 12;

// Months as a person counts them: partial months round up.
int whole_months(double months);
// "now", "about 4 months", "about 4–7 months", "within about 3 months".
std::string route_months_text(const Range& months);
// "about 4–7 months at 5 h/week" for a whole route; "open now" when it takes no time.
std::string route_length_text(const Route& route, double hours_per_week);
// "18–36 h of learning", or "nothing to learn".
std::string learning_text(const Range& hours);
// "up the ladder", "into a track", "out of the field".
std::string_view hop_kind_words(HopKind kind);
// "raise Linux from level 1 to 2: 20–40 h, estimate (in progress)"; waits say "(calendar time)".
std::string route_step_text(const RouteStep& step, Escaper esc);
// " (in progress)", " (skipped by you, but nothing else opens this)", or "".
std::string route_status_text(const std::optional<StepStatus>& status);

}  // namespace careerplan
