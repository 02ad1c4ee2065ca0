#pragma once
// The line-by-line writing the terminal reports share (the plan and the route): blank-line
// separated headings, lines, and text wrapped under a prefix to the terminal's width.
#include <string>
#include <string_view>

#include "careerplan/render/render.hpp"
#include "careerplan/base/text_table.hpp"

namespace careerplan {

class TextReportBase {
protected:
  explicit TextReportBase(const TextStyle& style) : m_style(style) {}

  // Columns left for text that starts `indent` columns in; 0 means "do not wrap".
  [[nodiscard]] std::size_t room(std::size_t indent) const {
    constexpr std::size_t k_min_text_width = 20;
    if (m_style.width == 0) return 0;
    return m_style.width > indent + k_min_text_width ? m_style.width - indent : k_min_text_width;
  }

  void line(std::string_view text = {}) {
    m_out += text;
    m_out += '\n';
  }

  // `paint_it`: false when the title is painted already.
  void heading(std::string_view title, bool paint_it = true) {
    line();
    line(paint_it ? paint(title, Emphasis::heading, m_style) : std::string(title));
  }

  void hanging(std::string_view prefix, std::string_view text) { append_hanging(m_out, prefix, text, m_style.width); }

  const TextStyle& m_style;
  std::string m_out;
};

}  // namespace careerplan
