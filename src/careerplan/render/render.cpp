#include "careerplan/render/render.hpp"

#include <fmt/color.h>
#include <fmt/format.h>

#include <cmath>

namespace careerplan {

std::string paint(std::string_view text, Emphasis what, const TextStyle& style) {
  if (!style.color) return std::string(text);
  switch (what) {
    case Emphasis::heading: return fmt::format(fmt::emphasis::bold, "{}", text);
    case Emphasis::good: return fmt::format(fmt::fg(fmt::terminal_color::green), "{}", text);
    case Emphasis::bad: return fmt::format(fmt::fg(fmt::terminal_color::red), "{}", text);
    case Emphasis::dim: return fmt::format(fmt::fg(fmt::terminal_color::bright_black), "{}", text);
    case Emphasis::accent: return fmt::format(fmt::fg(fmt::terminal_color::cyan), "{}", text);
  }
  return std::string(text);
}

std::string group_thousands(double value) {
  const auto whole = static_cast<long long>(std::llround(value));
  std::string digits = std::to_string(whole < 0 ? -whole : whole);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return whole < 0 ? "-" + out : out;
}

std::string money_range(double low, double high, std::string_view currency, std::string_view period) {
  std::string amount = low == high ? group_thousands(low)
                                   : fmt::format("{}\u2013{}", group_thousands(low), group_thousands(high));
  std::string out = fmt::format("{} {}", currency, amount);
  if (!period.empty()) out += fmt::format(" a {}", period);
  return out;
}

}  // namespace careerplan
