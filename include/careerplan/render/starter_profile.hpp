#pragma once
// The profile `careerplan init` writes: a commented starter, or a person's answers to its
// questions. Both are valid profiles for the pack they were made from.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/model/model.hpp"

namespace careerplan {

struct ProfileAnswers {
  std::string name;
  double years_experience = 0;
  std::optional<Index> current_stage;  // absent: careerplan infers it
  std::vector<SkillLevel> skills;      // in the order given
  std::vector<Index> certifications;
  std::optional<Education> education;  // absent: not asked or skipped
  std::vector<Index> target_tracks;     // goals.tracks, in the order given
  double hours_per_week = 5;            // goals.hours_per_week
};

// `schema` is what the first line's `$schema=` names for editors; empty: no such line.
std::string starter_profile(const Content& content, std::string_view schema);
std::string answers_profile(const Content& content, const ProfileAnswers& answers, std::string_view schema);

// A YAML double-quoted scalar holding `text` exactly.
std::string yaml_quoted(std::string_view text);

}  // namespace careerplan
