#include <fmt/format.h>

#include <algorithm>

#include "careerplan/render/html_escape.hpp"
#include "careerplan/render/svg.hpp"

namespace careerplan {

namespace {

constexpr double k_margin = 10;
constexpr double k_box_width = 170;
constexpr double k_box_height = 70;
constexpr double k_gap_x = 130;  // room for an arrow and its two labels
constexpr double k_gap_y = 30;
constexpr double k_top = 30;     // room for "you are here" above the first row
// Characters per line at 13px inside a box, and per line of an arrow label at 11px.
constexpr std::size_t k_box_chars = 22;
constexpr std::size_t k_box_lines = 3;
constexpr std::size_t k_arrow_chars = 20;
constexpr double k_line_height = 15;

double box_x(const DiagramBox& b) { return k_margin + static_cast<double>(b.column) * (k_box_width + k_gap_x); }
double box_y(const DiagramBox& b) { return k_top + static_cast<double>(b.row) * (k_box_height + k_gap_y); }

std::string box(const DiagramBox& b) {
  const double x = box_x(b);
  const double y = box_y(b);
  std::string out = fmt::format("<g class=\"node{}\"><title>{}</title>", b.current ? " current" : "", html_escape(b.title));
  out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{}\" height=\"{}\" rx=\"6\"/>", x, y, k_box_width, k_box_height);
  const std::vector<std::string> lines = wrap_label(b.title, k_box_chars, k_box_lines);
  const double first = y + k_box_height / 2 - k_line_height * static_cast<double>(lines.size()) / 2 + k_line_height * 0.75;
  out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">", x + k_box_width / 2, first);
  for (std::size_t l = 0; l < lines.size(); ++l) {
    out += fmt::format("<tspan x=\"{:.1f}\" dy=\"{}\">{}</tspan>", x + k_box_width / 2, l == 0 ? 0.0 : k_line_height,
                       html_escape(lines[l]));
  }
  out += "</text>";
  if (b.current) {
    out += fmt::format("<text class=\"here\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">\u25BC you are here</text>",
                       x + k_box_width / 2, y - 8);
  }
  return out + "</g>";
}

std::string arrow(std::string_view sid, const DiagramArrow& a, const std::vector<DiagramBox>& boxes) {
  const DiagramBox& from = boxes[a.from];
  const DiagramBox& to = boxes[a.to];
  const double x1 = box_x(from) + k_box_width;
  const double y1 = box_y(from) + k_box_height / 2;
  const double x2 = box_x(to) - 4;
  const double y2 = box_y(to) + k_box_height / 2;
  std::string out = fmt::format("<g class=\"hop\"><title>{}: {}</title>", html_escape(a.kind), html_escape(a.estimate));
  out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" marker-end=\"url(#{}-arrow)\"/>", x1, y1,
                     x2, y2, sid);
  // Labels sit over the arrow's first half, where arrows fanning out from one box are still apart.
  const double lx = x1 + (x2 - x1) * 0.5;
  const double ly = y1 + (y2 - y1) * 0.5;
  const auto kind = wrap_label(a.kind, k_arrow_chars, 1);
  const auto estimate = wrap_label(a.estimate, k_arrow_chars, 2);
  if (!kind.empty()) {
    out += fmt::format("<text class=\"hop-kind\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>", lx, ly - 6,
                       html_escape(kind.front()));
  }
  for (std::size_t l = 0; l < estimate.size(); ++l) {
    out += fmt::format("<text class=\"hop-estimate\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>", lx,
                       ly + 14 + 13 * static_cast<double>(l), html_escape(estimate[l]));
  }
  return out + "</g>";
}

}  // namespace

std::string svg_route(std::string_view id, std::string_view title, std::string_view description,
                      const std::vector<DiagramBox>& boxes, const std::vector<DiagramArrow>& arrows) {
  const std::string sid = html_escape(id);
  std::size_t columns = 1;
  std::size_t rows = 1;
  for (const auto& b : boxes) {
    columns = std::max(columns, b.column + 1);
    rows = std::max(rows, b.row + 1);
  }
  const double width = 2 * k_margin + static_cast<double>(columns) * k_box_width + static_cast<double>(columns - 1) * k_gap_x;
  const double height = k_top + static_cast<double>(rows) * k_box_height + static_cast<double>(rows - 1) * k_gap_y + 30;
  std::string out = fmt::format(
      "<svg class=\"route\" role=\"img\" viewBox=\"0 0 {:.0f} {:.0f}\" style=\"max-width:{:.0f}px\" "
      "aria-labelledby=\"{}-title {}-desc\" xmlns=\"http://www.w3.org/2000/svg\">",
      width, height, width, sid, sid);
  out += fmt::format("<title id=\"{}-title\">{}</title><desc id=\"{}-desc\">{}</desc>", sid, html_escape(title), sid,
                     html_escape(description));
  out += fmt::format(
      "<defs><marker id=\"{}-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
      "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow-head\"/></marker></defs>",
      sid);
  for (const auto& a : arrows) {
    if (a.from < boxes.size() && a.to < boxes.size()) out += arrow(sid, a, boxes);
  }
  for (const auto& b : boxes) out += box(b);
  return out + "</svg>";
}

}  // namespace careerplan
