#include "careerplan/base/calendar.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/text.hpp"

namespace careerplan {

using namespace std::chrono;

namespace {

// Only ASCII digits, leading zeros allowed ("03"); nullopt otherwise.
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

sys_days plan_start_day() {
  sys_seconds now = time_point_cast<seconds>(system_clock::now());
  // An empty value counts as unset; anything else must be a day this program can print (before
  // the year 10000), and a malformed one is an error, not a silent "today" (reproducible-builds.org).
  constexpr long long k_year_10000 = 253'402'300'800;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    const auto v = parse_decimal(epoch);
    if (!v || *v < 0 || *v >= k_year_10000) {
      throw Failure(ExitCode::usage, Location{},
                    fmt::format("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, found '{}'",
                                escape_controls(epoch)),
                    {"unset it, or give the day with --start-date YYYY-MM-DD"});
    }
    now = sys_seconds{seconds{*v}};
  }
  return floor<days>(now);
}

std::string iso_day(sys_days day) {
  const year_month_day d{day};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                     static_cast<unsigned>(d.day()));
}

std::optional<sys_days> parse_iso_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = digits(text.substr(0, 4));
  const auto m = digits(text.substr(5, 2));
  const auto d = digits(text.substr(8, 2));
  if (!y || !m || !d || *y < 1000) return std::nullopt;
  const year_month_day day{year{static_cast<int>(*y)}, month{*m}, std::chrono::day{*d}};
  if (!day.ok()) return std::nullopt;
  return sys_days{day};
}

}  // namespace careerplan
