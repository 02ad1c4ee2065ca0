#include "careerplan/text_table.hpp"

#include <algorithm>

namespace careerplan {

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xc0u) != 0x80u) ++n;
  }
  return n;
}

std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
  std::string out;
  std::string line;
  std::size_t pos = 0;
  auto flush = [&] {
    if (!out.empty()) out += '\n';
    out += indent;
    out += line;
    line.clear();
  };
  while (pos < text.size()) {
    const std::size_t end = std::min(text.find(' ', pos), text.size());
    const std::string_view word = text.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    if (!line.empty() && width > 0 && display_width(line) + 1 + display_width(word) > width) flush();
    if (!line.empty()) line += ' ';
    line += word;
  }
  if (!line.empty() || out.empty()) flush();
  return out;
}

std::string TextTable::render(std::size_t max_width) const {
  const std::size_t columns = m_header.size();
  std::vector<std::size_t> widths(columns, 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < columns && i < row.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
  };
  measure(m_header);
  for (const auto& row : m_rows) measure(row);

  std::size_t prefix = 0;  // width of every column but the last, with separators
  for (std::size_t i = 0; i + 1 < columns; ++i) prefix += widths[i] + 2;
  const bool wrap_last = max_width > prefix + 20 && prefix + widths.back() > max_width;

  std::string out;
  auto emit = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t i = 0; i < columns; ++i) {
      const std::string& cell = i < row.size() ? row[i] : std::string();
      if (i + 1 == columns) {
        if (wrap_last) {
          std::string wrapped = wrap(cell, max_width - prefix, std::string(prefix, ' '));
          line += wrapped.substr(std::min(prefix, wrapped.size()));
        } else {
          line += cell;
        }
      } else {
        line += cell;
        line.append(widths[i] - display_width(cell) + 2, ' ');
      }
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    out += '\n';
  };
  emit(m_header);
  for (const auto& row : m_rows) emit(row);
  return out;
}

}  // namespace careerplan
