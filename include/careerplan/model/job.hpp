#pragma once
// One job posting (the JSON Resume job schema), resolved against a content pack: what it asks of a
// person in careerplan's terms, each item with the posting text it was read from.
#include <optional>
#include <string>
#include <vector>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/model/model.hpp"

namespace careerplan {

struct JobSkillNeed {
  Index skill = 0;
  int level = 0;
  bool level_stated = false;  // from the posting's level word, else careerplan's default
  std::string from;           // "skills[1].keywords[0] 'SQL', level 'Intermediate'"
};

struct JobCertNeed {
  Index cert = 0;
  std::string from;  // "qualifications[2] 'ITIL 4 Foundation preferred'"
};

struct JobPosting {
  std::string file;
  std::string title;
  std::string company;
  std::vector<JobSkillNeed> skills;  // distinct skills, in posting order
  std::vector<JobCertNeed> certs;
  std::optional<double> years;       // years of experience asked for
  bool years_estimated = false;      // read from a level word ("Mid-level"), not a number
  std::string years_from;
  std::optional<Education> education;
  std::string education_from;
  std::vector<std::string> unmatched;  // skill names and keywords careerplan does not know
  std::vector<Diagnostic> warnings;
};

}  // namespace careerplan
