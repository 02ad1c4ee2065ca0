#pragma once
// A TeamSummary as a terminal report, a Markdown page, or JSON; all three show the same data.
#include <nlohmann/json.hpp>

#include <string>

#include "careerplan/render/render.hpp"
#include "careerplan/plan/team.hpp"

namespace careerplan {

// At most this many gaps in the text and Markdown reports; JSON lists them all.
inline constexpr std::size_t k_team_gaps_shown = 10;

std::string render_team_text(const TeamSummary& team, const TextStyle& style);
std::string render_team_markdown(const TeamSummary& team);
nlohmann::ordered_json team_to_json(const TeamSummary& team);

}  // namespace careerplan
