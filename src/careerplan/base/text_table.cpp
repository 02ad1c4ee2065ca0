#include "careerplan/base/text_table.hpp"

#include <algorithm>
#include <cstring>

#include "careerplan/base/byte_lanes.hpp"

namespace careerplan {

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  std::size_t i = 0;
  // Eight bytes at a time while they hold no ESC: a column per byte but UTF-8 continuation bytes.
  for (; s.size() - i >= 8; i += 8) {
    const std::uint64_t w = lanes::load(s.data() + i);
    if (lanes::equal(w, 0x1b) != 0) break;
    n += 8 - lanes::count(lanes::continuation(w));
  }
  for (; i < s.size(); ++i) {
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

struct WordScan {
  std::size_t end = 0;    // the space after the word, or the end of the text
  std::size_t width = 0;  // code points, counting every byte but UTF-8 continuation bytes
  bool escape = false;    // an ESC byte may be in the word: `width` does not know colour codes
};

// The word starting at s[i] (not a space), eight bytes at a time while they hold no space.
WordScan scan_word(const char* s, std::size_t i, std::size_t n) {
  WordScan out;
  for (; n - i >= 8; i += 8) {
    const std::uint64_t w = lanes::load(s + i);
    const std::uint64_t continuation = lanes::continuation(w);
    out.escape = out.escape || lanes::equal(w, 0x1b) != 0;  // a false mark only costs the slow measure
    const std::uint64_t spaces = lanes::equal(w, ' ');
    if (spaces == 0) {
      out.width += 8 - lanes::count(continuation);
      continue;
    }
    const std::size_t before = lanes::first(spaces);  // bytes before the space
    const std::uint64_t mask = (std::uint64_t{1} << (8 * before)) - 1;
    out.width += before - lanes::count(continuation & mask);
    out.end = i + before;
    return out;
  }
  for (; i < n && s[i] != ' '; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    out.escape = out.escape || c == 0x1b;
    out.width += (c & 0xc0u) != 0x80u;
  }
  out.end = i;
  return out;
}

// append_wrapped for any text: one pass over its words; words one space apart in the text and
// on the same line are appended as one run, so a line is usually one copy.
void append_wrapped_words(std::string& out, std::string_view text, std::size_t width, std::string_view first,
                          std::string_view rest) {
  out.reserve(out.size() + first.size() + text.size() + (width > 0 ? (text.size() / width + 1) * (rest.size() + 1) : 0));
  const char* const s = text.data();
  const std::size_t n = text.size();
  bool open = false;           // a line has words on it
  bool any = false;            // a line was started
  std::size_t line_width = 0;  // display width of the open line's words
  std::size_t run = 0;         // [run, run_end): the open line's words not yet appended
  std::size_t run_end = 0;
  for (std::size_t i = 0; i < n;) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    const std::size_t start = i;
    const WordScan word = scan_word(s, i, n);
    i = word.end;
    // Colour codes take no columns: a word with an escape byte is measured the slow way.
    const std::size_t word_width = word.escape ? display_width(text.substr(start, i - start)) : word.width;
    if (open && width > 0 && line_width + 1 + word_width > width) {
      out.append(s + run, run_end - run);
      out += '\n';
      open = false;
    }
    if (open) {
      if (start != run_end + 1) {  // more than one space before this word: they become one
        out.append(s + run, run_end - run);
        out += ' ';
        run = start;
      }
      run_end = i;
      line_width += 1 + word_width;
    } else {
      out += any ? rest : first;
      any = open = true;
      run = start;
      run_end = i;
      line_width = word_width;
    }
  }
  if (open) out.append(s + run, run_end - run);
  if (!any) out += first;
}


// Printable ASCII with single spaces between words and none at either end: a byte is a column
// and a space a word break, so lines can be cut without looking at words.
bool plain_words(std::string_view text) {
  const std::size_t n = text.size();
  if (n == 0 || text.front() == ' ' || text.back() == ' ') return false;
  bool space_before = false;  // the byte before the current one is a space
  std::size_t i = 0;
  for (; n - i >= 8; i += 8) {
    const std::uint64_t w = lanes::load(text.data() + i);
    if (lanes::high(w) != 0 || lanes::below(w, 0x20) != 0 || lanes::equal(w, 0x7f) != 0) return false;
    // A false mark after a space reads as two spaces: the text then merely takes the slow path.
    const std::uint64_t spaces = lanes::equal(w, ' ');
    if ((spaces & (spaces << 8)) != 0 || (space_before && (spaces & 0x80) != 0)) return false;  // two spaces
    space_before = (spaces >> 63) != 0;
  }
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c >= 0x7f) return false;
    if (c == ' ' && space_before) return false;
    space_before = c == ' ';
  }
  return true;
}

// Appends `text` wrapped at spaces to lines of at most `width` code points (0: no limit), the
// first line after `first`, the others after `rest`; no newline after the last line. Text with
// no words gives `first` alone. Plain text (plain_words) is cut a line at a time at the last
// space that fits; anything else goes word by word.
void append_wrapped(std::string& out, std::string_view text, std::size_t width, std::string_view first,
                    std::string_view rest) {
  if (width == 0 || !plain_words(text)) {
    append_wrapped_words(out, text, width, first, rest);
    return;
  }
  const char* const s = text.data();
  const std::size_t n = text.size();
  std::string_view prefix = first;
  std::size_t pos = 0;
  while (n - pos > width) {
    // The last space within the line's width ends it; a word longer than the width stands alone.
    const void* cut = ::memrchr(s + pos, ' ', width + 1);
    if (cut == nullptr) cut = std::memchr(s + pos + width + 1, ' ', n - pos - width - 1);
    if (cut == nullptr) break;
    const auto end = static_cast<std::size_t>(static_cast<const char*>(cut) - s);
    out += prefix;
    out.append(s + pos, end - pos);
    out += '\n';
    pos = end + 1;
    prefix = rest;
  }
  out += prefix;
  out.append(s + pos, n - pos);
}

}  // namespace

void append_hanging(std::string& out, std::string_view prefix, std::string_view text, std::size_t width) {
  constexpr std::size_t k_min_text_width = 20;
  const std::size_t indent = display_width(prefix);
  const std::size_t room = width == 0 ? 0 : std::max(width > indent ? width - indent : 0, k_min_text_width);
  // The hanging indent, without building a string for the common widths.
  static constexpr std::string_view k_spaces = "                                                                ";
  if (indent <= k_spaces.size()) {
    append_wrapped(out, text, room, prefix, k_spaces.substr(0, indent));
  } else {
    append_wrapped(out, text, room, prefix, std::string(indent, ' '));
  }
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
    if (m_wrap_column < columns) {
      // Only the free-text column gives way, and never below a readable width.
      constexpr std::size_t k_min_free_text = 20;
      for (std::size_t i = 0; i < columns; ++i) {
        if (i != m_wrap_column) narrowest[i] = widths[i];
      }
      narrowest[m_wrap_column] = std::min(widths[m_wrap_column], std::max(narrowest[m_wrap_column], k_min_free_text));
    }
    std::size_t tightest = separators;
    for (auto w : narrowest) tightest += w;
    if (tightest > max_width && columns > 1 && m_wrap_column >= columns) return render_records(max_width);
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
        wrapped[i].clear();  // keeps its room from row to row
        append_wrapped(wrapped[i], cell, widths[i], "", "");
        rest[i] = wrapped[i];
      } else {
        rest[i] = cell;
      }
      height = std::max(height, static_cast<std::size_t>(std::count(rest[i].begin(), rest[i].end(), '\n')) + 1);
    }
    for (std::size_t l = 0; l < height; ++l) {
      const std::size_t start = out.size();
      std::size_t pad = 0;  // blanks owed before the next non-empty part: none trail a line
      for (std::size_t i = 0; i < columns; ++i) {
        const std::size_t end = std::min(rest[i].find('\n'), rest[i].size());
        const std::string_view part = rest[i].substr(0, end);
        rest[i].remove_prefix(std::min(end + 1, rest[i].size()));
        if (!part.empty()) {
          out.append(pad, ' ');
          out += part;
          pad = widths[i] - std::min(widths[i], display_width(part)) + 2;
        } else {
          pad += widths[i] + 2;
        }
      }
      while (out.size() > start && out.back() == ' ') out.pop_back();  // a cell's own trailing blanks
      out += '\n';
    }
  };
  emit(m_header);
  for (const auto& row : m_rows) emit(row);
  return out;
}

std::string TextTable::render_tsv() const {
  std::string out;
  auto emit = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < m_header.size(); ++i) {
      if (i > 0) out += '\t';
      if (i >= row.size()) continue;
      for (const char ch : row[i]) out += ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch;
    }
    out += '\n';
  };
  emit(m_header);
  for (const auto& row : m_rows) emit(row);
  return out;
}

}  // namespace careerplan
