#include "careerplan/render/html_escape.hpp"

#include <algorithm>

namespace careerplan {

namespace {

constexpr std::string_view k_ellipsis = "\u2026";

// Code points of `text` as byte slices; a stray continuation byte counts as one.
std::vector<std::string_view> code_points(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i + 1;
    while (j < text.size() && (static_cast<unsigned char>(text[j]) & 0xC0U) == 0x80U) ++j;
    out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if ((static_cast<unsigned char>(ch) < 0x20U && ch != '\n' && ch != '\t') || ch == '\x7f') {
          out += ' ';
        } else {
          out += ch;
        }
    }
  }
  return out;
}

std::string html_user_text(std::string_view text) { return "<span dir=\"auto\">" + html_escape(text) + "</span>"; }

std::vector<std::string> wrap_label(std::string_view text, std::size_t width, std::size_t max_lines) {
  std::vector<std::string> lines;
  if (width == 0 || max_lines == 0) return lines;
  const std::vector<std::string_view> cps = code_points(text);
  std::size_t i = 0;
  while (i < cps.size() && lines.size() < max_lines) {
    while (i < cps.size() && (cps[i] == " " || cps[i] == "\n" || cps[i] == "\t")) ++i;
    if (i == cps.size()) break;
    std::size_t end = std::min(i + width, cps.size());
    if (end < cps.size()) {
      // Break at the last space that fits; a word longer than the line is cut where it must be.
      std::size_t space = end;
      while (space > i && cps[space] != " ") --space;
      if (space > i) end = space;
    }
    std::string line;
    for (std::size_t k = i; k < end; ++k) line += cps[k];
    while (!line.empty() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
    i = end;
  }
  while (i < cps.size() && cps[i] == " ") ++i;
  if (i < cps.size() && !lines.empty()) {
    // Room for the ellipsis: drop code points from the end of the last line until it fits.
    std::vector<std::string_view> last = code_points(lines.back());
    while (!last.empty() && last.size() + 1 > width) last.pop_back();
    std::string shortened;
    for (auto cp : last) shortened += cp;
    lines.back() = shortened + std::string(k_ellipsis);
  }
  return lines;
}

}  // namespace careerplan
