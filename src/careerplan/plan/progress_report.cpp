#include "careerplan/plan/progress_report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "careerplan/plan/progress.hpp"

namespace careerplan {

namespace {

bool done_in(const Profile& p, const ProgressEntry& e) {
  return std::any_of(p.progress.begin(), p.progress.end(), [&](const ProgressEntry& x) {
    return x.kind == e.kind && x.index == e.index && x.level == e.level && x.status == StepStatus::done;
  });
}

bool estimate_source(const Content& c, const SourceRef& ref) {
  return ref.source < c.sources.size() && c.sources[ref.source].estimate;
}

CompletedStep completed_step(const Content& c, const ProgressEntry& e, const Subject& before) {
  CompletedStep step;
  step.key = progress_key(c, e.kind, e.index, e.level);
  step.kind = e.kind;
  switch (e.kind) {
    case ProgressKind::skill: {
      const int from = before.skills[e.index];
      step.title = fmt::format("Raise {} to level {}", c.skills[e.index].name, e.level);
      step.hours = skill_hours(c, e.index, from, e.level);
      step.estimate = skill_hours_estimate(c, e.index, from, e.level);
      break;
    }
    case ProgressKind::cert: {
      const Certification& cert = c.certifications[e.index];
      step.title = fmt::format("Get {}", cert.name);
      if (before.certs[e.index] == 0) step.hours = cert.prep_hours.range;
      step.estimate = estimate_source(c, cert.prep_hours.source);
      break;
    }
    case ProgressKind::project: {
      const Project& p = c.projects[e.index];
      step.title = fmt::format("Project: {}", p.title);
      step.hours = p.effort_hours.range;
      step.estimate = estimate_source(c, p.effort_hours.source);
      break;
    }
  }
  return step;
}

}  // namespace

ProgressReport compare_progress(const Content& content, const Profile& before, const Profile& after,
                                const PlanOptions& options) {
  ProgressReport out;
  out.old_file = before.file;
  out.new_file = after.file;
  out.name = after.name;
  const Plan plan_before = make_plan(content, before, options);
  const Plan plan_after = make_plan(content, after, options);
  out.stage_before = plan_before.current_stage;
  out.stage_after = plan_after.current_stage;
  out.hours_per_week = plan_after.options.hours_per_week.value_or(k_default_hours_per_week);

  const Subject s_before = make_subject(content, apply_done_progress(content, before), std::nullopt);
  const Subject s_after = make_subject(content, apply_done_progress(content, after), std::nullopt);
  for (Index i = 0; i < content.skills.size(); ++i) {
    if (s_after.skills[i] > s_before.skills[i]) {
      out.levels.push_back(LevelGain{i, std::string(content.skills[i].id), std::string(content.skills[i].name), s_before.skills[i], s_after.skills[i]});
    }
  }
  for (Index i = 0; i < content.certifications.size(); ++i) {
    if (s_after.certs[i] != 0 && s_before.certs[i] == 0) {
      out.certifications.push_back(CertRef{i, content.certifications[i].id, content.certifications[i].name});
    }
  }
  for (Index t : plan_after.target_tracks) {
    const auto fit_in = [&](const Plan& p) {
      const auto it = std::find_if(p.ranking.begin(), p.ranking.end(), [&](const FitScore& f) { return f.track == t; });
      return it != p.ranking.end() ? it->fit : 0.0;
    };
    out.fits.push_back(FitGain{t, std::string(content.tracks[t].id), std::string(content.tracks[t].title), fit_in(plan_before), fit_in(plan_after)});
  }
  // Each completed step is measured from where the ones before it left the person, so two steps
  // on one skill do not count the same levels twice.
  Subject running = s_before;
  for (const auto& e : after.progress) {
    if (e.status == StepStatus::in_progress) out.in_progress.push_back(progress_key(content, e.kind, e.index, e.level));
    if (e.status != StepStatus::done || done_in(before, e)) continue;
    CompletedStep step = completed_step(content, e, running);
    if (e.kind == ProgressKind::skill) raise_skill(running, e.index, e.level);
    if (e.kind == ProgressKind::cert) grant_cert(running, content, e.index);
    if (e.kind == ProgressKind::project) {
      for (const auto& practised : content.projects[e.index].practises) raise_skill(running, practised.skill, practised.level);
    }
    out.hours_saved.low += step.hours.low;
    out.hours_saved.high += step.hours.high;
    out.completed.push_back(std::move(step));
  }
  return out;
}

}  // namespace careerplan
