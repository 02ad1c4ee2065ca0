#pragma once
// Where a person stands on the ladder, how ready they are for the next stages, and how well
// each track fits them, as scores that are the sum of parts a person can read (docs/scoring.md).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "careerplan/match/evaluate.hpp"
#include "careerplan/match/placement.hpp"
#include "careerplan/model/model.hpp"
#include "careerplan/model/profile.hpp"

namespace careerplan {

// Fit points: a track's fit is the sum of its parts' earned points divided by k_fit_points.
inline constexpr double k_fit_points = 100;
inline constexpr double k_skill_points = 70;  // 85 when the track lists no helpful certs
inline constexpr double k_cert_points = 15;
inline constexpr double k_gate_points = 15;
// An unmet gate's points fall linearly with the months until it is met, to none at this horizon.
inline constexpr int k_gate_horizon_months = 60;

// How close a gate that opens in `months` is: 1 now, falling linearly to 0 at the horizon.
double closeness(int months);

// How ready the subject is to enter a stage.
struct Readiness {
  Index stage = 0;
  bool ready = false;
  Explanation entry;  // the stage's `requires`, with needs and effort (entry.effort.whole_months)
};
Readiness stage_readiness(const Content& content, const Subject& subject, Index stage, bool checks = true);

enum class FitPartKind : std::uint8_t { skill, certifications, gates };

// One addend of a track's fit.
struct FitPart {
  FitPartKind kind = FitPartKind::skill;
  std::string label;     // "Linux (essential)", "Certifications", "Entry requirements"
  double earned = 0;     // points, 0 <= earned <= possible
  double possible = 0;   // points
  // "level 2 of 3: short by 1", "holds CompTIA Linux+", "met", "reachable in about 6 months".
  std::string detail;
  Index skill = 0;       // skill: the key skill
  bool essential = false;
  // skill: the person's level and the level asked for; certifications: helpful certs held and
  // listed; gates: requirements that hold and requirements (for display; points follow time).
  int have = 0;
  int need = 0;
};

struct TrackFit {
  Index track = 0;
  double fit = 0;                // sum of parts' earned / k_fit_points, in 0..1
  std::vector<FitPart> parts;    // key skills in content order, then certifications, then gates
  bool reachable = true;         // the track's `requires` holds
  Explanation gate;              // the `requires` explanation: what opens it and how long it takes
  // 1 when reachable, 0 when blocked, else closeness(gate.effort.whole_months); the gates part
  // earns this share of its points.
  double closeness = 1;
};

// `checks`: the gate explanation records its check lines (see explain()).
TrackFit track_fit(const Content& content, const Subject& subject, Index track, bool checks = true);

// A track's fit without its parts: the numbers track_fit gives, bit for bit, with no text built,
// so every track of a large pack can be ranked and every candidate step weighed cheaply.
struct FitScore {
  Index track = 0;
  double fit = 0;
  bool reachable = true;
  double closeness = 1;
};
FitScore fit_score(const Content& content, const Subject& subject, Index track);

// Fills content.scores from the tracks; the loaders call it once a pack is whole, and code that
// changes a loaded pack's tracks must call it again. Without a table (a pack built by hand)
// a track's row is derived when it is scored: the same numbers, only slower.
void derive_scores(Content& content);

// Every track's score, best fit first; equal fits keep content order.
std::vector<FitScore> rank_tracks(const Content& content, const Subject& subject);

// A value quantised to a fixed grid, so orderings do not hinge on floating-point noise.
std::int64_t rank_key(double value);

}  // namespace careerplan
