#include "careerplan/plan/planner.hpp"

#include <algorithm>
#include <utility>

#include "careerplan/plan/citer.hpp"
#include "careerplan/plan/progress.hpp"
#include "careerplan/plan/step_planner.hpp"
#include "careerplan/plan/strategy_choice.hpp"
#include "careerplan/plan/targets.hpp"

namespace careerplan {

namespace {

std::optional<SalaryInfo> track_salary(const Track& t, Citer& citer) {
  if (!t.salary) return std::nullopt;
  return SalaryInfo{t.salary->range, t.salary->currency, t.salary->period, citer.cite(t.salary->source)};
}

std::optional<OfficialWageInfo> track_official_wage(const Track& t, const Content& c, Citer& citer) {
  if (!t.official_wage) return std::nullopt;
  const OfficialWage& w = *t.official_wage;
  const Source& s = c.source_of(w.source);
  return OfficialWageInfo{w.median,  w.currency, w.period,  w.reference, w.occupation, citer.cite(w.source),
                          s.edition, s.checked,  grade_name(s.grade), s.url};
}

std::optional<SalaryInfo> stage_salary(const Stage& s, Citer& citer) {
  if (!s.salary) return std::nullopt;
  return SalaryInfo{s.salary->range, s.salary_currency, "", citer.cite(s.salary->source)};
}

bool same_target(const TargetRef& a, const TargetRef& b) { return a.is_track == b.is_track && a.index == b.index; }

void add_target(std::vector<TargetRef>& into, TargetRef t) {
  if (std::none_of(into.begin(), into.end(), [&](const TargetRef& x) { return same_target(x, t); })) {
    into.push_back(t);
  }
}

ProfileSummary summarize(const Content& c, const Profile& p, const Subject& s, double hours_per_week) {
  ProfileSummary out;
  out.file = p.file;
  out.name = p.name;
  out.years_experience = p.years_experience;
  out.education = p.education;
  out.education_name = education_name(p.education);
  out.hours_per_week = hours_per_week;
  std::vector<bool> listed(c.skills.size(), false);
  for (const auto& ps : p.skills) {
    if (ps.skill >= c.skills.size() || listed[ps.skill]) continue;
    listed[ps.skill] = true;
    out.skills.push_back(SkillEntry{ps.skill, c.skills[ps.skill].id, c.skills[ps.skill].name, s.stated[ps.skill],
                                    s.skills[ps.skill]});
  }
  for (Index i = 0; i < c.skills.size(); ++i) {
    if (listed[i] || s.skills[i] == 0) continue;
    out.skills.push_back(SkillEntry{i, c.skills[i].id, c.skills[i].name, 0, s.skills[i]});
  }
  for (const auto& pc : p.certifications) {
    if (pc.cert >= c.certifications.size()) continue;
    const auto& cert = c.certifications[pc.cert];
    out.certifications.push_back(CertEntry{pc.cert, cert.id, cert.name, pc.year});
  }
  return out;
}

TrackGaps track_gaps(const Content& c, const Subject& s, const RankedTrack& rt) {
  const Track& t = c.tracks[rt.track];
  TrackGaps g;
  g.track = rt.track;
  g.id = t.id;
  g.title = t.title;
  for (const auto& k : t.key_skills) {
    const int have = k.skill < s.skills.size() ? s.skills[k.skill] : 0;
    if (have >= k.level || k.skill >= c.skills.size()) continue;
    g.skills.push_back(SkillGap{k.skill, c.skills[k.skill].id, c.skills[k.skill].name, have, k.level, k.essential,
                                skill_hours(c, k.skill, have, k.level),
                                skill_hours_estimate(c, k.skill, have, k.level)});
  }
  for (Index cert : t.certifications) {
    if (cert < s.certs.size() && s.certs[cert] != 0) g.holds_helpful_cert = true;
  }
  if (!g.holds_helpful_cert) {
    for (Index cert : t.certifications) {
      if (cert < c.certifications.size()) g.missing_certs.push_back(CertRef{cert, c.certifications[cert].id,
                                                                             c.certifications[cert].name});
    }
  }
  g.reachable = rt.fit.reachable;
  if (!g.reachable) g.gate_needs = rt.fit.gate.needs;
  return g;
}

}  // namespace

Plan make_plan(const Content& content, const Profile& given, const PlanOptions& options, RelatedCache* related) {
  const Profile profile = apply_done_progress(content, given);
  Plan plan;
  plan.options = options;
  double hours_per_week = profile.hours_per_week > 0 ? profile.hours_per_week : k_default_hours_per_week;
  if (options.hours_per_week && *options.hours_per_week > 0) hours_per_week = *options.hours_per_week;
  plan.options.hours_per_week = hours_per_week;
  Citer citer(content);

  const CurrentStage cur = find_current_stage(content, profile, options.rule_checks);
  Subject subject = make_subject(content, profile, cur.stage);
  subject.hours_per_week = hours_per_week;
  plan.profile = summarize(content, profile, subject, hours_per_week);

  const Stage& here = content.stages[cur.stage];
  plan.current_stage = StageStanding{cur.stage,     here.id,         here.title, cur.inferred, cur.confidence,
                                     cur.reason,    cur.evidence,    cur.consolidate};
  for (Index next : here.leads_to) {
    if (next >= content.stages.size()) continue;
    const Stage& st = content.stages[next];
    Readiness r = stage_readiness(content, subject, next, options.rule_checks);
    plan.next_stages.push_back(NextStage{next, st.id, st.title, r.ready, std::move(r.entry), st.roles,
                                         stage_salary(st, citer),
                                         st.typical_years ? std::optional<Range>(st.typical_years->range)
                                                          : std::nullopt});
  }

  plan.ranking = rank_tracks(content, subject);
  // Each track's horizon is worked out once, when first asked for: by the target choice, then for
  // the tracks the walk below lists or shows. Behind-ness alone needs no assessment.
  std::vector<std::optional<TrackHorizon>> horizons(content.tracks.size());
  const auto horizon_of = [&](Index t) -> const TrackHorizon& {
    if (!horizons[t]) horizons[t] = track_horizon(content, subject, t, cur.stage);
    return *horizons[t];
  };
  for (Index t : choose_targets(content, plan, profile, options, horizon_of, plan.target_choice)) {
    if (t < content.tracks.size()) plan.target_tracks.push_back(t);
  }
  // Shown: the best-fitting tracks not behind the person, then any target ranked below them;
  // only these carry the full explanation of their fit. Tracks behind the person are listed apart.
  const auto top = static_cast<std::size_t>(std::max(options.top, 1));
  std::vector<char> is_target(content.tracks.size(), 0);
  for (Index t : plan.target_tracks) is_target[t] = 1;
  std::size_t shown = 0;
  for (std::size_t i = 0; i < plan.ranking.size(); ++i) {
    const Index track = plan.ranking[i].track;
    const bool target = is_target[track] != 0;
    const Track& t = content.tracks[track];
    const bool behind = track_behind(t, cur.stage);
    if (behind) plan.behind.push_back(BehindTrack{track, t.id, t.title});
    const bool listed = i < k_listed_horizons;
    if (!listed && !target && (shown >= top || behind)) continue;
    const TrackHorizon& h = horizon_of(track);
    if (listed) plan.horizons.push_back(h);
    if (!target && (shown >= top || behind)) continue;
    if (!target || h.horizon != Horizon::behind) ++shown;
    RankedTrack rt;
    rt.rank = static_cast<int>(i) + 1;
    rt.track = track;
    rt.id = t.id;
    rt.title = t.title;
    rt.focus = t.focus;
    rt.roles = t.roles;
    rt.salary = track_salary(t, citer);
    rt.official_wage = track_official_wage(t, content, citer);
    rt.target = target;
    rt.horizon = h.horizon;
    rt.months_to_open = h.months;
    rt.fit = track_fit(content, subject, track, options.rule_checks);
    plan.tracks.push_back(std::move(rt));
  }
  plan.first_target = first_target(content, plan, profile);
  for (Index t : plan.target_tracks) {
    const auto it = std::find_if(plan.tracks.begin(), plan.tracks.end(),
                                 [&](const RankedTrack& rt) { return rt.track == t; });
    plan.gaps.push_back(track_gaps(content, subject, *it));
    plan.roles.push_back(TargetRoles{TargetRef{true, t}, it->id, it->title, it->roles, it->fit.fit, it->salary,
                                     citer.cite(content.tracks[t].source), it->official_wage});
  }
  for (const auto& ns : plan.next_stages) {
    plan.roles.push_back(TargetRoles{TargetRef{false, ns.stage}, ns.id, ns.title, ns.roles, std::nullopt, ns.salary,
                                     citer.cite(content.stages[ns.stage].source), std::nullopt});
  }

  const std::vector<Index> stages = stage_targets(content, plan, profile);
  PlannedWork work = plan_work(content, profile, subject, plan, stages, citer, std::max(options.max_steps, 0),
                               k_max_projects);
  plan.next_steps = std::move(work.steps);
  plan.projects = std::move(work.projects);
  // Wherever a plan proposes a certification, it says what the exam is (issue #17).
  for (NextStep& step : plan.next_steps) {
    if (step.kind != StepKind::cert || step.index >= content.certifications.size()) continue;
    const Certification& cert = content.certifications[step.index];
    step.exam = cert.exam;
    for (const ExamFact& f : cert.exam_facts) step.exam_facts.push_back(StepExamFact{f.kind, f.value, citer.cite(f.source)});
  }
  for (Index t : plan.target_tracks) {
    plan.related.push_back(TrackRelations{t, content.tracks[t].id, content.tracks[t].title,
                                          related != nullptr ? related->of(t) : related_tracks(content, t)});
  }
  if (options.route) plan.route = route_to_first_target(content, profile, plan, hours_per_week);

  // Strategies see the person as aiming at the plan's targets, not only the profile's goals.
  Subject aiming = subject;
  aiming.targets.clear();
  for (Index t : plan.target_tracks) add_target(aiming.targets, TargetRef{true, t});
  for (Index st : stages) add_target(aiming.targets, TargetRef{false, st});
  choose_strategies(content, aiming, plan, citer);

  plan.sources = citer.cited();
  return plan;
}

}  // namespace careerplan
