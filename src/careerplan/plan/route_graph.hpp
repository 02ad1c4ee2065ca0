#pragma once
// The graph the route search walks: which moves leave a place, what opens each one, and what a
// move costs given what the route has already taught the person. Private to route.cpp.
#include <optional>
#include <string>
#include <vector>

#include "careerplan/match/evaluate.hpp"
#include "careerplan/plan/route.hpp"

namespace careerplan::route_detail {

// Where a route has brought the person, and what it took.
struct State {
  NodeRef node;
  Index anchor = 0;     // the ladder stage the person holds (a track is held from a stage)
  Subject subject;      // skills, certifications and education as the route leaves them
  double arrival = 0;   // months from now (middle figures)
  double learned = 0;   // learning hours so far (middle figures)
};

// One move, worked out: either the state after it, or why it cannot be made.
struct Move {
  bool ok = false;
  std::string failure;  // a sentence naming what stands in the way
  State next;
  Explanation entry;
  std::vector<RouteStep> steps;
  double calendar = 0;  // months from now until every wait of the move is over
};

class RouteGraph {
public:
  RouteGraph(const Content& content, const Profile& profile, const std::vector<NodeRef>& targets,
             double hours_per_week);

  [[nodiscard]] State start() const;
  [[nodiscard]] double hours_per_week() const { return m_hours_per_week; }
  [[nodiscard]] bool is_target(NodeRef node) const;
  // The moves out of a state, in a fixed order: up the ladder (leads_to order), into tracks and
  // targeted transitions (content order).
  [[nodiscard]] std::vector<NodeRef> moves(const State& from) const;
  // With `detail` false, the same `ok`, `failure` and `next` without what only a shown route
  // needs (check lines, step keys, texts and statuses): the search's cost.
  [[nodiscard]] Move move(const State& from, NodeRef to, bool detail = true) const;
  // Whether the person in `a`, with `a_learned` hours behind them, could learn everything the
  // person in `b` knows and still have learned no more than `b_learned` (compared as rank_key).
  [[nodiscard]] bool catches_up(double a_learned, const Subject& a, const Subject& b, double b_learned) const;
  [[nodiscard]] const Rule& entry_rule(NodeRef node) const;

private:
  // The steps that meet `needs` for a person `months` from now; applies them to `subject`.
  std::vector<RouteStep> steps_for(const std::vector<Need>& needs, Subject& subject, double months, bool detail) const;
  [[nodiscard]] Index choose_cert(const std::vector<Index>& group) const;
  // The person's years of experience `months` from now.
  [[nodiscard]] double years_at(double months) const;
  [[nodiscard]] std::string blocked_reason(const Explanation& entry) const;

  const Content& m_c;
  const Profile& m_profile;
  std::vector<NodeRef> m_targets;
  double m_hours_per_week;
  double m_years_now;  // the profile's years of experience today
  std::vector<Rule> m_track_rules;
  std::vector<Rule> m_transition_rules;
};

}  // namespace careerplan::route_detail
