#include "careerplan/plan/route_graph.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "careerplan/match/matcher.hpp"
#include "careerplan/plan/progress.hpp"

namespace careerplan::route_detail {

namespace {

Rule skill_leaf(Index skill, int level, const FilePos& where) {
  Rule r;
  r.kind = RuleKind::skill;
  r.index = skill;
  r.level = level;
  r.where = where;
  return r;
}

Rule all_of(std::vector<Rule> parts) {
  if (parts.empty()) return Rule::always();
  if (parts.size() == 1) return std::move(parts.front());
  Rule r;
  r.kind = RuleKind::all;
  r.children = std::move(parts);
  return r;
}

// A track opens when its `requires` holds and its essential key skills are at the level it asks:
// the gate alone would let someone with none of the track's skills "enter" it.
Rule track_rule(const Track& t) {
  std::vector<Rule> parts;
  if (t.requirements.kind == RuleKind::all) {
    parts = t.requirements.children;
  } else if (t.requirements.kind != RuleKind::always) {
    parts.push_back(t.requirements);
  }
  for (const auto& k : t.key_skills) {
    if (k.essential) parts.push_back(skill_leaf(k.skill, k.level, t.where));
  }
  return all_of(std::move(parts));
}

Rule transition_rule(const Transition& t) {
  std::vector<Rule> parts;
  for (Index skill : t.skills) parts.push_back(skill_leaf(skill, k_transition_skill_level, t.where));
  return all_of(std::move(parts));
}

bool estimate_source(const Content& c, const SourceRef& ref) {
  return ref.source < c.sources.size() && c.sources[ref.source].estimate;
}

}  // namespace

double RouteGraph::years_at(double months) const {
  // Hundredths: rule texts show the years ("you: 2.62"), and a day either way changes no gate.
  return std::round((m_years_now + months / 12) * 100) / 100;
}

RouteGraph::RouteGraph(const Content& content, const Profile& profile, const std::vector<NodeRef>& targets,
                       double hours_per_week)
    : m_c(content),
      m_profile(profile),
      m_targets(targets),
      m_hours_per_week(hours_per_week),
      m_years_now(profile.years_experience) {
  for (const auto& t : content.tracks) m_track_rules.push_back(track_rule(t));
  for (const auto& t : content.transitions) m_transition_rules.push_back(transition_rule(t));
}

State RouteGraph::start() const {
  const CurrentStage cur = find_current_stage(m_c, m_profile);
  State s;
  s.node = NodeRef{NodeKind::stage, cur.stage};
  s.anchor = cur.stage;
  s.subject = make_subject(m_c, m_profile, cur.stage);
  s.subject.hours_per_week = m_hours_per_week;
  for (const auto& t : m_targets) {
    if (t.kind == NodeKind::transition) continue;
    s.subject.targets.push_back(TargetRef{t.kind == NodeKind::track, t.index});
  }
  return s;
}

bool RouteGraph::is_target(NodeRef node) const {
  return std::find(m_targets.begin(), m_targets.end(), node) != m_targets.end();
}

const Rule& RouteGraph::entry_rule(NodeRef node) const {
  switch (node.kind) {
    case NodeKind::track: return m_track_rules[node.index];
    case NodeKind::transition: return m_transition_rules[node.index];
    case NodeKind::stage: break;
  }
  return m_c.stages[node.index].requirements;
}

std::vector<NodeRef> RouteGraph::moves(const State& from) const {
  std::vector<NodeRef> out;
  if (from.node.kind == NodeKind::transition) return out;  // a transition leaves the ladder
  for (Index next : m_c.stages[from.anchor].leads_to) {
    if (next < m_c.stages.size()) out.push_back(NodeRef{NodeKind::stage, next});
  }
  if (from.node.kind == NodeKind::stage) {
    for (Index i = 0; i < m_c.tracks.size(); ++i) out.push_back(NodeRef{NodeKind::track, i});
  }
  for (const auto& t : m_targets) {
    if (t.kind == NodeKind::transition) out.push_back(t);
  }
  return out;
}

Index RouteGraph::choose_cert(const std::vector<Index>& group) const {
  std::optional<Index> best;
  bool best_skipped = true;
  for (Index i : group) {
    if (i >= m_c.certifications.size()) continue;
    const bool skipped =
        recorded_status(m_c, m_profile, fmt::format("cert:{}", m_c.certifications[i].id)) == StepStatus::skipped;
    const double hours = m_c.certifications[i].prep_hours.range.mid();
    // A certification the person skipped is taken only when the group offers nothing else.
    const bool better = !best || (best_skipped && !skipped) ||
                        (skipped == best_skipped &&
                         rank_key(hours) < rank_key(m_c.certifications[*best].prep_hours.range.mid()));
    if (better) {
      best = i;
      best_skipped = skipped;
    }
  }
  return best.value_or(group.empty() ? 0 : group.front());
}

std::vector<RouteStep> RouteGraph::steps_for(const std::vector<Need>& needs, Subject& subject, double months,
                                             bool detail) const {
  std::vector<RouteStep> steps;
  for (const auto& n : needs) {
    RouteStep step;
    switch (n.kind) {
      case NeedKind::skill: {
        if (n.index >= m_c.skills.size()) continue;
        step.kind = RouteStepKind::skill;
        step.index = n.index;
        step.from_level = subject.skills[n.index];
        step.to_level = n.level;
        if (step.from_level >= step.to_level) continue;
        const Skill& skill = m_c.skills[n.index];
        step.hours = skill_hours(m_c, n.index, step.from_level, step.to_level);
        raise_skill(subject, n.index, n.level);
        if (!detail) break;
        step.estimate = skill_hours_estimate(m_c, n.index, step.from_level, step.to_level);
        step.key = fmt::format("skill:{}@{}", skill.id, step.to_level);
        step.text = step.from_level == 0
                        ? fmt::format("learn {} to level {}", skill.name, step.to_level)
                        : fmt::format("raise {} from level {} to {}", skill.name, step.from_level, step.to_level);
        break;
      }
      case NeedKind::cert: {
        if (n.certs.empty()) continue;
        const Index cert = choose_cert(n.certs);
        if (cert >= m_c.certifications.size()) continue;
        const Certification& c = m_c.certifications[cert];
        step.kind = RouteStepKind::cert;
        step.index = cert;
        step.hours = c.prep_hours.range;
        grant_cert(subject, m_c, cert);
        if (!detail) break;
        step.estimate = estimate_source(m_c, c.prep_hours.source);
        step.key = fmt::format("cert:{}", c.id);
        step.text = fmt::format("get {}", c.name);
        break;
      }
      case NeedKind::years: {
        // The years the rule asks for, to the hundredth the need was rounded to; counted from today.
        const double required = std::round((subject.years + n.years) * 100) / 100;
        step.kind = RouteStepKind::years;
        step.months = std::max(0.0, (required - m_years_now) * 12);
        if (detail) step.text = fmt::format("reach {} year{} of experience", required, required == 1 ? "" : "s");
        break;
      }
      case NeedKind::education:
        step.kind = RouteStepKind::education;
        step.months = months + n.calendar_months;
        if (detail) step.text = n.text;
        subject.education = std::max(subject.education, static_cast<Education>(n.level));
        break;
      case NeedKind::target:
        // Aiming at a track or stage costs nothing; the person on this route aims at it.
        for (const auto& t : n.targets) subject.targets.push_back(t);
        continue;
      case NeedKind::stage:
        continue;
    }
    if (!step.key.empty()) step.status = recorded_status(m_c, m_profile, step.key);
    steps.push_back(std::move(step));
  }
  return steps;
}

std::string RouteGraph::blocked_reason(const Explanation& entry) const {
  for (std::size_t i = 0; i < entry.checks.size(); ++i) {
    const Check& ch = entry.checks[i];
    if (ch.kind != CheckKind::not_ || ch.held) continue;
    std::string what = i + 1 < entry.checks.size() ? entry.checks[i + 1].text : std::string("a condition");
    std::string where = ch.where.line > 0 ? fmt::format(" ({}:{})", m_c.file_of(ch.where), ch.where.line) : std::string();
    return fmt::format("ruled out by \"not: {}\"{}: a route only adds skills, certifications and years, so "
                       "that cannot hold again",
                       what, where);
  }
  return "ruled out by a condition that cannot be undone";
}

Move RouteGraph::move(const State& from, NodeRef to, bool detail) const {
  Move m;
  Subject s = from.subject;
  s.stage = from.anchor;
  s.years = years_at(from.arrival);  // experience grows while the route goes on
  const Rule& rule = entry_rule(to);
  m.entry = explain(rule, s, m_c, detail);
  if (!m.entry.held) {
    if (m.entry.blocked) {
      // The reason names the `not` line, which only the checks hold.
      m.failure = blocked_reason(detail ? m.entry : explain(rule, s, m_c, true));
      return m;
    }
    for (const auto& n : m.entry.needs) {
      if (n.kind != NeedKind::stage) continue;
      m.failure = fmt::format("from {} it needs the {} stage first", m_c.stages[from.anchor].title,
                              n.index < m_c.stages.size() ? m_c.stages[n.index].title : std::string("a later"));
      return m;
    }
    m.steps = steps_for(m.entry.needs, s, from.arrival, detail);
    for (const auto& step : m.steps) m.calendar = std::max(m.calendar, step.months);
    // Whether every need together makes the rule hold, with the person as old as the waits make
    // them (a hair more, so the hundredths a need is rounded to cannot fail it).
    Subject after_waits = s;
    after_waits.years = std::max(s.years, m_years_now + m.calendar / 12) + 0.01;
    if (!holds(rule, after_waits, m_c)) {
      m.failure = "its requirements cannot all hold at once";
      return m;
    }
  }
  double hours = 0;
  for (const auto& step : m.steps) hours += step.hours.mid();
  m.next.node = to;
  m.next.anchor = to.kind == NodeKind::stage ? to.index : from.anchor;
  s.stage = m.next.anchor;
  m.next.learned = from.learned + hours;
  m.next.arrival = std::max({from.arrival, m.calendar, m.next.learned / (m_hours_per_week * k_weeks_per_month)});
  s.years = years_at(m.next.arrival);
  m.next.subject = std::move(s);
  m.ok = true;
  return m;
}

bool RouteGraph::catches_up(double a_learned, const Subject& a, const Subject& b, double b_learned) const {
  // Hours only add, so once the sum so far is over, the whole is: stop there.
  const std::int64_t limit = rank_key(b_learned);
  double hours = 0;
  for (Index i = 0; i < a.skills.size() && i < b.skills.size(); ++i) {
    if (b.skills[i] <= a.skills[i]) continue;
    hours += skill_hours(m_c, i, a.skills[i], b.skills[i]).mid();
    if (rank_key(a_learned + hours) > limit) return false;
  }
  for (Index i = 0; i < a.certs.size() && i < b.certs.size(); ++i) {
    if (b.certs[i] == 0 || a.certs[i] != 0) continue;
    hours += m_c.certifications[i].prep_hours.range.mid();
    if (rank_key(a_learned + hours) > limit) return false;
  }
  return rank_key(a_learned + hours) <= limit;
}

}  // namespace careerplan::route_detail
