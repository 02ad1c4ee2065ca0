#pragma once
// Finding a catalogue entry by a name typed on the command line.
#include <string>
#include <string_view>

#include "careerplan/model/model.hpp"

namespace careerplan::cli {

enum class CatalogueKind { track, stage, skill, cert };

// The entry of `kind` that `typed` names: an id, an alias or a display name, in any case
// (IdTable::find_name). On a miss, throws Failure(usage) "unknown KIND 'x'WHERE", with the name
// of another kind it matches ("'linux' is a skill") or else the closest name of this kind ("did
// you mean 'y'?"), and a hint naming the command that lists or shows it.
Index find_id(const Content& content, CatalogueKind kind, const std::string& typed, std::string_view where = {});

}  // namespace careerplan::cli
