#include "careerplan/match/horizon.hpp"


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
  h.months = gate.held ? 0 : gate.effort.whole_months;
  if (track_behind(t, stage)) {
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
