#include "careerplan/load/resume_dates.hpp"

#include <algorithm>

namespace careerplan {

using namespace std::chrono;

namespace {

constexpr double k_days_per_year = 365.2425;

std::optional<unsigned> digits(std::string_view s) {
  if (s.empty()) return std::nullopt;
  unsigned v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  return v;
}

}  // namespace

std::optional<ResumeDate> parse_resume_date(std::string_view text) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  const auto y = digits(text.substr(0, 4));
  if (!y || *y < 1000) return std::nullopt;
  const year yr{static_cast<int>(*y)};
  if (text.size() == 4) return ResumeDate{sys_days{yr / January / 1}, sys_days{yr / December / 31}};
  if (text[4] != '-') return std::nullopt;
  const auto m = digits(text.substr(5, 2));
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  const year_month ym{yr, month{*m}};
  if (text.size() == 7) return ResumeDate{sys_days{ym / 1}, sys_days{ym / last}};
  if (text[7] != '-') return std::nullopt;
  const auto d = digits(text.substr(8, 2));
  if (!d) return std::nullopt;
  const year_month_day ymd{ym / day{*d}};
  if (!ymd.ok()) return std::nullopt;
  return ResumeDate{sys_days{ymd}, sys_days{ymd}};
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
