#include "careerplan/render/route_format.hpp"

#include <fmt/format.h>

#include <cmath>

namespace careerplan {

int whole_months(double months) {
  // A hair of floating-point noise above a whole number is not another month.
  const double m = std::ceil(round_to(months, 6));
  return m < 0 ? 0 : static_cast<int>(m);
}

std::string route_months_text(const Range& months) {
  const int low = whole_months(months.low);
  const int high = whole_months(months.high);
  if (high == 0) return "now";
  if (low == high) return months_text(high);
  if (low == 0) return fmt::format("within about {} month{}", high, high == 1 ? "" : "s");
  return fmt::format("about {}\u2013{} months", low, high);
}

std::string route_length_text(const Route& route, double hours_per_week) {
  if (whole_months(route.months.high) == 0) return "open now";
  return fmt::format("{} at {}", route_months_text(route.months), hours_per_week_text(hours_per_week));
}

std::string learning_text(const Range& hours) {
  if (hours.high <= 0) return "nothing to learn";
  return hours_text(hours) + " of learning";
}

std::string_view hop_kind_words(HopKind kind) {
  switch (kind) {
    case HopKind::vertical: return "up the ladder";
    case HopKind::lateral: return "into a track";
    case HopKind::transition: return "out of the field";
  }
  return "up the ladder";
}

std::string route_status_text(const std::optional<StepStatus>& status) {
  if (status == StepStatus::in_progress) return " (in progress)";
  if (status == StepStatus::skipped) return " (skipped by you, but nothing else opens this)";
  return {};
}

std::string route_step_text(const RouteStep& step, Escaper esc) {
  std::string out = esc(step.text);
  switch (step.kind) {
    case RouteStepKind::skill:
    case RouteStepKind::cert:
      out += fmt::format(": {}{}", hours_text(step.hours), step.estimate ? ", estimate" : "");
      break;
    case RouteStepKind::years:
    case RouteStepKind::education:
      out += " (calendar time)";
      break;
  }
  return out + route_status_text(step.status);
}

}  // namespace careerplan
