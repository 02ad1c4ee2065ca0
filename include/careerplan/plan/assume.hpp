#pragma once
// What-if assumptions typed on the command line (`--assume itil-4-foundation --assume sql=4`),
// parsed against the content pack and applied to a copy of a profile.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/model/model.hpp"
#include "careerplan/model/profile.hpp"

namespace careerplan {

enum class AssumptionKind : std::uint8_t { cert, skill };

struct Assumption {
  AssumptionKind kind = AssumptionKind::cert;
  Index index = 0;    // certification or skill
  int level = 0;      // skill: the assumed level, 1..5
  std::string text;   // as typed
  std::string label;  // "ITIL 4 Foundation", "SQL at level 4"
};

// A certification id or alias, or SKILL=LEVEL with a skill id or alias and a level from 1 to 5.
// Throws Failure(usage) naming the assumption, with "did you mean" for an unknown id.
Assumption parse_assumption(const Content& content, std::string_view text);

// The profile as if the assumptions held: each certification held, each skill at exactly the
// assumed level (an assumption may lower a stated level). Later assumptions win.
Profile apply_assumptions(Profile profile, const std::vector<Assumption>& assumptions);

}  // namespace careerplan
