#include "careerplan/plan/route.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "careerplan/match/matcher.hpp"
#include "careerplan/plan/progress.hpp"
#include "careerplan/plan/route_graph.hpp"
#include "careerplan/plan/route_search.hpp"
#include "careerplan/plan/route_words.hpp"

namespace careerplan {

namespace {

using route_detail::Bans;
using route_detail::Move;
using route_detail::Path;
using route_detail::Refusal;
using route_detail::RouteGraph;
using route_detail::Search;
using route_detail::State;
using route_detail::unreachable_reasons;
using route_detail::why_different;

// Yen's algorithm examines at most this many routes, so a large pack cannot make it run long.
constexpr std::size_t k_max_routes_examined = 40;

bool node_less(NodeRef a, NodeRef b) {
  if (a.kind != b.kind) return a.kind < b.kind;
  return a.index < b.index;
}

HopKind hop_kind(NodeRef to) {
  switch (to.kind) {
    case NodeKind::stage: return HopKind::vertical;
    case NodeKind::track: return HopKind::lateral;
    case NodeKind::transition: return HopKind::transition;
  }
  return HopKind::vertical;
}

struct Built {
  Route route;
  State end;
};

// The route along `path` with every hop's rule, steps and low/high estimates.
std::optional<Built> build(const RouteGraph& g, const State& start, const Path& path) {
  Built out;
  State at = start;
  const double per_month = g.hours_per_week() * k_weeks_per_month;
  Range learned;
  Range reached;
  for (std::size_t i = 1; i < path.size(); ++i) {
    Move m = g.move(at, path[i]);
    if (!m.ok) return std::nullopt;
    Hop hop;
    hop.kind = hop_kind(path[i]);
    hop.from = path[i - 1];
    hop.to = path[i];
    hop.entry = std::move(m.entry);
    hop.steps = std::move(m.steps);
    for (const auto& step : hop.steps) {
      hop.hours.low += step.hours.low;
      hop.hours.high += step.hours.high;
    }
    learned.low += hop.hours.low;
    learned.high += hop.hours.high;
    reached.low = std::max({reached.low, m.calendar, learned.low / per_month});
    reached.high = std::max({reached.high, m.calendar, learned.high / per_month});
    hop.reached_months = reached;
    hop.reached_mid = m.next.arrival;
    at = std::move(m.next);
    out.route.hops.push_back(std::move(hop));
  }
  out.route.months = reached;
  out.route.months_mid = at.arrival;
  out.route.hours = learned;
  out.end = std::move(at);
  return out;
}

// The places a route passes through after the start, as a set: two routes differ meaningfully
// when these differ, not merely in order.
Path signature(const Path& p) {
  Path out(p.begin() + (p.empty() ? 0 : 1), p.end());
  std::sort(out.begin(), out.end(), node_less);
  return out;
}

bool route_before(const Route& a, const Path& pa, const Route& b, const Path& pb) {
  if (rank_key(a.months_mid) != rank_key(b.months_mid)) return rank_key(a.months_mid) < rank_key(b.months_mid);
  if (rank_key(a.hours.mid()) != rank_key(b.hours.mid())) return rank_key(a.hours.mid()) < rank_key(b.hours.mid());
  if (pa.size() != pb.size()) return pa.size() < pb.size();
  return std::lexicographical_compare(pa.begin(), pa.end(), pb.begin(), pb.end(), node_less);
}

struct Candidate {
  Path path;
  Built built;
};

// Yen's k-shortest simple paths over the state search, keeping only routes whose set of places
// differs from every route already kept.
std::vector<std::pair<Path, Built>> alternatives(const Content& c, const RouteGraph& g, Search& search,
                                                 const State& start, const Path& best, const Built& best_built,
                                                 int wanted) {
  std::vector<std::pair<Path, Built>> kept;
  if (wanted <= 0) return kept;
  std::vector<Path> examined{best};
  std::vector<Path> kept_signatures{signature(best)};
  std::vector<Candidate> pool;
  while (static_cast<int>(kept.size()) < wanted && examined.size() < k_max_routes_examined) {
    const Path prev = examined.back();
    for (std::size_t i = 0; i + 1 < prev.size(); ++i) {
      const Path root(prev.begin(), prev.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      Bans bans;
      for (const auto& p : examined) {
        if (p.size() > i + 1 && std::equal(root.begin(), root.end(), p.begin())) bans.edges.emplace_back(p[i], p[i + 1]);
      }
      bans.nodes.assign(root.begin(), root.end() - 1);
      auto found = search.run(root, bans, nullptr);
      if (!found) continue;
      const bool known = std::find(examined.begin(), examined.end(), *found) != examined.end() ||
                         std::any_of(pool.begin(), pool.end(), [&](const Candidate& x) { return x.path == *found; });
      if (known) continue;
      auto built = build(g, start, *found);
      if (built) pool.push_back(Candidate{std::move(*found), std::move(*built)});
    }
    if (pool.empty()) break;
    auto next = std::min_element(pool.begin(), pool.end(), [](const Candidate& a, const Candidate& b) {
      return route_before(a.built.route, a.path, b.built.route, b.path);
    });
    Candidate chosen = std::move(*next);
    pool.erase(next);
    examined.push_back(chosen.path);
    const Path sig = signature(chosen.path);
    if (std::find(kept_signatures.begin(), kept_signatures.end(), sig) != kept_signatures.end()) continue;
    kept_signatures.push_back(sig);
    chosen.built.route.why = why_different(c, best, best_built.route, chosen.path, chosen.built.route);
    kept.emplace_back(std::move(chosen.path), std::move(chosen.built));
  }
  return kept;
}

// The transitions open at the end of a route, other than the one it went to.
std::vector<OpenTransition> open_transitions(const Content& c, const Subject& s, const RouteTarget& target) {
  std::vector<OpenTransition> out;
  for (Index i = 0; i < c.transitions.size(); ++i) {
    const Transition& t = c.transitions[i];
    const NodeRef self{NodeKind::transition, i};
    if (std::find(target.nodes.begin(), target.nodes.end(), self) != target.nodes.end()) continue;
    const bool open = !t.skills.empty() && std::all_of(t.skills.begin(), t.skills.end(), [&](Index skill) {
      return skill < s.skills.size() && s.skills[skill] >= k_transition_skill_level;
    });
    if (open) out.push_back(OpenTransition{i, std::string(t.id), std::string(t.title), to_strings(t.fields)});
  }
  return out;
}

}  // namespace

RouteResult find_route(const Content& content, const Profile& profile, const RouteTarget& target,
                       const RouteOptions& options) {
  RouteResult out;
  out.file = profile.file;
  out.name = profile.name;
  out.target = target;
  const Profile person = apply_done_progress(content, profile);
  out.hours_per_week = person.hours_per_week > 0 ? person.hours_per_week : k_default_hours_per_week;
  if (options.hours_per_week && *options.hours_per_week > 0) out.hours_per_week = *options.hours_per_week;
  const RouteGraph graph(content, person, target.nodes, out.hours_per_week);
  const State start = graph.start();
  out.start = start.node;
  std::vector<Refusal> refusals;
  Search search(graph, start);
  const auto best = search.run(Path{start.node}, Bans{}, &refusals);
  if (!best) {
    out.unreachable = unreachable_reasons(content, start.node, target, refusals);
    return out;
  }
  auto built = build(graph, start, *best);
  if (!built) return out;  // unreachable in practice: the search made every move on the path
  out.transitions = open_transitions(content, built->end.subject, target);
  const int wanted = std::clamp(options.alternatives, 0, k_max_route_alternatives);
  for (auto& [path, alt] : alternatives(content, graph, search, start, *best, *built, wanted)) {
    out.alternatives.push_back(std::move(alt.route));
  }
  out.best = std::move(built->route);
  return out;
}

}  // namespace careerplan
