#pragma once
// A person's profile, resolved against a content pack (ids and aliases already turned into indices).
#include <cstdint>
#include <memory>
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

// The years a certification may be dated, in a profile and in a résumé alike.
inline constexpr int k_min_cert_year = 1950;
inline constexpr int k_max_cert_year = 2100;

struct ProfileCert {
  Index cert = 0;
  std::optional<int> year;  // within [k_min_cert_year, k_max_cert_year]
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

// Where one value of a profile read from a JSON Resume came from, for reports and `import`.
struct ResumeOrigin {
  std::string from;        // what the résumé says, e.g. "skills[0].keywords[2] 'Splunk'"
  bool estimated = false;  // the level is careerplan's conservative estimate, not the résumé's word
};

// One position of a résumé's work[], as counted towards experience.
struct ResumePosition {
  std::string title;    // "position at name"
  std::string period;   // "2019-03 to 2021" or "2019-03 to now"
  double years = 0;     // its own length, before overlaps are merged
  bool it = false;      // IT work (counted in years_experience) or other experience
  std::string why;      // what made it IT work, or "" for other experience
};

// What careerplan read from a JSON Resume, beside the Profile values it produced.
struct ResumeFacts {
  std::string as_of;                        // YYYY-MM-DD open-ended positions run to
  std::vector<ResumePosition> positions;    // work[], in file order
  double other_years = 0;                   // merged non-IT work, never part of years_experience
  std::string years_from;                   // how years_experience was found
  std::string education_from;               // "education[0].studyType 'Bachelor'", or "" when none
  std::vector<ResumeOrigin> skill_origins;  // parallel to Profile::skills
  std::vector<ResumeOrigin> cert_origins;   // parallel to Profile::certifications
  std::vector<std::string> unrecognised;    // items read but not mapped, e.g. "skills[1].keywords[0] 'Tableau'"
  std::vector<Diagnostic> warnings;         // odd but usable input: future dates, no work, long lists
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
  std::shared_ptr<const ResumeFacts> resume;  // set when the file was a JSON Resume
};

// "skill:sql@3", "cert:itil-4-foundation", "project:alert-automation": the step's stable key.
std::string progress_key(const Content& content, ProgressKind kind, Index index, int level);
std::string_view status_name(StepStatus s);

}  // namespace careerplan
