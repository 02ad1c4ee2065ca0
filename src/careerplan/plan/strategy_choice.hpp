#pragma once
// The strategies a plan shows (docs/scoring.md, "Strategies"): those that apply to the person,
// ranked by how much they matter to them, each with a one-line reason drawn from the profile.
#include <vector>

#include "careerplan/match/evaluate.hpp"
#include "careerplan/plan/citer.hpp"
#include "careerplan/plan/planner.hpp"

namespace careerplan {

// Fills plan.strategies (at most options.max_strategies) and plan.other_strategies. `aiming` is
// the person aiming at the plan's target tracks and stage targets.
void choose_strategies(const Content& content, const Subject& aiming, Plan& plan, Citer& citer);

}  // namespace careerplan
