#include "careerplan/text_table.hpp"

#include <algorithm>

namespace careerplan {

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\x1b' && i + 1 < s.size() && s[i + 1] == '[') {  // a colour code takes no columns
      const std::size_t end = s.find('m', i);
      if (end != std::string_view::npos) {
        i = end;
        continue;
      }
    }
    if ((static_cast<unsigned char>(s[i]) & 0xc0u) != 0x80u) ++n;
  }
  return n;
}

std::string hanging_text(std::string_view prefix, std::string_view text, std::size_t width) {
  constexpr std::size_t k_min_text_width = 20;
  const std::size_t indent = display_width(prefix);
  const std::size_t room = width == 0 ? 0 : std::max(width > indent ? width - indent : 0, k_min_text_width);
  const std::string wrapped = wrap(text, room, std::string(indent, ' '));
  std::string out(prefix);
  out += std::string_view(wrapped).substr(std::min(indent, wrapped.size()));
  out += '\n';
  return out;
}

std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
  std::string out;
  std::string line;
  std::size_t line_width = 0;  // display_width(line), kept as words are added
  std::size_t pos = 0;
  auto flush = [&] {
    if (!out.empty()) out += '\n';
    out += indent;
    out += line;
    line.clear();
    line_width = 0;
  };
  while (pos < text.size()) {
    const std::size_t end = std::min(text.find(' ', pos), text.size());
    const std::string_view word = text.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    const std::size_t word_width = display_width(word);
    if (!line.empty() && width > 0 && line_width + 1 + word_width > width) flush();
    if (!line.empty()) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += word_width;
  }
  if (!line.empty() || out.empty()) flush();
  return out;
}

namespace {

// The widest word of a cell: a column narrower than this would have to break a word.
std::size_t longest_word(std::string_view cell) {
  std::size_t longest = 0;
  for (std::size_t pos = 0; pos <= cell.size();) {
    const std::size_t end = std::min(cell.find(' ', pos), cell.size());
    longest = std::max(longest, display_width(cell.substr(pos, end - pos)));
    pos = end + 1;
  }
  return longest;
}

}  // namespace

// One block per row, "HEADER  value" a line, for a table that cannot fit even with every column
// at its longest word.
std::string TextTable::render_records(std::size_t max_width) const {
  std::size_t label = 0;
  for (const auto& h : m_header) label = std::max(label, display_width(h));
  label += 2;
  const std::size_t value_width = max_width > label + 10 ? max_width - label : 10;
  std::string out;
  for (std::size_t r = 0; r < m_rows.size(); ++r) {
    if (r > 0) out += '\n';
    for (std::size_t i = 0; i < m_header.size(); ++i) {
      const std::string cell = i < m_rows[r].size() ? m_rows[r][i] : std::string();
      std::string line = m_header[i];
      line.append(label - display_width(m_header[i]), ' ');
      const std::string indent(label, ' ');
      line += wrap(cell, value_width, indent).substr(label);
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line;
      out += '\n';
    }
  }
  return out;
}

std::string TextTable::render(std::size_t max_width) const {
  const std::size_t columns = m_header.size();
  std::vector<std::size_t> widths(columns, 0);
  std::vector<std::size_t> narrowest(columns, 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < columns && i < row.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(row[i]));
      narrowest[i] = std::max(narrowest[i], longest_word(row[i]));
    }
  };
  measure(m_header);
  for (const auto& row : m_rows) measure(row);

  // Too wide for the terminal: narrow the widest column, one column at a time, down to its
  // longest word, and wrap cells within their columns, so no line is left for the terminal to
  // fold into the next row.
  const std::size_t separators = columns > 0 ? 2 * (columns - 1) : 0;
  auto total = [&] {
    std::size_t sum = separators;
    for (auto w : widths) sum += w;
    return sum;
  };
  std::size_t tightest = separators;
  for (auto w : narrowest) tightest += w;
  if (max_width > 0 && tightest > max_width && columns > 1) return render_records(max_width);
  while (max_width > 0 && total() > max_width) {
    std::size_t widest = columns;
    for (std::size_t i = 0; i < columns; ++i) {
      if (widths[i] > narrowest[i] && (widest == columns || widths[i] > widths[widest])) widest = i;
    }
    if (widest == columns) break;  // every column is at its longest word: the line stays long
    --widths[widest];
  }

  // Lines of each cell, as views of the row or of `wrapped`; the buffers are reused row to row.
  std::string out;
  std::vector<std::string> wrapped(columns);
  std::vector<std::vector<std::string_view>> cells(columns);
  std::string line;
  auto emit = [&](const std::vector<std::string>& row) {
    std::size_t height = 1;
    for (std::size_t i = 0; i < columns; ++i) {
      std::string_view text = i < row.size() ? std::string_view(row[i]) : std::string_view();
      if (display_width(text) > widths[i]) {
        wrapped[i] = wrap(text, widths[i], "");
        text = wrapped[i];
      }
      cells[i].clear();
      for (std::size_t pos = 0; pos <= text.size();) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        cells[i].push_back(text.substr(pos, end - pos));
        pos = end + 1;
      }
      height = std::max(height, cells[i].size());
    }
    for (std::size_t l = 0; l < height; ++l) {
      line.clear();
      for (std::size_t i = 0; i < columns; ++i) {
        const std::string_view part = l < cells[i].size() ? cells[i][l] : std::string_view();
        line += part;
        if (i + 1 < columns) line.append(widths[i] - std::min(widths[i], display_width(part)) + 2, ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line;
      out += '\n';
    }
  };
  emit(m_header);
  for (const auto& row : m_rows) emit(row);
  return out;
}

}  // namespace careerplan
