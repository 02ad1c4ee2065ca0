#pragma once
// Turns a profile's YAML (or JSON) into a Profile resolved against a content pack.
#include <chrono>
#include <optional>
#include <string>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/model/profile.hpp"

namespace careerplan {

// How a profile's text is written: YAML (a profile file), or JSON (a JSON Lines record).
enum class ProfileSyntax : unsigned char { yaml, json };

// Parses the file's text (its name used in messages); throws Failure(data) listing every problem.
// A JSON Resume (resume_loader.hpp) is read as a profile too; its open-ended positions run to
// `as_of`, by default plan_start_day().
Profile load_profile(const TextFile& file, const Content& content, ProfileSyntax syntax = ProfileSyntax::yaml,
                     std::optional<std::chrono::sys_days> as_of = std::nullopt);

}  // namespace careerplan
