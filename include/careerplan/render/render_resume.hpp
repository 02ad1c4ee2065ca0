#pragma once
// What careerplan read from a JSON Resume, shown after the plan so a person can check it: years of
// IT and other experience, education, estimated levels, and what was not recognised.
#include <string>

#include "careerplan/base/json_writer.hpp"
#include "careerplan/model/profile.hpp"
#include "careerplan/render/render.hpp"

namespace careerplan {

// The closing note of a text report; "" when the profile is not a résumé.
std::string render_resume_note_text(const Content& content, const Profile& profile, const TextStyle& style);

// The same as a Markdown section ("## Read from your résumé"); "" when the profile is not a résumé.
std::string render_resume_note_markdown(const Content& content, const Profile& profile);

// Writes `"resume": {...}` into an open JSON object; nothing when the profile is not a résumé.
void write_resume_json(JsonWriter& out, const Content& content, const Profile& profile);

}  // namespace careerplan
