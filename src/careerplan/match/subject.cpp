#include "careerplan/match/evaluate.hpp"

#include <algorithm>
#include <cmath>

// The person as dense vectors, and what learning costs: the inputs every rule check reads.
namespace careerplan {

namespace {

// Keeps "3.0000000001 months" from rounding up to 4.
constexpr double k_epsilon = 1e-9;

}  // namespace

Subject make_subject(const Content& content, const Profile& profile, std::optional<Index> current_stage) {
  Subject s;
  s.stated.assign(content.skills.size(), 0);
  s.certs.assign(content.certifications.size(), 0);
  for (const auto& ps : profile.skills) {
    if (ps.skill < s.stated.size()) {
      s.stated[ps.skill] = static_cast<std::uint8_t>(std::clamp(ps.level, 0, k_max_level));
    }
  }
  s.skills = s.stated;
  for (const auto& pc : profile.certifications) grant_cert(s, content, pc.cert);
  s.years = profile.years_experience;
  s.education = profile.education;
  s.stage = current_stage;
  for (Index t : profile.target_tracks) s.targets.push_back(TargetRef{true, t});
  if (profile.target_stage) s.targets.push_back(TargetRef{false, *profile.target_stage});
  if (profile.hours_per_week > 0) s.hours_per_week = profile.hours_per_week;
  return s;
}

void grant_cert(Subject& subject, const Content& content, Index cert) {
  if (cert >= content.certifications.size()) return;
  if (subject.certs.size() < content.certifications.size()) subject.certs.resize(content.certifications.size(), 0);
  subject.certs[cert] = 1;
  for (const auto& ev : content.certifications[cert].evidences) raise_skill(subject, ev.skill, ev.level);
}

void raise_skill(Subject& subject, Index skill, int level) {
  if (skill >= subject.skills.size()) return;
  const auto clamped = static_cast<std::uint8_t>(std::clamp(level, 0, k_max_level));
  subject.skills[skill] = std::max(subject.skills[skill], clamped);
}

Range skill_hours(const Content& content, Index skill, int from, int to) {
  Range r;
  if (skill >= content.skills.size()) return r;
  for (int level = std::max(from, 0); level < std::min(to, k_max_level); ++level) {
    const Figure& f = content.skills[skill].effort[level];
    r.low += f.range.low;
    r.high += f.range.high;
  }
  return r;
}

bool skill_hours_estimate(const Content& content, Index skill, int from, int to) {
  if (skill >= content.skills.size()) return false;
  for (int level = std::max(from, 0); level < std::min(to, k_max_level); ++level) {
    const SourceRef& ref = content.skills[skill].effort[level].source;
    if (ref.source < content.sources.size() && content.sources[ref.source].estimate) return true;
  }
  return false;
}

Effort effort_of(const std::vector<Need>& needs, double hours_per_week) {
  return effort_of(needs.data(), needs.data() + needs.size(), hours_per_week);
}

Effort effort_of(const Need* first, const Need* last, double hours_per_week) {
  Effort e;
  for (const Need* n = first; n != last; ++n) {
    e.hours += n->hours;
    e.calendar_months = std::max(e.calendar_months, n->calendar_months);
  }
  const double per_week = hours_per_week > 0 ? hours_per_week : k_default_hours_per_week;
  e.months = std::max(e.calendar_months, e.hours / per_week / k_weeks_per_month);
  e.whole_months = static_cast<int>(std::ceil(e.months - k_epsilon));
  return e;
}

}  // namespace careerplan
