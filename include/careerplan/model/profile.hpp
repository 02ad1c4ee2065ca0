#pragma once
// A person's profile, resolved against a content pack (ids and aliases already turned into indices).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/model/model.hpp"

namespace careerplan {

struct ProfileSkill {
  Index skill = 0;
  int level = 0;
  Location where;
};

struct ProfileCert {
  Index cert = 0;
  std::optional<int> year;
  Location where;
};

inline constexpr double k_default_hours_per_week = 5;

enum class StepStatus : std::uint8_t { done, in_progress, skipped };
enum class ProgressKind : std::uint8_t { skill, cert, project };

// A step the person recorded: `progress: {"skill:sql@3": done, "cert:pmp": skipped}`.
struct ProgressEntry {
  ProgressKind kind = ProgressKind::skill;
  Index index = 0;  // skill, certification or project index
  int level = 0;    // skill steps: the level reached or aimed at
  StepStatus status = StepStatus::done;
  Location where;
};

struct Profile {
  std::string file;  // as named on the command line ("-" for stdin)
  std::string name;
  std::optional<Index> current_stage;  // absent: inferred by the matcher
  double years_experience = 0;
  Education education = Education::none;
  std::vector<ProfileSkill> skills;  // distinct skills, in file order
  std::vector<ProfileCert> certifications;
  std::vector<Index> target_tracks;  // goals.tracks, in the person's order of preference
  std::optional<Index> target_stage; // goals.stage
  double hours_per_week = k_default_hours_per_week;
  std::vector<ProgressEntry> progress;  // in file order, one entry per step
};

// "skill:sql@3", "cert:itil-4-foundation", "project:alert-automation": the step's stable key.
std::string progress_key(const Content& content, ProgressKind kind, Index index, int level);
std::string_view status_name(StepStatus s);

}  // namespace careerplan
