#include "careerplan/plan/team.hpp"

#include <algorithm>
#include <numeric>

namespace careerplan {

TeamBuilder::TeamBuilder(const Content& content)
    : m_c(content),
      m_fit_sum(content.tracks.size(), 0),
      m_best_for(content.tracks.size(), 0),
      m_best_members(content.tracks.size()),
      m_gaps(content.skills.size()),
      m_stages(content.stages.size()) {}

void TeamBuilder::add(const Plan& plan) {
  TeamMember m;
  m.file = plan.profile.file;
  m.name = plan.profile.name.empty() ? plan.profile.file : plan.profile.name;
  m.stage_id = plan.current_stage.id;
  m.stage_title = plan.current_stage.title;
  for (const auto& score : plan.ranking) {
    if (score.track < m_fit_sum.size()) m_fit_sum[score.track] += score.fit;
  }
  if (!plan.tracks.empty() && plan.tracks.front().track < m_best_for.size()) {
    const RankedTrack& best = plan.tracks.front();
    m.best_track_id = best.id;
    m.best_track_title = best.title;
    m.best_fit = best.fit.fit;
    ++m_best_for[best.track];
    m_best_members[best.track].push_back(m.name);
  }
  // One count per member and skill, at the highest level any of their target tracks asks.
  std::vector<std::pair<Index, const SkillGap*>> gaps;
  for (const auto& tg : plan.gaps) {
    for (const auto& g : tg.skills) {
      auto it = std::find_if(gaps.begin(), gaps.end(), [&](const auto& x) { return x.first == g.skill; });
      if (it == gaps.end()) {
        gaps.emplace_back(g.skill, &g);
      } else if (g.need > it->second->need) {
        it->second = &g;
      }
    }
  }
  for (const auto& [skill, g] : gaps) {
    if (skill >= m_gaps.size()) continue;
    GapTally& t = m_gaps[skill];
    ++t.members;
    t.have_sum += g->have;
    t.need = std::max(t.need, g->need);
    t.who.push_back(m.name);
  }
  for (const auto& ns : plan.next_stages) {
    m.next_stages.push_back(MemberNextStage{std::string(ns.id), std::string(ns.title), ns.ready, ns.ready ? 0 : ns.entry.effort.whole_months});
    if (ns.stage >= m_stages.size()) continue;
    if (ns.ready) {
      m_stages[ns.stage].ready.push_back(m.name);
    } else {
      m_stages[ns.stage].not_ready.push_back(WaitingMember{m.name, ns.entry.effort.whole_months});
    }
  }
  m_members.push_back(std::move(m));
}

TeamSummary TeamBuilder::finish(std::size_t top_tracks) const {
  TeamSummary s;
  s.members = m_members;
  const double n = m_members.empty() ? 1 : static_cast<double>(m_members.size());
  std::vector<Index> order(m_c.tracks.size());
  std::iota(order.begin(), order.end(), Index{0});
  std::stable_sort(order.begin(), order.end(), [&](Index a, Index b) {
    if (m_best_for[a] != m_best_for[b]) return m_best_for[a] > m_best_for[b];
    return rank_key(m_fit_sum[a] / n) > rank_key(m_fit_sum[b] / n);
  });
  for (std::size_t i = 0; i < order.size(); ++i) {
    const Index t = order[i];
    if (i >= top_tracks && m_best_for[t] == 0) break;
    s.tracks.push_back(TeamTrack{t, std::string(m_c.tracks[t].id), std::string(m_c.tracks[t].title), m_best_for[t], m_fit_sum[t] / n,
                                 m_best_members[t]});
  }
  std::vector<Index> skills;
  for (Index i = 0; i < m_gaps.size(); ++i) {
    if (m_gaps[i].members > 0) skills.push_back(i);
  }
  std::stable_sort(skills.begin(), skills.end(), [&](Index a, Index b) { return m_gaps[a].members > m_gaps[b].members; });
  for (Index i : skills) {
    const GapTally& t = m_gaps[i];
    s.gaps.push_back(TeamGap{i, std::string(m_c.skills[i].id), std::string(m_c.skills[i].name), t.members,
                             static_cast<double>(t.have_sum) / t.members, t.need, t.who});
  }
  for (Index i = 0; i < m_stages.size(); ++i) {
    const StageTally& t = m_stages[i];
    if (t.ready.empty() && t.not_ready.empty()) continue;
    TeamStageReadiness r{std::string(m_c.stages[i].id), std::string(m_c.stages[i].title), t.ready, t.not_ready};
    std::stable_sort(r.not_ready.begin(), r.not_ready.end(),
                     [](const WaitingMember& a, const WaitingMember& b) { return a.months < b.months; });
    s.stages.push_back(std::move(r));
  }
  return s;
}

}  // namespace careerplan
