#include "careerplan/plan/what_if.hpp"

#include <algorithm>

#include "careerplan/plan/progress.hpp"

namespace careerplan {

namespace {

// The subject a plan for `profile` judges stages with: done progress counted, at its current stage.
Subject subject_of(const Content& content, const Profile& profile, const Plan& plan) {
  Subject s = make_subject(content, apply_done_progress(content, profile), plan.current_stage.stage);
  s.hours_per_week = plan.options.hours_per_week.value_or(k_default_hours_per_week);
  return s;
}

WhatIfReadiness readiness(const Content& content, const Subject& subject, Index stage) {
  const Readiness r = stage_readiness(content, subject, stage);
  return WhatIfReadiness{r.ready, r.entry.blocked, r.entry.effort.whole_months};
}

WhatIfRouteLength length_of(const RouteResult& r) {
  WhatIfRouteLength out;
  if (!r.best) return out;
  out.reachable = true;
  out.months = r.best->months;
  out.hops = static_cast<int>(r.best->hops.size());
  out.hours = r.best->hours;
  return out;
}

}  // namespace

WhatIf make_what_if(const Content& content, const Profile& profile, const std::vector<Assumption>& assumptions,
                    const PlanOptions& options) {
  WhatIf out;
  out.assumptions = assumptions;
  const Profile changed = apply_assumptions(profile, assumptions);
  const Plan today = make_plan(content, profile, options);
  const Plan assumed = make_plan(content, changed, options);
  out.stage_today = today.current_stage;
  out.stage_assumed = assumed.current_stage;
  std::vector<double> assumed_fit(content.tracks.size(), 0.0);
  for (const auto& score : assumed.ranking) assumed_fit[score.track] = score.fit;
  for (const auto& score : today.ranking) {
    const Track& t = content.tracks[score.track];
    out.tracks.push_back(WhatIfTrack{score.track, std::string(t.id), std::string(t.title), score.fit, assumed_fit[score.track]});
  }
  const Subject s_today = subject_of(content, profile, today);
  const Subject s_assumed = subject_of(content, changed, assumed);
  const auto add_stage = [&](const NextStage& ns) {
    const bool listed = std::any_of(out.stages.begin(), out.stages.end(),
                                    [&](const WhatIfStage& s) { return s.stage == ns.stage; });
    if (listed) return;
    out.stages.push_back(WhatIfStage{ns.stage, std::string(ns.id), std::string(ns.title), readiness(content, s_today, ns.stage),
                                     readiness(content, s_assumed, ns.stage)});
  };
  for (const auto& ns : today.next_stages) add_stage(ns);
  for (const auto& ns : assumed.next_stages) add_stage(ns);
  return out;
}

void add_route(WhatIf& what_if, const RouteResult& today, const RouteResult& assumed) {
  what_if.route = WhatIfRoute{today.target.label, length_of(today), length_of(assumed)};
}

}  // namespace careerplan
