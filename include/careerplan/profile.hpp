#pragma once
// A person's profile, resolved against a content pack (ids and aliases already turned into indices).
#include <optional>
#include <string>
#include <vector>

#include "careerplan/diagnostics.hpp"
#include "careerplan/model.hpp"

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
};

}  // namespace careerplan
