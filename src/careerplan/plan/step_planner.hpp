#pragma once
// The next steps and practice projects of a plan, chosen greedily by value per hour for the
// plan's targets (docs/scoring.md, "Next steps").
#include <vector>

#include "careerplan/plan/citer.hpp"
#include "careerplan/plan/planner.hpp"

namespace careerplan {

struct PlannedWork {
  std::vector<NextStep> steps;
  std::vector<ProjectStep> projects;
};

// `plan` holds the targets (target_tracks, first_target); `stage_targets` the stages worked
// towards. The profile's recorded progress marks steps in progress or skipped.
PlannedWork plan_work(const Content& content, const Profile& profile, const Subject& subject, const Plan& plan,
                      const std::vector<Index>& stage_targets, Citer& citer, int max_steps, int max_projects);

}  // namespace careerplan
