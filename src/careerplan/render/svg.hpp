#pragma once
// The inline SVG pictures of the HTML plan: a skills radar and a left-to-right route diagram.
// Both take plain values, escape every string they draw, and return an `<svg role="img">`
// element with a <title> and <desc>; `id` keeps their pattern and marker ids unique in the page.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace careerplan {

struct RadarAxis {
  std::string name;
  int have = 0;  // the person's level, 0..5
  int need = 0;  // the level asked for, 0..5
};

// One axis per skill; the asked polygon is hatched and the person's polygon drawn over it in a
// solid fill, so the hatching left showing is the gap.
std::string svg_radar(std::string_view id, std::string_view title, const std::vector<RadarAxis>& axes);

struct DiagramBox {
  std::string title;
  std::size_t column = 0;
  std::size_t row = 0;
  bool current = false;  // the person's position: a thick border and "you are here"
};

struct DiagramArrow {
  std::size_t from = 0;  // indexes into the boxes
  std::size_t to = 0;
  std::string kind;      // "up the ladder"; drawn above the arrow
  std::string estimate;  // "about 4–7 months"; drawn below the arrow
};

// Boxes placed by column (left to right) and row, joined by labelled arrows.
std::string svg_route(std::string_view id, std::string_view title, std::string_view description,
                      const std::vector<DiagramBox>& boxes, const std::vector<DiagramArrow>& arrows);

}  // namespace careerplan
