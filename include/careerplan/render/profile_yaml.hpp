#pragma once
// A Profile written back as an editable careerplan profile (YAML), for `careerplan import`: a
// comment beside each value read from a résumé says where it came from.
#include <string>
#include <string_view>

#include "careerplan/model/profile.hpp"

namespace careerplan {

// The profile file's text; `source_name` is the résumé's name as given on the command line.
// Loading the result with load_profile gives the same skills, levels, certifications, education
// and years.
std::string render_profile_yaml(const Content& content, const Profile& profile, std::string_view source_name);

}  // namespace careerplan
