#pragma once
// Days as careerplan counts them: the plan's start day and ISO 8601 day text.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace careerplan {

// $SOURCE_DATE_EPOCH's day when set (so tests and builds are reproducible), else today, in UTC.
std::chrono::sys_days plan_start_day();

// "2026-11-24".
std::string iso_day(std::chrono::sys_days day);

// A strict YYYY-MM-DD that names a real day; nullopt for anything else.
std::optional<std::chrono::sys_days> parse_iso_day(std::string_view text);

}  // namespace careerplan
