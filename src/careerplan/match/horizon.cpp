#include "careerplan/match/horizon.hpp"

#include <algorithm>
#include <cmath>

namespace careerplan {

std::string_view horizon_name(Horizon h) {
  switch (h) {
    case Horizon::open_now: return "open-now";
    case Horizon::next: return "next";
    case Horizon::later: return "later";
    case Horizon::behind: return "behind";
  }
  return "later";
}

TrackHorizon track_horizon(const Content& content, const Subject& subject, Index track, Index stage) {
  TrackHorizon h;
  h.track = track;
  if (track >= content.tracks.size()) return h;
  const Track& t = content.tracks[track];
  const Assessment gate = assess(t.requirements, subject, content);
  double hours = 0;
  for (const auto& k : t.key_skills) {
    if (!k.essential || k.skill >= subject.skills.size()) continue;
    const int have = subject.skills[k.skill];
    if (have < k.level) hours += skill_hours(content, k.skill, have, k.level).mid();
  }
  const double study_months = hours / std::max(subject.hours_per_week, 0.1) / k_weeks_per_month;
  const double months = std::max(gate.held ? 0.0 : gate.effort.months, study_months);
  h.months = static_cast<int>(std::ceil(months - 1e-9));
  if (t.level && *t.level < stage) {
    h.horizon = Horizon::behind;
  } else if (h.months == 0 && !gate.blocked) {
    h.horizon = Horizon::open_now;
  } else if (h.months <= k_next_horizon_months && !gate.blocked) {
    h.horizon = Horizon::next;
  } else {
    h.horizon = Horizon::later;
  }
  return h;
}

}  // namespace careerplan
