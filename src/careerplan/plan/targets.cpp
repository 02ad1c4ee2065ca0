#include "careerplan/plan/targets.hpp"

#include <algorithm>

namespace careerplan {

std::optional<FirstTarget> first_target(const Content& c, const Plan& plan, const Profile& profile) {
  const auto track = [&](Index t, std::string_view why) {
    const auto it = std::find_if(plan.tracks.begin(), plan.tracks.end(), [&](const RankedTrack& rt) { return rt.track == t; });
    std::optional<Horizon> h;
    if (it != plan.tracks.end()) h = it->horizon;
    return FirstTarget{TargetRef{true, t}, c.tracks[t].id, c.tracks[t].title, h, why};
  };
  const auto stage = [&](Index s, std::string_view why) {
    return FirstTarget{TargetRef{false, s}, c.stages[s].id, c.stages[s].title, std::nullopt, why};
  };
  switch (plan.target_choice) {
    case TargetChoice::focus: return track(plan.target_tracks.front(), "the track you chose with --track");
    case TargetChoice::goals: return track(plan.target_tracks.front(), "your goal");
    case TargetChoice::top_fit: break;
    case TargetChoice::step_up: return track(plan.target_tracks.front(), "a step up open to you now, as good a fit as any");
  }
  if (profile.target_stage && *profile.target_stage < c.stages.size()) return stage(*profile.target_stage, "your goal");
  if (!plan.target_tracks.empty()) {
    const FirstTarget f = track(plan.target_tracks.front(), "");
    const bool open = f.horizon == Horizon::open_now;
    return track(f.target.index, open ? "the best fit open to you now" : "the best fit opening within two years");
  }
  if (!plan.next_stages.empty()) {
    return stage(plan.next_stages.front().stage, "your next stage: no track opens within two years");
  }
  return std::nullopt;
}

// The stages a person works towards: the next stages, the stages that next stages they are
// already ready for lead to (a stage you are ready for needs no work), and goals.stage.
std::vector<Index> stage_targets(const Content& c, const Plan& plan, const Profile& profile) {
  std::vector<Index> out;
  // A first target track sets the direction: a stage past its level on the ladder (management,
  // for a senior aiming at a specialist track) is another direction, not a next step.
  std::optional<Index> ceiling;
  if (plan.first_target && plan.first_target->target.is_track) ceiling = c.tracks[plan.first_target->target.index].level;
  const auto add = [&](Index s) {
    if (ceiling && s > *ceiling && !(profile.target_stage && *profile.target_stage == s)) return;
    if (s < c.stages.size() && s != plan.current_stage.stage && std::find(out.begin(), out.end(), s) == out.end()) {
      out.push_back(s);
    }
  };
  for (const auto& ns : plan.next_stages) add(ns.stage);
  for (const auto& ns : plan.next_stages) {
    if (!ns.ready) continue;
    for (Index after : c.stages[ns.stage].leads_to) add(after);
  }
  if (profile.target_stage) add(*profile.target_stage);
  return out;
}

std::optional<RouteResult> route_to_first_target(const Content& c, const Profile& profile, const Plan& plan,
                                                 double hours_per_week) {
  std::optional<NodeRef> first;
  if (plan.first_target) {
    first = NodeRef{plan.first_target->target.is_track ? NodeKind::track : NodeKind::stage,
                    plan.first_target->target.index};
  }
  if (!first) return std::nullopt;
  RouteTarget target;
  target.typed = node_id(c, *first);
  target.label = node_title(c, *first);
  target.nodes.push_back(*first);
  RouteOptions options;
  options.alternatives = plan.options.route_alternatives;
  options.hours_per_week = hours_per_week;
  return find_route(c, profile, target, options);
}

}  // namespace careerplan
