#include "careerplan/render/markdown.hpp"

#include <algorithm>

#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"

namespace careerplan {

namespace {

constexpr std::string_view k_replacement_char = "\xEF\xBF\xBD";  // U+FFFD

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool blank(char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f; }  // a space in the output

// Where a text's first word starts and where its leading digits end, found once, so each
// character's test is constant time.
struct TextStart {
  std::size_t first = 0;       // the first character that is not blank
  std::size_t digits_end = 0;  // the first character from `first` on that is not a digit
};

TextStart text_start(std::string_view text) {
  TextStart s;
  while (s.first < text.size() && blank(text[s.first])) ++s.first;
  s.digits_end = s.first;
  while (s.digits_end < text.size() && text[s.digits_end] >= '0' && text[s.digits_end] <= '9') ++s.digits_end;
  return s;
}

// The ASCII character at text[i] would act as Markdown rather than read as itself: code, emphasis,
// links, HTML, table cells, strike-through, entities anywhere; block markers at the start; a
// heading's closing #s. Everything else (".", "/", ":", "(", "-" inside a line) is left alone so
// the Markdown reads as plain text too.
bool needs_escape(std::string_view text, std::size_t i, const TextStart& start) {
  switch (text[i]) {
    case '\\':
    case '`':
    case '*':
    case '[':
    case ']':
    case '<':
    case '|':
    case '~':
      return true;
    case '_':  // between two letters or digits it cannot open or close emphasis
      return i == 0 || i + 1 == text.size() || !is_alnum(text[i - 1]) || !is_alnum(text[i + 1]);
    case '&': {  // only where it would start an entity, &name; or &#123; (a bounded look ahead)
      constexpr std::size_t k_longest_entity = 40;
      std::size_t j = i + 1;
      while (j < text.size() && j - i <= k_longest_entity && (is_alnum(text[j]) || text[j] == '#')) ++j;
      return j > i + 1 && j < text.size() && text[j] == ';';
    }
    case '#':
      return i == start.first || blank(text[i - 1]);
    case '>':
    case '=':
    case '-':
    case '+':
      return i == start.first;
    case '.':
    case ')':  // "1986. A year" would start an ordered list
      return i == start.digits_end && start.digits_end > start.first;
    default:
      return false;
  }
}

// Length a UTF-8 lead byte announces; 0 for a byte that cannot start a sequence.
std::size_t announced_length(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

std::string one_line(std::string_view cell) {
  std::string out(cell);
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return out;
}

}  // namespace

std::string markdown_escape(std::string_view text) {
  const TextStart start = text_start(text);
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F) {
        out += ' ';
      } else {
        if (needs_escape(text, i, start)) out += '\\';
        out += text[i];
      }
      i += 1;
      continue;
    }
    const std::size_t length = announced_length(c);
    if (length == 0 || text.size() - i < length || !is_valid_utf8(text.substr(i, length))) {
      out += k_replacement_char;
      i += 1;
      continue;
    }
    const bool c1_control = c == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (c1_control) {
      out += ' ';
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

void MarkdownTable::add_row(std::vector<std::string> cells) {
  cells.resize(m_columns.size());
  for (auto& cell : cells) cell = one_line(cell);
  m_rows.push_back(std::move(cells));
}

std::string MarkdownTable::render() const {
  std::vector<std::size_t> widths(m_columns.size(), 3);  // "---" is the shortest delimiter
  for (std::size_t i = 0; i < m_columns.size(); ++i) {
    widths[i] = std::max(widths[i], display_width(m_columns[i].header));
    for (const auto& row : m_rows) widths[i] = std::max(widths[i], display_width(row[i]));
  }
  auto pad = [](std::string cell, std::size_t width, Align align) {
    const std::size_t fill = width - std::min(width, display_width(cell));
    return align == Align::right ? std::string(fill, ' ') + cell : cell + std::string(fill, ' ');
  };
  std::string out;
  auto emit = [&](const std::vector<std::string>& cells) {
    out += '|';
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
      out += ' ';
      out += pad(cells[i], widths[i], m_columns[i].align);
      out += " |";
    }
    out += '\n';
  };
  std::vector<std::string> header;
  std::vector<std::string> rule;
  for (std::size_t i = 0; i < m_columns.size(); ++i) {
    header.push_back(one_line(m_columns[i].header));
    rule.push_back(m_columns[i].align == Align::right ? std::string(widths[i] - 1, '-') + ":"
                                                      : std::string(widths[i], '-'));
  }
  emit(header);
  emit(rule);
  for (const auto& row : m_rows) emit(row);
  return out;
}

void append_markdown_block(std::string& out, std::string_view text) {
  out += '\n';
  out += text;
  if (out.back() != '\n') out += '\n';
}

}  // namespace careerplan
