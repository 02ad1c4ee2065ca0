#pragma once
// Aligned plain-text tables for terminal output; widths count code points, not bytes.
#include <string>
#include <vector>

namespace careerplan {

class TextTable {
public:
  explicit TextTable(std::vector<std::string> header) : m_header(std::move(header)) {}
  void add_row(std::vector<std::string> cells) { m_rows.push_back(std::move(cells)); }
  // Columns separated by two spaces; the last column is not padded (no trailing blanks).
  // Rows longer than `max_width` have their last column wrapped under itself.
  [[nodiscard]] std::string render(std::size_t max_width = 0) const;

private:
  std::vector<std::string> m_header;
  std::vector<std::vector<std::string>> m_rows;
};

// Number of code points in a UTF-8 string (the display width for the scripts we print).
std::size_t display_width(std::string_view s);

// Wraps text at spaces to lines of at most `width` code points, each prefixed with `indent`.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent);

}  // namespace careerplan
