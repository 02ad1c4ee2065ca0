#pragma once
// Turns a profile's YAML into a Profile resolved against a content pack.
#include <string>

#include "careerplan/content_loader.hpp"
#include "careerplan/profile.hpp"

namespace careerplan {

// Parses `text` (named `file_name` in messages); throws Failure(data) listing every problem.
Profile load_profile(const TextFile& file, const Content& content);

}  // namespace careerplan
