#pragma once
// Dates as JSON Resume writes them (YYYY, YYYY-MM or YYYY-MM-DD) and years of work from them.
#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

namespace careerplan {

// The days a résumé date names: "2019" is 2019-01-01 to 2019-12-31, "2019-03" all of March.
struct ResumeDate {
  std::chrono::sys_days first;
  std::chrono::sys_days last;
};

// nullopt unless the text is one of the three forms the JSON Resume schema allows and names a
// real day (no 2019-13, no 2019-02-30).
std::optional<ResumeDate> parse_resume_date(std::string_view text);

// Days worked, from `from` up to but not including `to`.
struct WorkSpan {
  std::chrono::sys_days from;
  std::chrono::sys_days to;
};

// Years covered by the union of the spans (overlaps counted once), in years of 365.2425 days.
double merged_years(std::vector<WorkSpan> spans);

// Years from `from` to `to` (0 when `to` is not after `from`).
double span_years(const WorkSpan& span);

}  // namespace careerplan
