#include "careerplan/load/resume_dates.hpp"

#include <algorithm>
#include <string>

#include "careerplan/base/calendar.hpp"

namespace careerplan {

using namespace std::chrono;

namespace {

constexpr double k_days_per_year = 365.2425;

}  // namespace

std::optional<ResumeDate> parse_resume_date(std::string_view text) {
  // "2019" and "2019-03" are checked as their first day, so all three forms share one parser.
  if (text.size() == 4) {
    const auto first = parse_iso_day(std::string(text) + "-01-01");
    if (!first) return std::nullopt;
    return ResumeDate{*first, sys_days{year_month_day{*first}.year() / December / 31}};
  }
  if (text.size() == 7) {
    const auto first = parse_iso_day(std::string(text) + "-01");
    if (!first) return std::nullopt;
    const year_month_day d{*first};
    return ResumeDate{*first, sys_days{d.year() / d.month() / last}};
  }
  const auto day = parse_iso_day(text);
  if (!day) return std::nullopt;
  return ResumeDate{*day, *day};
}

double span_years(const WorkSpan& span) {
  if (span.to <= span.from) return 0;
  return static_cast<double>((span.to - span.from).count()) / k_days_per_year;
}

double merged_years(std::vector<WorkSpan> spans) {
  std::sort(spans.begin(), spans.end(), [](const WorkSpan& a, const WorkSpan& b) { return a.from < b.from; });
  double years = 0;
  std::optional<WorkSpan> open;
  for (const auto& s : spans) {
    if (s.to <= s.from) continue;
    if (open && s.from <= open->to) {
      open->to = std::max(open->to, s.to);
      continue;
    }
    if (open) years += span_years(*open);
    open = s;
  }
  if (open) years += span_years(*open);
  return years;
}

}  // namespace careerplan
