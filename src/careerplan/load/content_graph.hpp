#pragma once
// Whole-pack checks that need every item loaded: the stage graph and the pack's completeness.
#include <string>

#include "careerplan/model/model.hpp"

namespace careerplan {

// Reports cycles in stages' leads_to, a stage leading to an earlier stage of the ladder
// (which would make "later on the ladder" meaningless), and a pack without stages or tracks.
void check_content(const Content& content, const std::string& pack_name, Diagnostics& diags);

}  // namespace careerplan
