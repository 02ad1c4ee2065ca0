#pragma once
// Profile arguments as a person types them: files, "-", and folders standing for their profiles.
#include <string>
#include <vector>

namespace careerplan::cli {

// Every *.yaml and *.json file (profiles and résumés) directly inside `dir` (hidden files skipped), sorted by name, as paths.
// Throws Failure: no_input when `dir` cannot be read or holds no profile.
std::vector<std::string> profiles_in(const std::string& dir);

// Replaces each folder among `args` by profiles_in(folder); other arguments stay as they are.
std::vector<std::string> expand_profile_args(const std::vector<std::string>& args);

}  // namespace careerplan::cli
