#include "careerplan/render/plan_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "careerplan/render/render.hpp"

namespace careerplan {

double round_to(double value, int decimals) {
  if (!std::isfinite(value)) return 0;
  static constexpr double k_powers[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  const double scale = decimals >= 0 && decimals < 9 ? k_powers[decimals] : std::pow(10.0, decimals);
  const double rounded = std::round(value * scale) / scale;
  return rounded == 0 ? 0.0 : rounded;
}

std::string number_text(double value, int decimals) {
  const double rounded = round_to(value, decimals);
  // Whole numbers, most of what plans show, print exactly as integers (no -0: round_to gives 0).
  if (std::fabs(rounded) < 1e15 && rounded == std::trunc(rounded)) return std::to_string(static_cast<long long>(rounded));
  std::string out = fmt::format("{:.{}f}", rounded, decimals);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out;
}

// These small texts are concatenated, not formatted: a plan prints dozens of them, and
// fmt::format's parse of a pattern costs more than the text it makes.
std::string percent_text(double fit) { return number_text(fit * 100, 0) + '%'; }

std::string hours_text(const Range& hours) {
  std::string low = number_text(hours.low, k_hours_decimals);
  const std::string high = number_text(hours.high, k_hours_decimals);
  if (low == high) return low + " h";
  return low + "\u2013" + high + " h";
}

int whole_weeks(double weeks) {
  // A hair of floating-point noise above a whole number is not another week.
  const double w = std::ceil(round_to(weeks, 6));
  return w < 1 ? 1 : static_cast<int>(w);
}

std::string weeks_text(double weeks) {
  const int n = whole_weeks(weeks);
  return "about " + std::to_string(n) + (n == 1 ? " week" : " weeks");
}

std::string fit_change_text(double before, double after) {
  const double points = round_to((after - before) * 100, 0);
  if (points == 0) return "no change";
  return fmt::format("{}{} point{}", points > 0 ? "+" : "", number_text(points, 0), std::abs(points) == 1 ? "" : "s");
}

std::string not_ready_tail(const Explanation& entry) {
  if (entry.blocked) return ": a condition stands in the way.";
  if (entry.effort.whole_months > 0) return fmt::format(": {}.", months_text(entry.effort.whole_months));
  return ".";
}

std::string months_text(int months) { return "about " + std::to_string(months) + (months == 1 ? " month" : " months"); }

std::string years_text(double years) {
  std::string n = number_text(years, k_years_decimals);
  return n + (n == "1" ? " year" : " years");
}

std::string hours_per_week_text(double hours) {
  return number_text(hours, k_hours_decimals) + " h/week";
}

std::string effort_text(const Range& hours, bool estimate, double weeks, double hours_per_week) {
  std::string out = "effort: ";
  out += hours_text(hours);
  if (estimate) out += ", estimate";
  out += "; ";
  out += weeks_text(weeks);
  out += " at ";
  out += hours_per_week_text(hours_per_week);
  return out;
}

std::string step_title(const NextStep& step, Escaper esc) {
  if (step.kind == StepKind::cert) return "Get " + esc(step.name);
  return "Raise " + esc(step.name) + " to level " + std::to_string(step.to_level);
}

std::string_view status_text(StepStatus status) {
  switch (status) {
    case StepStatus::done: return "done";
    case StepStatus::in_progress: return "in progress";
    case StepStatus::skipped: return "skipped";
  }
  return "";
}

std::string citation_text(const Citation& source, Escaper esc) {
  std::string out = esc(source.title.empty() ? source.source_id : source.title);
  if (!source.section.empty()) out += ", " + esc(source.section);
  if (source.estimate) out += ", estimate";
  return out;
}

std::string salary_text(const SalaryInfo& salary, Escaper esc) {
  return money_range(salary.range.low, salary.range.high, esc(salary.currency), esc(salary.period));
}

std::string official_wage_text(const OfficialWageInfo& wage, Escaper esc) {
  return fmt::format("US median {} ({})", money_range(wage.median, wage.median, esc(wage.currency), esc(wage.period)),
                     esc(wage.reference));
}

std::string official_wage_source_text(const OfficialWageInfo& wage, Escaper esc, bool with_url) {
  std::string out = citation_text(wage.source, esc);
  if (!wage.edition.empty()) out += ", " + esc(wage.edition);
  out += fmt::format(", grade {}, checked {}", esc(wage.grade), esc(wage.checked));
  if (with_url && !wage.url.empty()) out += ", " + esc(wage.url);
  return out;
}

std::string salary_short_text(const SalaryInfo& salary, Escaper esc) {
  const Range& r = salary.range;
  const auto thousands = [](double v) { return v >= 1000 && std::fmod(v, 1000) == 0; };
  if (!thousands(r.low) || !thousands(r.high)) return money_range(r.low, r.high, esc(salary.currency), "");
  const std::string low = number_text(r.low / 1000, 0) + "k";
  if (r.low == r.high) return fmt::format("{} {}", esc(salary.currency), low);
  return fmt::format("{} {}\u2013{}k", esc(salary.currency), low, number_text(r.high / 1000, 0));
}

std::chrono::sys_days day_after(std::chrono::sys_days start, double days) {
  return start + std::chrono::days{static_cast<int>(std::ceil(round_to(days, 6)))};
}

std::optional<std::chrono::sys_days> parse_start_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (std::size_t f = 0; f < 3; ++f) {
    for (std::size_t i = starts[f]; i < starts[f] + lengths[f]; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (text[i] - '0');
    }
  }
  const std::chrono::year_month_day date{std::chrono::year{fields[0]},
                                         std::chrono::month{static_cast<unsigned>(fields[1])},
                                         std::chrono::day{static_cast<unsigned>(fields[2])}};
  if (!date.ok()) return std::nullopt;
  return std::chrono::sys_days{date};
}

std::string exam_text(const NextStep& step, Escaper esc) {
  if (step.exam.empty() && step.exam_facts.empty()) return {};
  std::string out = step.exam.empty() ? std::string("Exam") : "Exam " + esc(step.exam);
  const auto& facts = step.exam_facts;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    out += i == 0 ? ": " : "; ";
    out += fmt::format("{} {}", exam_fact_label(facts[i].kind), esc(facts[i].value));
    const Citation& c = facts[i].source;
    const bool run_ends = i + 1 == facts.size() || facts[i + 1].source.source_id != c.source_id ||
                          facts[i + 1].source.section != c.section;
    if (run_ends) out += fmt::format(" (source: {})", citation_text(c, esc));
  }
  return out;
}

std::string first_needs_text(const std::vector<Need>& needs, Escaper esc) {
  constexpr std::size_t k_shown = 2;
  if (needs.size() <= k_shown + 1) return needs_text(needs, esc);
  std::string out = needs_text(std::vector<Need>(needs.begin(), needs.begin() + k_shown), esc);
  return out + fmt::format("; and {} more", needs.size() - k_shown);
}

std::string horizon_text(Horizon horizon, int months) {
  switch (horizon) {
    case Horizon::open_now: return "open now";
    case Horizon::next: return "next, " + std::to_string(months) + " mo";
    case Horizon::later: return "later, " + std::to_string(months) + " mo";
    case Horizon::behind: return "behind you";
  }
  return {};
}

std::string needs_text(const std::vector<Need>& needs, Escaper esc) {
  std::vector<std::string> parts;
  parts.reserve(needs.size());
  for (const auto& n : needs) parts.push_back(esc(n.text));
  return fmt::format("{}", fmt::join(parts, "; "));
}

namespace {

template <typename Items>
std::string joined(const Items& items, Escaper esc) {
  std::string out;
  bool first = true;
  for (const auto& s : items) {
    if (!first) out += ", ";
    out += esc(s);
    first = false;
  }
  return out;
}

}  // namespace

std::string list_text(const std::vector<std::string>& items, Escaper esc) { return joined(items, esc); }
std::string list_text(const std::vector<std::string_view>& items, Escaper esc) { return joined(items, esc); }

// The first sentence (up to a full stop, and a closing quotation mark right after it, followed by
// a space), so each strategy takes a line or two; a quotation cut short is closed again.
std::string first_sentence(std::string_view text) {
  static constexpr std::string_view k_closers[] = {"\"", "\u201d", "'", "\u2019"};
  std::string out;
  for (std::size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', dot + 1)) {
    std::size_t end = dot + 1;
    for (std::string_view closer : k_closers) {
      if (text.compare(end, closer.size(), closer) == 0) {
        end += closer.size();
        break;
      }
    }
    if (end < text.size() && (text[end] == ' ' || text[end] == '\n' || text[end] == '\t')) {
      out = text.substr(0, end);
      break;
    }
  }
  if (out.empty()) return std::string(text);
  if (std::count(out.begin(), out.end(), '"') % 2 != 0) out += '"';
  const auto count = [&](std::string_view mark) {
    std::size_t n = 0;
    for (std::size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at + mark.size())) ++n;
    return n;
  };
  if (count("\u201c") > count("\u201d")) out += "\u201d";
  return out;
}

}  // namespace careerplan
