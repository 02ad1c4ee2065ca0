#pragma once
// What changed between two versions of a person's profile (`careerplan progress OLD NEW`):
// levels and certifications gained, fit gained per target, steps completed and the learning
// time they stand for.
#include <optional>
#include <string>
#include <vector>

#include "careerplan/plan/planner.hpp"

namespace careerplan {

struct LevelGain {
  Index skill = 0;
  std::string id;
  std::string name;
  int before = 0;  // effective levels, done progress counted
  int after = 0;
};

struct FitGain {
  Index track = 0;
  std::string id;
  std::string title;
  double before = 0;
  double after = 0;
};

// A step the new profile records as done and the old one did not.
struct CompletedStep {
  std::string key;     // "skill:sql@3", "cert:itil-4-foundation", "project:incident-runbook"
  ProgressKind kind = ProgressKind::skill;
  std::string title;   // "Raise SQL to level 3", "Get ITIL 4 Foundation", "Project: Write the runbook ..."
  Range hours;         // what it took, measured from the old profile: a level already held costs nothing
  bool estimate = false;
};

struct ProgressReport {
  std::string old_file;
  std::string new_file;
  std::string name;            // the new profile's name
  StageStanding stage_before;
  StageStanding stage_after;
  std::vector<LevelGain> levels;      // skills whose effective level rose, in content order
  std::vector<CertRef> certifications;  // held now and not before, in content order
  std::vector<FitGain> fits;          // the new plan's target tracks, in its order
  std::vector<CompletedStep> completed;  // in the new profile's progress order
  std::vector<std::string> in_progress;  // keys recorded in progress in the new profile
  Range hours_saved;                  // the completed steps' hours, summed
  double hours_per_week = k_default_hours_per_week;
};

// Compares the two profiles, each with its done progress counted; the targets are those the new
// profile's plan chooses with `options`.
ProgressReport compare_progress(const Content& content, const Profile& before, const Profile& after,
                                const PlanOptions& options);

}  // namespace careerplan
