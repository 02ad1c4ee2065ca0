#pragma once
// Where a person stands on the ladder: years of experience are the backbone, skills confirm or
// qualify (docs/scoring.md, "Placement"). One missing skill does not push a person back a stage:
// it is listed as something to consolidate.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/match/evaluate.hpp"
#include "careerplan/model/model.hpp"
#include "careerplan/model/profile.hpp"

namespace careerplan {

// How sure a placement is: stated in the profile; every check of the stage's evidence holds;
// at least half of them hold; or no stage's evidence holds well enough and the person is placed
// by years alone (or at the first stage).
enum class Confidence : std::uint8_t { stated, high, medium, low };
std::string_view confidence_name(Confidence c);

struct CurrentStage {
  Index stage = 0;
  bool inferred = false;
  Confidence confidence = Confidence::low;
  // One sentence for people: "stated in the profile", "9 years of experience (this stage: 7 or
  // more) and 3 of 3 skill checks", ...
  std::string reason;
  Explanation evidence;  // the chosen stage's inferred_when (empty when the first stage by default)
  // What the chosen stage's evidence still misses: unmet checks other than years, to consolidate
  // the stage. Empty when every check holds.
  std::vector<Need> consolidate;
};

// The stated stage, else the last stage in ladder order whose years are met and at least half of
// whose other evidence checks (inferred_when, `all` flattened, an `any` counting once) hold, else
// the first stage. A stage whose inferred_when is Rule::always() (none given) is never inferred.
// Content must have a stage. `checks`: the evidence explanation records its check lines.
CurrentStage find_current_stage(const Content& content, const Profile& profile, bool checks = true);

}  // namespace careerplan
