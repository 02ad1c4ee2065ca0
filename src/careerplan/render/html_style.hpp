#pragma once
// The HTML plan's inline stylesheet, screen and print.
#include <string_view>

namespace careerplan {

// CSS for the page: greyscale-safe (patterns and line styles carry meaning, not hue alone),
// long words wrap anywhere, and a print stylesheet that keeps tables and pictures whole.
std::string_view html_stylesheet();

}  // namespace careerplan
