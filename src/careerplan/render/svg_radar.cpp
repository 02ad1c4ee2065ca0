#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "careerplan/model/model.hpp"
#include "careerplan/render/html_escape.hpp"
#include "careerplan/render/svg.hpp"

namespace careerplan {

namespace {

// The picture's size: the labels get the room left and right of the circle.
// Labels are 16px (the stylesheet's), so that on a 400px phone, where the 600-wide picture is
// drawn at about 0.6 of its size, they are still 10px.
constexpr double k_width = 600;
constexpr double k_height = 520;
constexpr double k_cx = k_width / 2;
constexpr double k_cy = 245;  // above the middle: the legend sits below the labels
constexpr double k_radius = 120;
constexpr double k_label_gap = 14;
// Characters per label line at 16px, so a label beside the circle stays inside the viewBox.
constexpr std::size_t k_label_chars = 15;
constexpr std::size_t k_label_lines = 3;
constexpr double k_line_height = 18;

struct Point {
  double x = 0;
  double y = 0;
};

// The first axis points up and the rest follow clockwise.
Point at(std::size_t axis, std::size_t count, double radius) {
  const double angle = 2 * std::numbers::pi * static_cast<double>(axis) / static_cast<double>(count) - std::numbers::pi / 2;
  return Point{k_cx + radius * std::cos(angle), k_cy + radius * std::sin(angle)};
}

double level_radius(int level) { return k_radius * std::clamp(level, 0, k_max_level) / k_max_level; }

std::string polygon_points(const std::vector<RadarAxis>& axes, bool need) {
  std::string out;
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const Point p = at(i, axes.size(), level_radius(need ? axes[i].need : axes[i].have));
    out += fmt::format("{}{:.1f},{:.1f}", i == 0 ? "" : " ", p.x, p.y);
  }
  return out;
}

std::string label(const RadarAxis& axis, std::size_t i, std::size_t count) {
  const Point p = at(i, count, k_radius + k_label_gap);
  const double dx = p.x - k_cx;
  const double dy = p.y - k_cy;
  const char* anchor = dx > 1 ? "start" : dx < -1 ? "end" : "middle";
  const std::vector<std::string> lines = wrap_label(axis.name, k_label_chars, k_label_lines);
  const double height = k_line_height * static_cast<double>(lines.size() + 1);  // + the levels line
  // Labels above the circle grow upwards, those below grow downwards, those beside are centred.
  double top = p.y - height / 2 + k_line_height * 0.8;
  if (dy < -k_radius * 0.5) top = p.y - height + k_line_height * 0.8;
  if (dy > k_radius * 0.5) top = p.y + k_line_height * 0.8;
  std::string out = fmt::format("<text class=\"radar-label\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\">", p.x, top, anchor);
  out += fmt::format("<title>{}: you {}, needed {}</title>", html_escape(axis.name), axis.have, axis.need);
  for (std::size_t l = 0; l < lines.size(); ++l) {
    out += fmt::format("<tspan x=\"{:.1f}\" dy=\"{}\">{}</tspan>", p.x, l == 0 ? 0.0 : k_line_height, html_escape(lines[l]));
  }
  out += fmt::format("<tspan class=\"radar-levels\" x=\"{:.1f}\" dy=\"{}\">you {} \u00B7 needs {}</tspan></text>", p.x, k_line_height,
                     axis.have, axis.need);
  return out;
}

}  // namespace

std::string svg_radar(std::string_view id, std::string_view title, const std::vector<RadarAxis>& axes) {
  const std::string sid = html_escape(id);
  std::string desc = "Your level against the level asked for, per key skill:";
  for (const auto& a : axes) desc += fmt::format(" {}: you {}, needed {}.", a.name, a.have, a.need);
  std::string out = fmt::format(
      "<svg class=\"radar\" role=\"img\" viewBox=\"0 0 {} {}\" aria-labelledby=\"{}-title {}-desc\" "
      "xmlns=\"http://www.w3.org/2000/svg\">",
      k_width, k_height, sid, sid);
  out += fmt::format("<title id=\"{}-title\">Skills radar: {}</title><desc id=\"{}-desc\">{}</desc>", sid,
                     html_escape(title), sid, html_escape(desc));
  out += fmt::format(
      "<defs><pattern id=\"{}-gap\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"gap-bg\"/>"
      "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"gap-line\"/></pattern></defs>",
      sid);
  if (axes.empty()) return out + "</svg>";
  for (int level = 1; level <= k_max_level; ++level) {
    std::string ring;
    for (std::size_t i = 0; i < axes.size(); ++i) {
      const Point p = at(i, axes.size(), level_radius(level));
      ring += fmt::format("{}{:.1f},{:.1f}", i == 0 ? "" : " ", p.x, p.y);
    }
    out += fmt::format("<polygon class=\"radar-grid\" points=\"{}\"/>", ring);
  }
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const Point p = at(i, axes.size(), k_radius);
    out += fmt::format("<line class=\"radar-axis\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>", k_cx, k_cy, p.x, p.y);
  }
  out += fmt::format("<polygon class=\"radar-need\" fill=\"url(#{}-gap)\" points=\"{}\"/>", sid, polygon_points(axes, true));
  out += fmt::format("<polygon class=\"radar-have\" points=\"{}\"/>", polygon_points(axes, false));
  // The asked outline again on top, so a level above the asked one does not hide it.
  out += fmt::format("<polygon class=\"radar-need-line\" points=\"{}\"/>", polygon_points(axes, true));
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const Point p = at(i, axes.size(), level_radius(axes[i].have));
    out += fmt::format("<circle class=\"radar-dot\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3\"/>", p.x, p.y);
  }
  for (std::size_t i = 0; i < axes.size(); ++i) out += label(axes[i], i, axes.size());
  // The legend: what the solid and hatched areas mean, so the picture reads without colour.
  out += fmt::format(
      "<g class=\"radar-legend\"><rect x=\"8\" y=\"{0}\" width=\"16\" height=\"16\" class=\"radar-have\"/>"
      "<text x=\"32\" y=\"{1}\">your level</text>"
      "<rect x=\"140\" y=\"{0}\" width=\"16\" height=\"16\" fill=\"url(#{2}-gap)\" class=\"legend-gap\"/>"
      "<text x=\"164\" y=\"{1}\">gap to the level asked for</text></g>",
      k_height - 26, k_height - 12, sid);
  return out + "</svg>";
}

}  // namespace careerplan
