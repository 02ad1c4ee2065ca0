#include "careerplan/plan/step_planner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "careerplan/plan/progress.hpp"
#include "careerplan/plan/step_candidates.hpp"

namespace careerplan {

namespace {

// Meeting every entry requirement of a next stage is worth as much as a track's gates part.
constexpr double k_readiness_weight = k_gate_points / k_fit_points;

// Chooses the next steps greedily: each round takes the candidate with the best value per hour,
// given the steps already taken, so a step never repeats what an earlier one already gave.
class StepPlanner {
public:
  StepPlanner(const Content& c, const Profile& profile, const Subject& s, const Plan& plan,
              const std::vector<Index>& stage_targets, Citer& citer)
      : m_c(c), m_profile(profile), m_s(s), m_plan(plan), m_stage_targets(stage_targets), m_citer(citer) {
    m_asked.assign(c.skills.size(), 0);
    for (Index t : plan.target_tracks) {
      m_track_inputs.push_back(m_bits.of_track(c.tracks[t]));
      for (const auto& k : c.tracks[t].key_skills) {
        if (k.skill < m_asked.size()) m_asked[k.skill] = std::max(m_asked[k.skill], k.level);
      }
    }
    for (Index st : stage_targets) m_stage_inputs.push_back(m_bits.of_rule(c.stages[st].requirements));
    if (plan.first_target && plan.first_target->target.is_track) {
      m_first_track = !plan.target_tracks.empty() && plan.target_tracks.front() == plan.first_target->target.index;
    } else if (plan.first_target) {
      const auto it = std::find(stage_targets.begin(), stage_targets.end(), plan.first_target->target.index);
      if (it != stage_targets.end()) m_first_stage = static_cast<std::size_t>(it - stage_targets.begin());
    }
  }

  std::vector<NextStep> plan_steps(int max_steps) {
    Candidates cands(m_c, m_s);
    for (Index t : m_plan.target_tracks) {
      for (const auto& k : m_c.tracks[t].key_skills) cands.skill(k.skill, k.level);
      for (Index cert : m_c.tracks[t].certifications) cands.cert(cert);
      cands.from_rule(m_c.tracks[t].requirements);
    }
    for (Index st : m_stage_targets) cands.from_rule(m_c.stages[st].requirements);
    cands.mark_skipped(m_profile);

    std::vector<NextStep> kept;
    Subject now = m_s;
    Subject after = m_s;
    double weeks = 0;
    Baseline base;
    baseline(now, base);
    const auto& items = cands.items();
    greedy(max_steps, items.size(), [&](std::size_t i) -> std::optional<std::int64_t> {
      const Candidate& cand = items[i].second;
      if (cand.skipped || done(now, cand)) return std::nullopt;
      after.skills = now.skills;
      after.certs = now.certs;
      apply(after, cand);
      const double value = gains(after, touched(cand, now, after), base, false).value;
      if (rank_key(value) <= 0) return std::nullopt;
      return rank_key(value / std::max(hours_of(cand, now).mid(), 1.0));
    }, [&](std::size_t i) {
      Scored best = evaluate(items[i].first, items[i].second, now, base);
      apply(now, best.candidate);
      best.step.status = recorded_status(m_c, m_profile, best.step.key);
      for (const auto& ref : best.effort_sources) best.step.sources.push_back(m_citer.cite(ref));
      weeks += best.step.weeks;
      best.step.finish_weeks = weeks;
      kept.push_back(std::move(best.step));
      baseline(now, base);
    });
    return kept;
  }

  // Chooses practice projects greedily like the steps, each measured after the projects before it.
  std::vector<ProjectStep> plan_projects(int max_projects) {
    std::vector<ProjectStep> kept;
    if (m_c.projects.empty() || max_projects <= 0) return kept;
    // Keys and recorded statuses once; ids are unique, so key order is id order.
    std::vector<std::string> keys;
    std::vector<std::optional<StepStatus>> statuses;
    for (const auto& p : m_c.projects) {
      keys.push_back("project:" + std::string(p.id));
      statuses.push_back(recorded_status(m_c, m_profile, keys.back()));
    }
    // Weighed in key order, so equal values keep the first key.
    std::vector<Index> order(m_c.projects.size());
    for (Index i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](Index a, Index b) { return keys[a] < keys[b]; });
    std::vector<bool> taken(m_c.projects.size(), false);
    Subject now = m_s;
    Subject after = m_s;
    Baseline base;
    baseline(now, base);
    greedy(max_projects, order.size(), [&](std::size_t k) -> std::optional<std::int64_t> {
      const Index i = order[k];
      if (taken[i] || statuses[i] == StepStatus::skipped || statuses[i] == StepStatus::done) return std::nullopt;
      if (!practises_gap(i, now)) return std::nullopt;
      after.skills = now.skills;
      for (const auto& practised : m_c.projects[i].practises) raise_skill(after, practised.skill, practised.level);
      const double value = gains(after, touched(m_c.projects[i], now, after), base, false).value;
      if (rank_key(value) <= 0) return std::nullopt;
      return rank_key(value / std::max(m_c.projects[i].effort_hours.range.mid(), 1.0));
    }, [&](std::size_t k) {
      const Index i = order[k];
      std::optional<ProjectStep> step = evaluate_project(i, now, base);
      step->key = keys[i];
      step->status = statuses[i];
      taken[i] = true;
      const Project& p = m_c.projects[i];
      for (const auto& practised : p.practises) raise_skill(now, practised.skill, practised.level);
      step->source = m_citer.cite(p.source);
      step->effort_source = m_citer.cite(p.effort_hours.source);
      kept.push_back(std::move(*step));
      baseline(now, base);
    });
    return kept;
  }

private:
  // What a change to the person does for the targets, measured against a baseline.
  struct Gains {
    std::vector<StepTarget> serves;
    double fit_gain = 0;
    double readiness_gain = 0;
    double value = 0;
  };

  // What `after` gains over the person `base` scored, when it differs from them at most in the
  // inputs `touched` holds (see InputBits). `describe`: also list the targets served (with their
  // texts); the numbers are the same.
  [[nodiscard]] Gains gains(const Subject& after, const std::vector<std::uint64_t>& touched, const Baseline& base,
                            bool describe = true) const {
    Gains g;
    bool first_served = false;
    std::vector<StepTarget>& stage_serves = m_stage_serves;
    stage_serves.clear();
    for (std::size_t i = 0; i < base.stages.size(); ++i) {
      const StageTarget& st = base.stages[i];
      if (st.requirements == 0 || !InputBits::meet(m_stage_inputs[i], touched)) continue;
      const int held = count_requirements(m_c.stages[st.stage].requirements, after, m_c).held;
      const double gain = k_readiness_weight * (held - st.held) / st.requirements;
      if (rank_key(gain) <= 0) continue;
      first_served = first_served || m_first_stage == i;
      g.readiness_gain += gain;
      g.value += gain;
      if (describe) {
        stage_serves.push_back(
            StepTarget{TargetRef{false, st.stage}, m_c.stages[st.stage].id, m_c.stages[st.stage].title, gain, 1});
      }
    }
    for (std::size_t i = 0; i < m_plan.target_tracks.size(); ++i) {
      if (!InputBits::meet(m_track_inputs[i], touched)) continue;  // its gain is exactly 0
      const Index t = m_plan.target_tracks[i];
      const double gain = fit_score(m_c, after, t).fit - base.fit[i];
      if (rank_key(gain) <= 0) continue;
      const bool first = m_first_track && i == 0;
      first_served = first_served || first;
      // A second target counts only for a step that also serves the first (docs/scoring.md).
      if (!first && !first_served) continue;
      const double weight = first ? 1.0 : base.weight[i];
      g.fit_gain += gain;
      g.value += gain * weight;
      if (describe) g.serves.push_back(StepTarget{TargetRef{true, t}, m_c.tracks[t].id, m_c.tracks[t].title, gain, weight});
    }
    g.serves.insert(g.serves.end(), stage_serves.begin(), stage_serves.end());
    return g;
  }

  // The inputs taking a candidate step or doing a project changed, from `now` to `after`: only
  // the ones it can change are compared. The result is in m_touched.
  const std::vector<std::uint64_t>& touched(const Candidate& c, const Subject& now, const Subject& after) const {
    m_bits.clear(m_touched);
    if (c.kind == StepKind::skill) {
      raised(c.index, now, after);
      return m_touched;
    }
    m_bits.add_cert(m_touched, c.index);
    for (const auto& ev : m_c.certifications[c.index].evidences) raised(ev.skill, now, after);
    return m_touched;
  }
  const std::vector<std::uint64_t>& touched(const Project& p, const Subject& now, const Subject& after) const {
    m_bits.clear(m_touched);
    for (const auto& practised : p.practises) raised(practised.skill, now, after);
    return m_touched;
  }
  void raised(Index skill, const Subject& now, const Subject& after) const {
    if (skill < after.skills.size() && after.skills[skill] != now.skills[skill]) m_bits.add_skill(m_touched, skill);
  }

  // A candidate's effort in hours: what describe_effort reports as the step's hours.
  [[nodiscard]] Range hours_of(const Candidate& c, const Subject& now) const {
    if (c.kind == StepKind::cert) return m_c.certifications[c.index].prep_hours.range;
    return skill_hours(m_c, c.index, now.skills[c.index], c.level);
  }

  static std::string serves_text(const std::vector<StepTarget>& serves) {
    if (serves.empty()) return {};
    std::string out = serves.size() == 1 ? "serves your target: " : fmt::format("serves {} of your targets: ", serves.size());
    for (std::size_t i = 0; i < serves.size(); ++i) {
      if (i > 0) out += ", ";
      out += serves[i].title;
    }
    return out;
  }

  // The project raises at least one skill a target track asks more of: what evaluate_project
  // marks as a gap.
  [[nodiscard]] bool practises_gap(Index index, const Subject& now) const {
    for (const auto& practised : m_c.projects[index].practises) {
      if (practised.skill >= m_c.skills.size()) continue;
      if (raises_gap(practised.skill, now.skills[practised.skill], practised.level)) return true;
    }
    return false;
  }

  // Practising `skill` from `have` to `level` closes part of a gap: a target track asks more.
  [[nodiscard]] bool raises_gap(Index skill, int have, int level) const {
    return level > have && m_asked[skill] > have;
  }

  // A project that raises at least one skill a target track asks more of, with its value.
  std::optional<ProjectStep> evaluate_project(Index index, const Subject& now, const Baseline& base) const {
    const Project& p = m_c.projects[index];
    ProjectStep step;
    step.project = index;
    step.id = p.id;
    step.title = p.title;
    step.description = p.description;
    step.difficulty = p.difficulty;
    std::vector<std::string_view> gap_names;
    Subject& after = m_after;  // a copy of `now`, in room kept from call to call
    after = now;
    for (const auto& practised : p.practises) {
      if (practised.skill >= m_c.skills.size()) continue;
      ProjectSkill ps{practised.skill, m_c.skills[practised.skill].id, m_c.skills[practised.skill].name,
                      now.skills[practised.skill], practised.level, false};
      ps.gap = raises_gap(ps.skill, ps.have, ps.level);
      if (ps.gap) gap_names.push_back(ps.name);
      raise_skill(after, practised.skill, practised.level);
      step.practises.push_back(std::move(ps));
    }
    if (gap_names.empty()) return std::nullopt;
    Gains g = gains(after, touched(p, now, after), base);
    if (rank_key(g.value) <= 0) return std::nullopt;
    step.hours = p.effort_hours.range;
    step.hours_mid = step.hours.mid();
    step.estimate = is_estimate(p.effort_hours.source);
    step.weeks = step.hours_mid / m_s.hours_per_week;
    step.serves = std::move(g.serves);
    step.fit_gain = g.fit_gain;
    step.readiness_gain = g.readiness_gain;
    step.value = g.value;
    step.value_per_hour = step.value / std::max(step.hours_mid, 1.0);
    step.why = gap_names.size() == 1
                   ? fmt::format("practises your gap skill {}", gap_names.front())
                   : fmt::format("practises {} of your gap skills: {}", gap_names.size(), fmt::join(gap_names, ", "));
    if (const std::string serves = serves_text(step.serves); !serves.empty()) step.why += "; " + serves;
    return step;
  }

  // A candidate step before it is kept; only kept steps cite their sources.
  struct Scored {
    Candidate candidate;
    NextStep step;
    std::vector<SourceRef> effort_sources;
  };

  static bool done(const Subject& s, const Candidate& c) {
    return c.kind == StepKind::cert ? s.certs[c.index] != 0 : s.skills[c.index] >= c.level;
  }

  void apply(Subject& s, const Candidate& c) const {
    if (c.kind == StepKind::cert) {
      grant_cert(s, m_c, c.index);
    } else {
      raise_skill(s, c.index, c.level);
    }
  }

  // Scores `s` into `b`, whose vectors keep their room from round to round.
  void baseline(const Subject& s, Baseline& b) const {
    b.fit.clear();
    b.weight.clear();
    b.stages.clear();
    for (Index t : m_plan.target_tracks) {
      const FitScore f = fit_score(m_c, s, t);
      b.fit.push_back(f.fit);
      b.weight.push_back(std::max(f.closeness, k_min_target_weight));
    }
    for (Index st : m_stage_targets) {
      const RequirementCount n = count_requirements(m_c.stages[st].requirements, s, m_c);
      b.stages.push_back(StageTarget{st, n.held, n.requirements});
    }
  }

  bool is_estimate(const SourceRef& ref) const {
    return ref.source < m_c.sources.size() && m_c.sources[ref.source].estimate;
  }

  void describe_effort(Scored& s, const Subject& now) const {
    NextStep& step = s.step;
    const Candidate& cand = s.candidate;
    if (cand.kind == StepKind::cert) {
      const Certification& cert = m_c.certifications[cand.index];
      step.id = cert.id;
      step.name = cert.name;
      step.hours = cert.prep_hours.range;
      step.estimate = is_estimate(cert.prep_hours.source);
      s.effort_sources.push_back(cert.prep_hours.source);
      return;
    }
    const Skill& skill = m_c.skills[cand.index];
    step.id = skill.id;
    step.name = skill.name;
    step.from_level = now.skills[cand.index];
    step.to_level = cand.level;
    step.hours = skill_hours(m_c, cand.index, step.from_level, step.to_level);
    step.estimate = skill_hours_estimate(m_c, cand.index, step.from_level, step.to_level);
    for (int level = step.from_level; level < step.to_level; ++level) {
      const SourceRef& ref = skill.effort[level].source;
      const bool dup = std::any_of(s.effort_sources.begin(), s.effort_sources.end(), [&](const SourceRef& x) {
        return x.source == ref.source && x.section == ref.section;
      });
      if (!dup) s.effort_sources.push_back(ref);
    }
  }

  Scored evaluate(const std::string& key, const Candidate& cand, const Subject& now, const Baseline& base) const {
    Scored s;
    s.candidate = cand;
    NextStep& step = s.step;
    step.key = key;
    step.kind = cand.kind;
    step.index = cand.index;
    describe_effort(s, now);
    step.hours_mid = step.hours.mid();
    step.weeks = step.hours_mid / m_s.hours_per_week;

    Subject& after = m_after;  // a copy of `now`, in room kept from call to call
    after = now;
    apply(after, cand);
    Gains g = gains(after, touched(cand, now, after), base);
    step.serves = std::move(g.serves);
    step.fit_gain = g.fit_gain;
    step.readiness_gain = g.readiness_gain;
    step.value = g.value;
    step.value_per_hour = step.value / std::max(step.hours_mid, 1.0);
    step.why = serves_text(step.serves);
    return s;
  }

  const Content& m_c;
  const Profile& m_profile;  // as given: its recorded progress says which steps are skipped
  const Subject& m_s;
  const Plan& m_plan;
  const std::vector<Index>& m_stage_targets;
  Citer& m_citer;
  InputBits m_bits{m_c};
  std::vector<int> m_asked;  // per skill: the highest level a target track asks for
  std::vector<std::vector<std::uint64_t>> m_track_inputs;  // per plan target track
  std::vector<std::vector<std::uint64_t>> m_stage_inputs;  // per stage target
  mutable std::vector<std::uint64_t> m_touched;            // touched()'s result
  mutable Subject m_after;                                 // evaluate()'s and evaluate_project()'s scratch
  mutable std::vector<StepTarget> m_stage_serves;          // gains()' scratch
  bool m_first_track = false;                 // the first target is plan.target_tracks[0]
  std::optional<std::size_t> m_first_stage;   // the first target is stage target m_first_stage
};

}  // namespace

PlannedWork plan_work(const Content& content, const Profile& profile, const Subject& subject, const Plan& plan,
                      const std::vector<Index>& stage_targets, Citer& citer, int max_steps, int max_projects) {
  StepPlanner planner(content, profile, subject, plan, stage_targets, citer);
  PlannedWork out;
  out.steps = planner.plan_steps(max_steps);
  out.projects = planner.plan_projects(max_projects);
  return out;
}

}  // namespace careerplan
