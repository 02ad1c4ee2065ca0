#pragma once
// Wording and rounding of plan quantities shared by the text, JSON and Markdown renderers, so
// the three say the same thing the same way. Functions that embed content or profile text take
// the renderer's escaper and apply it to those parts only.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/match/evaluate.hpp"
#include "careerplan/plan/planner.hpp"

namespace careerplan {

// Makes untrusted text safe for one output format (terminal, Markdown).
using Escaper = std::string (*)(std::string_view);

// Decimals used everywhere a plan number is shown or written.
inline constexpr int k_fit_decimals = 4;
inline constexpr int k_points_decimals = 2;
inline constexpr int k_hours_decimals = 1;
inline constexpr int k_weeks_decimals = 1;
inline constexpr int k_years_decimals = 1;
inline constexpr int k_value_decimals = 4;
inline constexpr int k_rate_decimals = 6;  // value per hour is small

// Rounded half away from zero; never -0, so output does not flip sign on noise.
double round_to(double value, int decimals);
// Rounded and without trailing zeros: 20 -> "20", 12.50 -> "12.5".
std::string number_text(double value, int decimals);

std::string percent_text(double fit);              // 0.7833 -> "78%"
std::string hours_text(const Range& hours);         // "20–40 h", or "20 h" when low == high
std::string weeks_text(double weeks);               // "about 6 weeks", never fewer than one
std::string months_text(int months);                // "about 1 month", "about 8 months"
std::string years_text(double years);               // "1 year", "2.5 years"
std::string hours_per_week_text(double hours);      // "5 h/week"
std::string fit_change_text(double before, double after);  // "+15 points", "-3 points", "no change"
// After "Not ready yet": ": a condition stands in the way.", ": about 4 months." or ".".
std::string not_ready_tail(const Explanation& entry);
// Whole weeks a step takes as a person would count them: partial weeks round up.
int whole_weeks(double weeks);

// "effort: 13–26 h, estimate; about 4 weeks at 5 h/week", as a next step or a project says it.
std::string effort_text(const Range& hours, bool estimate, double weeks, double hours_per_week);
std::string step_title(const NextStep& step, Escaper esc);       // "Raise SQL to level 3"
std::string_view status_text(StepStatus status);                 // "in progress"
std::string citation_text(const Citation& source, Escaper esc);  // "Career card, Salaries, estimate"
std::string salary_text(const SalaryInfo& salary, Escaper esc);  // "USD 60,000–80,000 a year"
// "US median USD 60,340 a year (May 2024)"
std::string official_wage_text(const OfficialWageInfo& wage, Escaper esc);
// "BLS …, OOH 2024–34, grade A, checked 2026-12-07[, https://…]": what a note on the wage says;
// the URL is left to the sources list of outputs that have one.
std::string official_wage_source_text(const OfficialWageInfo& wage, Escaper esc, bool with_url);
// For a table cell: "USD 60k–80k" (thousands when both ends are whole thousands), no period.
std::string salary_short_text(const SalaryInfo& salary, Escaper esc);
// A certification step's exam for Markdown and HTML: "Exam NAME: questions at most 90; minutes 90
// (source: …)", each run of facts from one source followed by its citation; "" without an exam.
std::string exam_text(const NextStep& step, Escaper esc);
// `days` after `start`, a partial day counting as a whole one, so a target date is never early.
std::chrono::sys_days day_after(std::chrono::sys_days start, double days);
// A plan's --start-date: YYYY-MM-DD naming a real day (any four-digit year); nullopt otherwise.
std::optional<std::chrono::sys_days> parse_start_date(std::string_view text);
// Each need's text, escaped, joined with "; ".
std::string needs_text(const std::vector<Need>& needs, Escaper esc);
// Up to three needs as needs_text, else the first two and "; and N more".
std::string first_needs_text(const std::vector<Need>& needs, Escaper esc);
// A horizon in a table cell: "open now", "next, 6 mo", "later, 40 mo", "behind you".
std::string horizon_text(Horizon horizon, int months);
// The first sentence of `text` (to a full stop, with a closing quotation mark right after it),
// a quotation cut short closed again; the whole text when it has no such stop.
std::string first_sentence(std::string_view text);
// "Infrastructure Support Engineer, NOC Engineer" from a list of role titles.
std::string list_text(const std::vector<std::string>& items, Escaper esc);
std::string list_text(const std::vector<std::string_view>& items, Escaper esc);

}  // namespace careerplan
