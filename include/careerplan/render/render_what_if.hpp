#pragma once
// The what-if comparison (`--assume`) rendered as a text section, a JSON object (the report's
// "what_if" member) and a Markdown section. Today and with-assumptions stand side by side.
#include <nlohmann/json.hpp>

#include <string>

#include "careerplan/render/render.hpp"
#include "careerplan/plan/what_if.hpp"

namespace careerplan {

// Starts with a blank line, so it can follow a report.
std::string render_what_if_text(const WhatIf& what_if, const TextStyle& style);
nlohmann::ordered_json what_if_to_json(const Content& content, const WhatIf& what_if);
// A section under a heading of `level` ("##" for 2); starts with a blank line.
std::string render_what_if_markdown(const WhatIf& what_if, int level);

}  // namespace careerplan
