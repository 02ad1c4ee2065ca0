#pragma once
// Finding a catalogue entry by an id or alias typed on the command line.
#include <string>
#include <string_view>

#include "careerplan/model/model.hpp"

namespace careerplan::cli {

// The entry `typed` names: an id, an alias or a display name, in any case (IdTable::find_name).
// Throws Failure(usage) "unknown KIND 'x'WHERE (did you mean 'y'?)" with a hint naming
// `list_command`, which lists the valid names.
Index find_id(const IdTable& ids, const std::string& typed, std::string_view kind,
              std::string_view list_command, std::string_view where = {});

}  // namespace careerplan::cli
