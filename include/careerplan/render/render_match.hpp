#pragma once
// A person's fit to one job posting (plan/job_match.hpp) as text, Markdown or JSON.
#include <string>

#include "careerplan/plan/job_match.hpp"
#include "careerplan/render/render.hpp"

namespace careerplan {

// `explain`: also where in the posting each requirement was read and how each step's hours add up.
std::string render_match_text(const Content& content, const JobFit& fit, const TextStyle& style, bool explain);
std::string render_match_markdown(const Content& content, const JobFit& fit);
// Follows schema/match.schema.json.
std::string render_match_json(const Content& content, const JobFit& fit);

}  // namespace careerplan
