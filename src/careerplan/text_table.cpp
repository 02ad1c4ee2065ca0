#include "careerplan/text_table.hpp"

#include <algorithm>

namespace careerplan {

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0x1b && i + 1 < s.size() && s[i + 1] == '[') {  // a colour code takes no columns
      const std::size_t end = s.find('m', i);
      if (end != std::string_view::npos) {
        i = end;
        continue;
      }
    }
    n += (c & 0xc0u) != 0x80u;
  }
  return n;
}

namespace {

// Appends `text` wrapped at spaces to lines of at most `width` code points (0: no limit), the
// first line after `first`, the others after `rest`; no newline after the last line. Text with
// no words gives `first` alone. Words go straight from `text` to `out`: no line is built apart.
void append_wrapped(std::string& out, std::string_view text, std::size_t width, std::string_view first,
                    std::string_view rest) {
  out.reserve(out.size() + first.size() + text.size() + (width > 0 ? (text.size() / width + 1) * (rest.size() + 1) : 0));
  bool open = false;           // a line has words on it
  bool any = false;            // a line was started
  std::size_t line_width = 0;  // display width of the open line's words
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t end = std::min(text.find(' ', pos), text.size());
    const std::string_view word = text.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    const std::size_t word_width = display_width(word);
    if (open && width > 0 && line_width + 1 + word_width > width) {
      out += '\n';
      open = false;
    }
    if (open) {
      out += ' ';
      ++line_width;
    } else {
      out += any ? rest : first;
      any = open = true;
      line_width = 0;
    }
    out += word;
    line_width += word_width;
  }
  if (!any) out += first;
}

}  // namespace

void append_hanging(std::string& out, std::string_view prefix, std::string_view text, std::size_t width) {
  constexpr std::size_t k_min_text_width = 20;
  const std::size_t indent = display_width(prefix);
  const std::size_t room = width == 0 ? 0 : std::max(width > indent ? width - indent : 0, k_min_text_width);
  append_wrapped(out, text, room, prefix, std::string(indent, ' '));
  out += '\n';
}

std::string hanging_text(std::string_view prefix, std::string_view text, std::size_t width) {
  std::string out;
  append_hanging(out, prefix, text, width);
  return out;
}

std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
  std::string out;
  append_wrapped(out, text, width, indent, indent);
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
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < columns && i < row.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
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
  if (max_width > 0 && total() > max_width) {
    std::vector<std::size_t> narrowest(columns, 0);
    auto words = [&](const std::vector<std::string>& row) {
      for (std::size_t i = 0; i < columns && i < row.size(); ++i) narrowest[i] = std::max(narrowest[i], longest_word(row[i]));
    };
    words(m_header);
    for (const auto& row : m_rows) words(row);
    std::size_t tightest = separators;
    for (auto w : narrowest) tightest += w;
    if (tightest > max_width && columns > 1) return render_records(max_width);
    while (total() > max_width) {
      std::size_t widest = columns;
      for (std::size_t i = 0; i < columns; ++i) {
        if (widths[i] > narrowest[i] && (widest == columns || widths[i] > widths[widest])) widest = i;
      }
      if (widest == columns) break;  // every column is at its longest word: the line stays long
      --widths[widest];
    }
  }

  std::string out;
  std::vector<std::string> wrapped(columns);    // a wrapped row's cells; reused row to row
  std::vector<std::string_view> rest(columns);  // each cell's lines not yet printed
  auto emit = [&](const std::vector<std::string>& row) {
    // Cells too wide for their column are wrapped within it; the row is printed line by line.
    std::size_t height = 1;
    for (std::size_t i = 0; i < columns; ++i) {
      const std::string_view cell = i < row.size() ? std::string_view(row[i]) : std::string_view();
      if (display_width(cell) > widths[i]) {
        wrapped[i] = wrap(cell, widths[i], "");
        rest[i] = wrapped[i];
      } else {
        rest[i] = cell;
      }
      height = std::max(height, static_cast<std::size_t>(std::count(rest[i].begin(), rest[i].end(), '\n')) + 1);
    }
    for (std::size_t l = 0; l < height; ++l) {
      const std::size_t start = out.size();
      for (std::size_t i = 0; i < columns; ++i) {
        const std::size_t end = std::min(rest[i].find('\n'), rest[i].size());
        const std::string_view part = rest[i].substr(0, end);
        rest[i].remove_prefix(std::min(end + 1, rest[i].size()));
        out += part;
        if (i + 1 < columns) out.append(widths[i] - std::min(widths[i], display_width(part)) + 2, ' ');
      }
      while (out.size() > start && out.back() == ' ') out.pop_back();
      out += '\n';
    }
  };
  emit(m_header);
  for (const auto& row : m_rows) emit(row);
  return out;
}

}  // namespace careerplan
