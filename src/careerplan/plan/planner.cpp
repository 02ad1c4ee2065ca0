#include "careerplan/plan/planner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "careerplan/plan/progress.hpp"

namespace careerplan {

namespace {

// Meeting every entry requirement of a next stage is worth as much as a track's gates part.
constexpr double k_readiness_weight = k_gate_points / k_fit_points;

// Turns SourceRefs into Citations and remembers which sources the plan cites.
class Citer {
public:
  explicit Citer(const Content& c) : m_c(c), m_cited(c.sources.size(), false) {}

  Citation cite(const SourceRef& ref) {
    Citation out;
    out.section = ref.section;
    if (ref.source >= m_c.sources.size()) return out;
    const Source& s = m_c.sources[ref.source];
    m_cited[ref.source] = true;
    out.source_id = s.id;
    out.title = s.title;
    out.estimate = s.estimate;
    return out;
  }

  [[nodiscard]] std::vector<CitedSource> cited() const {
    std::vector<CitedSource> out;
    for (Index i = 0; i < m_c.sources.size(); ++i) {
      if (!m_cited[i]) continue;
      const Source& s = m_c.sources[i];
      out.push_back(CitedSource{i, s.id, s.title, s.author, s.file, s.url, s.estimate});
    }
    return out;
  }

private:
  const Content& m_c;
  std::vector<bool> m_cited;
};

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

std::vector<Index> choose_targets(const Plan& plan, const Profile& profile, const PlanOptions& options,
                                  TargetChoice& choice) {
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
  const auto n = static_cast<std::size_t>(std::max(options.top, 1));
  for (std::size_t i = 0; i < plan.ranking.size() && i < n; ++i) out.push_back(plan.ranking[i].track);
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

struct Candidate {
  StepKind kind = StepKind::skill;
  Index index = 0;
  int level = 0;
  bool skipped = false;  // the profile records it as skipped: never proposed again
};

// Candidate steps keyed by their stable key; once marked (mark_skipped), they are in key order,
// each key once.
class Candidates {
public:
  Candidates(const Content& c, const Subject& s) : m_c(c), m_s(s) {}

  void skill(Index skill, int level) {
    if (skill >= m_c.skills.size() || level > k_max_level || level <= m_s.skills[skill]) return;
    std::string key = "skill:";
    key += m_c.skills[skill].id;
    key += '@';
    key += std::to_string(level);
    m_items.emplace_back(std::move(key), Candidate{StepKind::skill, skill, level});
  }

  void cert(Index cert) {
    if (cert >= m_c.certifications.size() || m_s.certs[cert] != 0) return;
    m_items.emplace_back("cert:" + std::string(m_c.certifications[cert].id), Candidate{StepKind::cert, cert, 0});
  }

  // Every unmet leaf's needs, including each alternative of an `any`, so all ways in are weighed.
  // The skills and certifications that would meet an unmet leaf of `rule`.
  void from_rule(const Rule& rule) {
    m_needs.clear();
    add_unmet_leaves(rule, m_s, m_c, m_needs);
    for (const auto& n : m_needs) {
      if (n.kind == NeedKind::skill) skill(n.index, n.level);
      if (n.kind == NeedKind::cert) {
        for (Index i : n.certs) cert(i);
      }
    }
  }

  [[nodiscard]] const std::vector<std::pair<std::string, Candidate>>& items() const { return m_items; }

  // Puts the candidates in key order, each once, and marks the ones the profile records as
  // skipped, before any round weighs them.
  void mark_skipped(const Profile& profile) {
    std::stable_sort(m_items.begin(), m_items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    m_items.erase(std::unique(m_items.begin(), m_items.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
                  m_items.end());
    for (auto& [key, cand] : m_items) cand.skipped = recorded_status(m_c, profile, key) == StepStatus::skipped;
  }

private:
  const Content& m_c;
  const Subject& m_s;
  std::vector<std::pair<std::string, Candidate>> m_items;
  std::vector<Need> m_needs;  // from_rule's scratch
};

struct StageTarget {
  Index stage = 0;
  int held = 0;
  int requirements = 0;
};

// What the person's targets look like at one point of the plan, to measure a step's gains against.
struct Baseline {
  std::vector<double> fit;     // per plan target track
  std::vector<double> weight;  // per plan target track: how much its gains count
  std::vector<StageTarget> stages;
};

// The skills and certifications a target's score reads, as a bit set: skill i is bit i,
// certification j bit skills + j. A step changes only skills and certifications, so a target
// none of whose inputs it changes gains exactly nothing from it, and its score need not be
// computed again.
class InputBits {
public:
  explicit InputBits(const Content& c) : m_skills(c.skills.size()), m_words((c.skills.size() + c.certifications.size() + 63) / 64) {}

  [[nodiscard]] std::vector<std::uint64_t> of_track(const Track& t) const {
    std::vector<std::uint64_t> bits(m_words, 0);
    for (const auto& k : t.key_skills) set(bits, k.skill);
    for (Index cert : t.certifications) set(bits, m_skills + cert);
    add_rule(bits, t.requirements);
    return bits;
  }

  [[nodiscard]] std::vector<std::uint64_t> of_rule(const Rule& r) const {
    std::vector<std::uint64_t> bits(m_words, 0);
    add_rule(bits, r);
    return bits;
  }

  // What a step changed: skills and certifications, added one at a time.
  void clear(std::vector<std::uint64_t>& bits) const { bits.assign(m_words, 0); }
  void add_skill(std::vector<std::uint64_t>& bits, Index skill) const { set(bits, skill); }
  void add_cert(std::vector<std::uint64_t>& bits, Index cert) const { set(bits, m_skills + cert); }

  static bool meet(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    for (std::size_t w = 0; w < a.size() && w < b.size(); ++w) {
      if ((a[w] & b[w]) != 0) return true;
    }
    return false;
  }

private:
  void set(std::vector<std::uint64_t>& bits, std::size_t i) const {
    if (i / 64 < bits.size()) bits[i / 64] |= std::uint64_t{1} << (i % 64);
  }

  void add_rule(std::vector<std::uint64_t>& bits, const Rule& r) const {
    if (r.kind == RuleKind::skill) set(bits, r.index);
    if (r.kind == RuleKind::cert) {
      for (Index cert : r.group) set(bits, m_skills + cert);
    }
    for (const auto& child : r.children) add_rule(bits, child);
  }

  std::size_t m_skills;
  std::size_t m_words;
};

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
    while (static_cast<int>(kept.size()) < max_steps) {
      baseline(now, base);
      // Weighs every candidate in numbers only; the winner alone is described in full.
      const std::string* best_key = nullptr;
      const Candidate* best_cand = nullptr;
      std::int64_t best_rank = 0;
      for (const auto& [key, cand] : cands.items()) {
        if (cand.skipped || done(now, cand)) continue;
        after.skills = now.skills;
        after.certs = now.certs;
        apply(after, cand);
        const double value = gains(after, touched(cand, now, after), base, false).value;
        if (rank_key(value) <= 0) continue;
        const std::int64_t rank = rank_key(value / std::max(hours_of(cand, now).mid(), 1.0));
        // Equal values keep the first in key order, so the order never depends on the platform.
        if (best_key == nullptr || rank > best_rank) best_key = &key, best_cand = &cand, best_rank = rank;
      }
      if (best_key == nullptr) break;
      std::optional<Scored> best = evaluate(*best_key, *best_cand, now, base);
      apply(now, best->candidate);
      best->step.status = recorded_status(m_c, m_profile, best->step.key);
      for (const auto& ref : best->effort_sources) best->step.sources.push_back(m_citer.cite(ref));
      weeks += best->step.weeks;
      best->step.finish_weeks = weeks;
      kept.push_back(std::move(best->step));
    }
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
    std::vector<bool> taken(m_c.projects.size(), false);
    Subject now = m_s;
    Subject after = m_s;
    Baseline base;
    while (static_cast<int>(kept.size()) < max_projects) {
      baseline(now, base);
      // Weighs every project in numbers only; the winner alone is described in full.
      std::optional<Index> best;
      std::int64_t best_rank = 0;
      for (Index i = 0; i < m_c.projects.size(); ++i) {
        if (taken[i] || statuses[i] == StepStatus::skipped || statuses[i] == StepStatus::done) continue;
        if (!practises_gap(i, now)) continue;
        after.skills = now.skills;
        for (const auto& practised : m_c.projects[i].practises) raise_skill(after, practised.skill, practised.level);
        const double value = gains(after, touched(m_c.projects[i], now, after), base, false).value;
        if (rank_key(value) <= 0) continue;
        const std::int64_t rank = rank_key(value / std::max(m_c.projects[i].effort_hours.range.mid(), 1.0));
        if (!best || rank > best_rank || (rank == best_rank && keys[i] < keys[*best])) best = i, best_rank = rank;
      }
      if (!best) break;
      std::optional<ProjectStep> step = evaluate_project(*best, now, base);
      step->key = keys[*best];
      step->status = statuses[*best];
      taken[*best] = true;
      const Project& p = m_c.projects[*best];
      for (const auto& practised : p.practises) raise_skill(now, practised.skill, practised.level);
      step->source = m_citer.cite(p.source);
      step->effort_source = m_citer.cite(p.effort_hours.source);
      kept.push_back(std::move(*step));
    }
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
    for (std::size_t i = 0; i < m_plan.target_tracks.size(); ++i) {
      if (!InputBits::meet(m_track_inputs[i], touched)) continue;  // its gain is exactly 0
      const Index t = m_plan.target_tracks[i];
      const double gain = fit_score(m_c, after, t).fit - base.fit[i];
      if (rank_key(gain) <= 0) continue;
      g.fit_gain += gain;
      g.value += gain * base.weight[i];
      if (!describe) continue;
      g.serves.push_back(StepTarget{TargetRef{true, t}, m_c.tracks[t].id, m_c.tracks[t].title, gain, base.weight[i]});
    }
    for (std::size_t i = 0; i < base.stages.size(); ++i) {
      const StageTarget& st = base.stages[i];
      if (st.requirements == 0 || !InputBits::meet(m_stage_inputs[i], touched)) continue;
      const int held = count_requirements(m_c.stages[st.stage].requirements, after, m_c).held;
      const double gain = k_readiness_weight * (held - st.held) / st.requirements;
      if (rank_key(gain) <= 0) continue;
      g.readiness_gain += gain;
      g.value += gain;
      if (!describe) continue;
      g.serves.push_back(
          StepTarget{TargetRef{false, st.stage}, m_c.stages[st.stage].id, m_c.stages[st.stage].title, gain, 1});
    }
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
};

// The stages a person works towards: the next stages, the stages that next stages they are
// already ready for lead to (a stage you are ready for needs no work), and goals.stage.
std::vector<Index> stage_targets(const Content& c, const Plan& plan, const Profile& profile) {
  std::vector<Index> out;
  const auto add = [&](Index s) {
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

// The route an exported plan shows: see Plan::route.
std::optional<RouteResult> route_to_first_target(const Content& c, const Profile& profile, const Plan& plan,
                                                 double hours_per_week) {
  std::optional<NodeRef> first;
  if (profile.target_stage && plan.target_choice == TargetChoice::top_fit) {
    first = NodeRef{NodeKind::stage, *profile.target_stage};
  } else if (!plan.target_tracks.empty()) {
    first = NodeRef{NodeKind::track, plan.target_tracks.front()};
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
  plan.current_stage = StageStanding{cur.stage, here.id, here.title, cur.inferred, cur.reason, cur.evidence};
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
  for (Index t : choose_targets(plan, profile, options, plan.target_choice)) {
    if (t < content.tracks.size()) plan.target_tracks.push_back(t);
  }
  // Only the tracks shown get their fit explained in full: a pack of thousands costs one score each.
  const auto top = static_cast<std::size_t>(std::max(options.top, 1));
  std::vector<char> is_target(content.tracks.size(), 0);
  for (Index t : plan.target_tracks) is_target[t] = 1;
  for (std::size_t i = 0; i < plan.ranking.size(); ++i) {
    const Index track = plan.ranking[i].track;
    const bool target = is_target[track] != 0;
    if (i >= top && !target) continue;
    const Track& t = content.tracks[track];
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
    rt.fit = track_fit(content, subject, track, options.rule_checks);
    plan.tracks.push_back(std::move(rt));
  }
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
  StepPlanner planner(content, profile, subject, plan, stages, citer);
  plan.next_steps = planner.plan_steps(std::max(options.max_steps, 0));
  plan.projects = planner.plan_projects(k_max_projects);
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
  for (Index i = 0; i < content.strategies.size(); ++i) {
    const Strategy& s = content.strategies[i];
    if (!holds(s.when, aiming, content)) continue;
    Explanation why;
    why.held = true;
    if (options.rule_checks) why = explain(s.when, aiming, content);
    plan.strategies.push_back(AppliedStrategy{i, s.id, s.title, s.category, s.description,
                                              std::move(why), citer.cite(s.source)});
  }

  plan.sources = citer.cited();
  return plan;
}

}  // namespace careerplan
