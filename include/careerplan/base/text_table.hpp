#pragma once
// Aligned plain-text tables for terminal output; widths count code points, not bytes.
#include <string>
#include <vector>

namespace careerplan {

class TextTable {
public:
  explicit TextTable(std::vector<std::string> header) : m_header(std::move(header)) {}
  void add_row(std::vector<std::string> cells) { m_rows.push_back(std::move(cells)); }
  // Makes column `i` (a free-text column) the only one `render` may narrow and wrap: ids and
  // titles stay whole, and a table that cannot fit keeps long lines rather than becoming blocks.
  void set_wrap_column(std::size_t i) { m_wrap_column = i; }
  // Columns separated by two spaces; the last column is not padded (no trailing blanks).
  // A table wider than `max_width` (0: no limit) has its widest columns narrowed, down to their
  // longest word, and their cells wrapped within the column; one that cannot fit even so is
  // printed as one block per row, a "HEADER  value" line per column.
  [[nodiscard]] std::string render(std::size_t max_width = 0) const;
  // The header and the rows as tab-separated values, a line each; a tab, newline or carriage
  // return inside a cell becomes a space, so every record is one line of the same field count.
  [[nodiscard]] std::string render_tsv() const;

private:
  [[nodiscard]] std::string render_records(std::size_t max_width) const;

  std::vector<std::string> m_header;
  std::vector<std::vector<std::string>> m_rows;
  std::size_t m_wrap_column = static_cast<std::size_t>(-1);  // none: any column may be narrowed
};

// Number of code points in a UTF-8 string (the display width for the scripts we print); ANSI
// colour codes (ESC [ ... m) count for nothing, so coloured and plain tables line up alike.
std::size_t display_width(std::string_view s);

// Wraps text at spaces to lines of at most `width` code points, each prefixed with `indent`.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent);

// `text` after a first-line `prefix`, wrapped to `width` columns (0: no wrapping) with later lines
// indented to the prefix's width, never narrower than 20 columns of text; ends with a newline.
std::string hanging_text(std::string_view prefix, std::string_view text, std::size_t width);
// hanging_text appended to `out`.
void append_hanging(std::string& out, std::string_view prefix, std::string_view text, std::size_t width);

}  // namespace careerplan
