#pragma once
// How well a person fits one job posting: the skills it asks for against the levels held, the
// years and degree asked against those held, the certifications it names, the steps that close
// the gap (effort and weeks) and the content's track closest to the posting. Decides; prints nothing.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/model/job.hpp"
#include "careerplan/model/profile.hpp"

namespace careerplan {

struct JobSkillFit {
  Index skill = 0;
  int have = 0;  // effective level: stated, or evidenced by a certification held
  int need = 0;
  bool level_stated = false;  // the posting states the level (else careerplan's default, 2)
  std::string from;           // where the posting asks for it
};

struct JobCertFit {
  Index cert = 0;
  bool held = false;
  std::string from;
};

enum class JobStepKind : unsigned char { skill, cert, years, education };

// One thing to do to close the gap; skills and certifications in order of weeks, then years and
// education, which study alone does not close.
struct JobStep {
  JobStepKind kind = JobStepKind::skill;
  Index index = 0;  // skill or certification
  int from_level = 0, to_level = 0;
  Range hours;      // skill: hours from from_level to to_level; cert: preparation hours
  double weeks = 0; // hours.mid() at the hours a week available (years: the time to wait)
  std::string what; // "Raise SQL from 1 to 2", "Earn ITIL 4 Foundation", "Gain 1.5 more years of IT work"
};

struct JobFit {
  std::string title;
  std::string company;
  std::vector<JobSkillFit> skills;   // in posting order
  std::vector<JobCertFit> certs;
  std::optional<double> years_asked;
  bool years_estimated = false;
  std::string years_from;
  double years_held = 0;
  std::optional<Education> education_asked;
  std::string education_from;
  Education education_held = Education::none;
  double skill_fit = 0;  // share of the asked skill levels held (each capped at its need), 0..1
  int skills_met = 0;
  std::vector<JobStep> steps;
  double hours_per_week = 0;
  std::optional<Index> closest_track;
  std::string closest_why;           // "its role 'Database Administrator' is the posting's title"
  std::vector<std::string> unmatched;
};

// `hours_per_week`: > 0 overrides the profile's.
JobFit match_job(const Content& content, const Profile& profile, const JobPosting& job, double hours_per_week = 0);

std::string_view step_kind_name(JobStepKind k);

}  // namespace careerplan
