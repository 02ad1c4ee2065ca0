#include "careerplan/plan/strategy_choice.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "careerplan/match/matcher.hpp"

namespace careerplan {

namespace {

// A skill a strategy develops counts by how far the person falls short of the level the first
// target asks (a second target or the next stage counts half); a strategy about no skill in
// short supply still applies, with this much.
constexpr double k_base_relevance = 0.5;

struct Ask {
  int level = 0;
  double weight = 0;
  std::string_view by;  // the target asking: "DevOps / Site Reliability Engineer"
};

// Per skill: the most-weighted level a target asks for.
std::vector<Ask> asks(const Content& c, const Plan& plan) {
  std::vector<Ask> out(c.skills.size());
  const auto ask = [&](Index skill, int level, double weight, std::string_view by) {
    if (skill >= out.size()) return;
    Ask& a = out[skill];
    if (weight > a.weight || (weight == a.weight && level > a.level)) a = Ask{level, weight, by};
  };
  for (std::size_t i = 0; i < plan.target_tracks.size(); ++i) {
    const Track& t = c.tracks[plan.target_tracks[i]];
    const bool first = plan.first_target && plan.first_target->target.is_track &&
                       plan.first_target->target.index == plan.target_tracks[i];
    for (const auto& k : t.key_skills) ask(k.skill, k.level, first ? 1.0 : 0.5, t.title);
  }
  for (const auto& ns : plan.next_stages) {
    const bool first = plan.first_target && !plan.first_target->target.is_track &&
                       plan.first_target->target.index == ns.stage;
    for (const auto& need : ns.entry.needs) {
      if (need.kind == NeedKind::skill) ask(need.index, need.level, first ? 1.0 : 0.5, ns.title);
    }
  }
  return out;
}

AppliedStrategy describe(const Content& c, const Subject& s, const std::vector<Ask>& asked, Index i,
                         Citer& citer) {
  const Strategy& st = c.strategies[i];
  AppliedStrategy a{i, st.id, st.title, st.category, st.description, st.quote, {}, k_base_relevance,
                    Explanation{}, citer.cite(st.source)};
  a.why.held = true;
  // The reason names the skill with the largest weighted shortfall.
  double best = 0;
  for (Index skill : st.skills) {
    if (skill >= asked.size()) continue;
    const int have = s.skills[skill];
    const double gap = asked[skill].weight * std::max(asked[skill].level - have, 0);
    a.relevance += gap;
    if (gap <= best) continue;
    best = gap;
    a.reason = fmt::format("your {} is {} of {}", c.skills[skill].name, have, asked[skill].level);
  }
  if (!st.action.empty()) a.reason += a.reason.empty() ? std::string(st.action) : fmt::format(": {}", st.action);
  return a;
}

}  // namespace

void choose_strategies(const Content& c, const Subject& aiming, Plan& plan, Citer& citer) {
  const std::vector<Ask> asked = asks(c, plan);
  std::vector<AppliedStrategy> applied;
  for (Index i = 0; i < c.strategies.size(); ++i) {
    if (holds(c.strategies[i].when, aiming, c)) applied.push_back(describe(c, aiming, asked, i, citer));
  }
  std::stable_sort(applied.begin(), applied.end(), [](const AppliedStrategy& a, const AppliedStrategy& b) {
    return rank_key(a.relevance) > rank_key(b.relevance);
  });
  const int max = plan.options.max_strategies;
  for (auto& a : applied) {
    const bool repeats = !a.quote.empty() && std::any_of(plan.strategies.begin(), plan.strategies.end(),
                                                         [&](const AppliedStrategy& x) { return x.quote == a.quote; });
    const bool room = max < 0 || static_cast<int>(plan.strategies.size()) < max;
    if (room && !repeats) {
      if (plan.options.rule_checks) a.why = explain(c.strategies[a.strategy].when, aiming, c);
      plan.strategies.push_back(std::move(a));
    } else {
      plan.other_strategies.push_back(std::move(a));
    }
  }
}

}  // namespace careerplan
