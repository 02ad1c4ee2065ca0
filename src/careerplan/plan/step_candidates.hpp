#pragma once
// The machinery the step planner weighs candidates with: the candidate steps a plan's targets
// suggest, the inputs (skills and certifications) each target's score reads, and the greedy
// rounds that choose among them.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "careerplan/match/evaluate.hpp"
#include "careerplan/model/model.hpp"
#include "careerplan/model/profile.hpp"
#include "careerplan/plan/planner.hpp"

namespace careerplan {

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

// Greedy rounds shared by steps and projects: each round scores every item against the person
// as the rounds before left them (`score`: a rank, or none when the item does nothing) and
// takes the best (`take`); equal ranks keep the first item, so callers order items by key.
template <class Score, class Take>
void greedy(int rounds, std::size_t items, Score score, Take take) {
  for (int round = 0; round < rounds; ++round) {
    std::optional<std::size_t> best;
    std::int64_t best_rank = 0;
    for (std::size_t i = 0; i < items; ++i) {
      const std::optional<std::int64_t> rank = score(i);
      if (rank && (!best || *rank > best_rank)) best = i, best_rank = *rank;
    }
    if (!best) return;
    take(*best);
  }
}

}  // namespace careerplan
