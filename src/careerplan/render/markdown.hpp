#pragma once
// Building blocks for GitHub Flavored Markdown output: escaping of untrusted text and tables.
#include <string>
#include <string_view>
#include <vector>

namespace careerplan {

// Makes `text` literal in any inline Markdown context (paragraph, heading, list item, table
// cell): a backslash goes only before a character that would act as Markdown there (` * _ [ ] <
// | ~ \ and entity &s anywhere; # > = - + and "1." at the start; a heading's closing #s), so the
// file reads as plain text too. C0 controls, DEL, CR, LF, TAB and C1 controls become a space,
// and invalid UTF-8 bytes become U+FFFD. cmark-gfm renders the result as the original text, so a
// name can break neither a table nor a heading.
std::string markdown_escape(std::string_view text);

enum class Align { left, right };

// A GFM pipe table. Cells are Markdown already (escape untrusted parts first); a line break in
// a cell is turned into a space so a cell can never end its row early.
class MarkdownTable {
public:
  struct Column {
    std::string header;
    Align align = Align::left;
  };
  explicit MarkdownTable(std::vector<Column> columns) : m_columns(std::move(columns)) {}
  // Missing cells render empty; extra cells are dropped, as GFM would drop them.
  void add_row(std::vector<std::string> cells);
  [[nodiscard]] std::size_t rows() const { return m_rows.size(); }
  // Columns padded to equal width so the source reads well too; ends with a newline.
  [[nodiscard]] std::string render() const;

private:
  std::vector<Column> m_columns;
  std::vector<std::vector<std::string>> m_rows;
};

// Appends a block (paragraph, list, table, heading) after the blank line that separates blocks,
// ending it with a newline.
void append_markdown_block(std::string& out, std::string_view text);

}  // namespace careerplan
