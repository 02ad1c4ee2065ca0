#pragma once
// A rule as one line of text for listings: "Linux 3+ and (ITIL 4 Foundation or CompTIA A+)".
#include <string>

#include "careerplan/model/model.hpp"

namespace careerplan {

// "none" for Rule::always().
std::string rule_text(const Rule& rule, const Content& content);

}  // namespace careerplan
