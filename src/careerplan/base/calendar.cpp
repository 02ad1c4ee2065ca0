#include "careerplan/base/calendar.hpp"

#include <fmt/format.h>

#include <cstdlib>

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
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    if (auto v = parse_decimal(epoch); v && *v >= 0) now = sys_seconds{seconds{*v}};
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
