#include "careerplan/plan/job_match.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "careerplan/match/evaluate.hpp"

namespace careerplan {

namespace {

constexpr double k_weeks_per_year = 52.1775;

// Lower-case ASCII words of a title, so "Database Administrator" and "database administrator" agree.
std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The track whose roles include the posting's title; else the one whose key skills weigh most
// among the skills the posting asks for (a share of the track's weight; equal shares keep
// content order). None when the posting shares no skill with any track.
void closest_track(const Content& c, const JobPosting& job, JobFit& fit) {
  const std::string title = lower(job.title);
  for (std::size_t t = 0; t < c.tracks.size() && !title.empty(); ++t) {
    for (const auto& role : c.tracks[t].roles) {
      if (title.find(lower(role)) != std::string::npos) {
        fit.closest_track = static_cast<Index>(t);
        fit.closest_why = fmt::format("its role '{}' is the posting's title", role);
        return;
      }
    }
  }
  double best = 0;
  for (std::size_t t = 0; t < c.tracks.size(); ++t) {
    double total = 0, shared = 0;
    int count = 0;
    for (const auto& k : c.tracks[t].key_skills) {
      total += k.weight;
      if (std::any_of(job.skills.begin(), job.skills.end(), [&](const JobSkillNeed& n) { return n.skill == k.skill; })) {
        shared += k.weight;
        ++count;
      }
    }
    if (total <= 0 || shared / total <= best + 1e-9) continue;
    best = shared / total;
    fit.closest_track = static_cast<Index>(t);
    fit.closest_why = fmt::format("{} of its key skills ({:.0f}% of their weight) are asked for", count, best * 100);
  }
}

}  // namespace

std::string_view step_kind_name(JobStepKind k) {
  switch (k) {
    case JobStepKind::skill: return "skill";
    case JobStepKind::cert: return "certification";
    case JobStepKind::years: return "years";
    case JobStepKind::education: return "education";
  }
  return "skill";
}

JobFit match_job(const Content& c, const Profile& profile, const JobPosting& job, double hours_per_week) {
  const Subject subject = make_subject(c, profile, std::nullopt);
  JobFit fit;
  fit.title = job.title;
  fit.company = job.company;
  fit.hours_per_week = hours_per_week > 0 ? hours_per_week : subject.hours_per_week;
  fit.years_asked = job.years;
  fit.years_estimated = job.years_estimated;
  fit.years_from = job.years_from;
  fit.years_held = profile.years_experience;
  fit.education_asked = job.education;
  fit.education_from = job.education_from;
  fit.education_held = profile.education;
  fit.unmatched = job.unmatched;
  double held = 0, asked = 0;
  std::vector<JobStep> study;
  for (const auto& n : job.skills) {
    const int have = subject.skills[n.skill];
    fit.skills.push_back(JobSkillFit{n.skill, have, n.level, n.level_stated, n.from});
    held += std::min(have, n.level);
    asked += n.level;
    if (have >= n.level) {
      ++fit.skills_met;
      continue;
    }
    JobStep step;
    step.kind = JobStepKind::skill;
    step.index = n.skill;
    step.from_level = have;
    step.to_level = n.level;
    step.hours = skill_hours(c, n.skill, have, n.level);
    step.what = fmt::format("Raise {} from level {} to {}", c.skills[n.skill].name, have, n.level);
    study.push_back(std::move(step));
  }
  fit.skill_fit = asked > 0 ? held / asked : 1;
  for (const auto& n : job.certs) {
    const bool has = subject.certs[n.cert] != 0;
    fit.certs.push_back(JobCertFit{n.cert, has, n.from});
    if (has) continue;
    JobStep step;
    step.kind = JobStepKind::cert;
    step.index = n.cert;
    step.hours = c.certifications[n.cert].prep_hours.range;
    step.what = fmt::format("Earn {}", c.certifications[n.cert].name);
    study.push_back(std::move(step));
  }
  for (auto& s : study) s.weeks = s.hours.mid() / fit.hours_per_week;
  std::stable_sort(study.begin(), study.end(), [](const JobStep& a, const JobStep& b) { return a.weeks < b.weeks; });
  fit.steps = std::move(study);
  if (job.years && !years_held(profile.years_experience, *job.years)) {
    JobStep step;
    step.kind = JobStepKind::years;
    const double more = *job.years - profile.years_experience;
    step.weeks = more * k_weeks_per_year;
    step.what = fmt::format("Gain {:.1f} more year{} of IT work", more, std::abs(more - 1) < 1e-9 ? "" : "s");
    fit.steps.push_back(std::move(step));
  }
  if (job.education && profile.education < *job.education) {
    JobStep step;
    step.kind = JobStepKind::education;
    step.what = fmt::format("Earn a {} degree, or show equivalent experience", education_name(*job.education));
    fit.steps.push_back(std::move(step));
  }
  closest_track(c, job, fit);
  return fit;
}

}  // namespace careerplan
