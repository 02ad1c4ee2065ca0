#pragma once
// The questions `careerplan init --interactive` asks on a terminal. Prompts and catalogues go
// to stderr, so stdout carries only the profile when it is written there.
#include <cstdio>
#include <istream>

#include "careerplan/model/model.hpp"
#include "careerplan/render/render.hpp"
#include "careerplan/render/starter_profile.hpp"

namespace careerplan::cli {

// Asks for name, years, education, current stage, skills (with each one's level descriptions),
// certifications, target tracks and hours a week, re-asking after an unknown id or a number out of range. Throws
// Failure(usage) when input ends before the last question: nothing is written then.
ProfileAnswers interview(const Content& content, std::istream& in, std::FILE* out, const TextStyle& style);

}  // namespace careerplan::cli
