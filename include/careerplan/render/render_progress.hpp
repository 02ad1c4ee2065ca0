#pragma once
// The progress report (`careerplan progress OLD NEW`) as text, JSON and Markdown.
#include <nlohmann/json.hpp>

#include <string>

#include "careerplan/plan/progress_report.hpp"
#include "careerplan/render/render.hpp"

namespace careerplan {

std::string render_progress_text(const ProgressReport& report, const TextStyle& style);
nlohmann::ordered_json progress_to_json(const Content& content, const ProgressReport& report);
std::string render_progress_markdown(const ProgressReport& report);

}  // namespace careerplan
