#include "careerplan/render/markdown.hpp"

#include <algorithm>

#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"

namespace careerplan {

namespace {

constexpr std::string_view k_replacement_char = "\xEF\xBF\xBD";  // U+FFFD

bool is_ascii_punctuation(unsigned char c) {
  return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
         (c >= 0x7B && c <= 0x7E);
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
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F) {
        out += ' ';
      } else {
        if (is_ascii_punctuation(c)) out += '\\';
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
