#pragma once
// Finding a catalogue entry by an id or alias typed on the command line.
#include <string>
#include <string_view>

#include "careerplan/model/model.hpp"

namespace careerplan::cli {

// The entry `typed` names (an id or an alias). Throws Failure(usage) "unknown KIND 'x' (did you
// mean 'y'?)" with a hint naming `list_command`, which lists the valid ids.
Index find_id(const IdTable& ids, const std::string& typed, std::string_view kind,
              std::string_view list_command);

}  // namespace careerplan::cli
