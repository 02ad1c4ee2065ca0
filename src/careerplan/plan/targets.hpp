#pragma once
// What a plan aims at (docs/scoring.md, "Targets and focus"): the target tracks, the one first
// target, and the stages the person works towards.
#include <algorithm>
#include <optional>
#include <vector>

#include "careerplan/match/horizon.hpp"
#include "careerplan/plan/planner.hpp"

namespace careerplan {

// The target tracks: --track, else goals.tracks, else the best-fitting tracks open now or next
// (at most k_max_chosen_targets, never one behind the person), a step up the ladder first when
// it is open now and within k_step_up_margin of the best open fit that is not a step up.
// `horizon_of` answers a track's horizon; `choice` says which rule chose them.
template <class HorizonOf>
std::vector<Index> choose_targets(const Content& content, const Plan& plan, const Profile& profile, const PlanOptions& options,
                                  HorizonOf&& horizon_of, TargetChoice& choice) {
  std::vector<Index> out;
  if (options.focus_track) {
    choice = TargetChoice::focus;
    out.push_back(*options.focus_track);
    return out;
  }
  if (!profile.target_tracks.empty()) {
    choice = TargetChoice::goals;
    for (Index t : profile.target_tracks) {
      if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    }
    return out;
  }
  choice = TargetChoice::top_fit;
  const FitScore* best_open = nullptr;
  for (const FitScore& f : plan.ranking) {
    if (static_cast<int>(out.size()) >= k_max_chosen_targets) break;
    const Horizon h = horizon_of(f.track).horizon;
    if (h == Horizon::open_now || h == Horizon::next) out.push_back(f.track);
    if (h == Horizon::open_now && best_open == nullptr) best_open = &f;
  }
  // A person is not sent sideways for a few points of fit: when the best fit open now is at or
  // below their stage, an open track a step up the ladder that fits nearly as well goes first.
  const auto level = [&](Index t) { return content.tracks[t].level; };
  const Index stage = plan.current_stage.stage;
  if (best_open == nullptr || out.front() != best_open->track) return out;
  if (!level(best_open->track) || *level(best_open->track) > stage) return out;
  for (const FitScore& f : plan.ranking) {
    if (f.fit < best_open->fit - k_step_up_margin) break;
    if (horizon_of(f.track).horizon != Horizon::open_now || !level(f.track) || *level(f.track) <= stage) continue;
    std::vector<Index> stepped{f.track};
    for (Index t : out) {
      if (t != f.track && static_cast<int>(stepped.size()) < k_max_chosen_targets) stepped.push_back(t);
    }
    choice = TargetChoice::step_up;
    return stepped;
  }
  return out;
}

// The plan's first target (see FirstTarget), from its target tracks, next stages and the profile.
std::optional<FirstTarget> first_target(const Content& content, const Plan& plan, const Profile& profile);

// The stages a person works towards: the next stages, the stages that next stages they are
// already ready for lead to (a stage you are ready for needs no work), and goals.stage; when the
// first target is a track with a level, none past that level but goals.stage.
std::vector<Index> stage_targets(const Content& content, const Plan& plan, const Profile& profile);

// The route an exported plan shows: see Plan::route.
std::optional<RouteResult> route_to_first_target(const Content& content, const Profile& profile, const Plan& plan,
                                                 double hours_per_week);

}  // namespace careerplan
