#pragma once
// What every text renderer needs to know about where its output goes.
#include <cstddef>
#include <string>
#include <string_view>

namespace careerplan {

struct TextStyle {
  bool color = false;      // ANSI 16-colour codes; only when stdout is a terminal and NO_COLOR is unset
  std::size_t width = 80;  // columns available; tables and paragraphs wrap to this
  bool terminal = false;   // stdout is a terminal: hints for the next command are shown
  bool width_set = false;  // `width` came from the terminal or $COLUMNS, not the default

  // The width a listing wraps its free-text column to: 0 (one record a line) when nothing set it.
  [[nodiscard]] std::size_t listing_width() const { return width_set ? width : 0; }
};

enum class Emphasis { heading, good, bad, dim, accent };

// Wraps `text` in the colour for `what` when style.color is on; returns it unchanged otherwise.
std::string paint(std::string_view text, Emphasis what, const TextStyle& style);

// Formats a number with thousands separators: 60000 -> "60,000".
std::string group_thousands(double value);

// "USD 60,000–80,000 a year" style money range.
std::string money_range(double low, double high, std::string_view currency, std::string_view period);

}  // namespace careerplan
