#pragma once
// Where a track stands for one person (docs/scoring.md, "Horizons"): open now, next (opens within
// about two years), later, or behind them (its level on the ladder is below their stage).
#include <cstdint>
#include <string_view>

#include "careerplan/match/evaluate.hpp"
#include "careerplan/model/model.hpp"

namespace careerplan {

// A track that opens within this many months is "next"; further away it is "later".
inline constexpr int k_next_horizon_months = 24;

enum class Horizon : std::uint8_t { open_now, next, later, behind };
std::string_view horizon_name(Horizon h);  // "open-now", "next", "later", "behind"

struct TrackHorizon {
  Index track = 0;
  Horizon horizon = Horizon::later;
  // Months until the track's entry requirements (`requires`) are met, studying at the subject's
  // hours per week while the calendar runs: 0 when open. How well the person fits the track once
  // it is open is its fit, not its horizon.
  int months = 0;
};

// `stage`: the person's current stage. A track whose level is below it is behind, whatever its
// months; a track with no level is never behind.
TrackHorizon track_horizon(const Content& content, const Subject& subject, Index track, Index stage);

// Whether `track` is behind a person at `stage`: its level is a stage before theirs. The same
// answer as track_horizon(...).horizon == Horizon::behind, without assessing its requirements.
inline bool track_behind(const Track& track, Index stage) { return track.level && *track.level < stage; }

}  // namespace careerplan
