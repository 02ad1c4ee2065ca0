#pragma once
// What the HTML plan's sections share: escaping shorthands, dates and section markup.
#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "careerplan/base/calendar.hpp"
#include "careerplan/model/model.hpp"
#include "careerplan/plan/planner.hpp"
#include "careerplan/render/html_escape.hpp"
#include "careerplan/render/plan_format.hpp"

namespace careerplan {

namespace html_page {

inline constexpr std::string_view k_dash = " \u2014 ";

// Profile and content text in element content: escaped and direction-isolated.
inline std::string u(std::string_view s) { return html_user_text(s); }
// The same text in an attribute value, where markup cannot go.
inline std::string attr(std::string_view s) { return html_escape(s); }

// A section is labelled by its heading, so screen readers list it by name.
inline std::string section_open(std::string_view id, std::string_view title) {
  return fmt::format("<section aria-labelledby=\"{0}\">\n<h2 id=\"{0}\">{1}</h2>\n", id, title);
}
inline std::string paragraph(std::string_view html) { return fmt::format("<p>{}</p>\n", html); }

}  // namespace html_page

// The plan's route section (moves, map, other routes) or, without a route search, the ladder
// from the current stage; empty when there is neither. Dates are shown when `start` is given.
std::string html_route_section(const Content& content, const Plan& plan, std::optional<std::chrono::sys_days> start);

}  // namespace careerplan
