#pragma once
// The state search behind `path`: Dijkstra over states with dominance, run once for the fastest
// route and once per spur for the alternatives. Every state the runs reach is stored once, named
// by the move that first reached it, and every move out of it is worked out once: a spur's start
// is found by following stored moves, so the alternatives' runs repeat bookkeeping, not work.
// Private to route.cpp.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "careerplan/plan/route_graph.hpp"

namespace careerplan::route_detail {

using Path = std::vector<NodeRef>;

struct Bans {
  std::vector<NodeRef> nodes;
  std::vector<std::pair<NodeRef, NodeRef>> edges;

  [[nodiscard]] bool node(NodeRef n) const;
  [[nodiscard]] bool edge(NodeRef a, NodeRef b) const;
};

// A move the search could not make, and why.
struct Refusal {
  NodeRef from;
  NodeRef to;
  std::string reason;
};

// uint64 -> uint32 with open addressing: one array, no allocation per key, cleared in place.
class FlatIndex {
public:
  [[nodiscard]] std::optional<std::uint32_t> find(std::uint64_t key) const;
  void put(std::uint64_t key, std::uint32_t value);  // inserts or replaces
  void clear();

private:
  void grow();
  std::vector<std::uint64_t> m_keys;  // key + 1; 0 marks an empty slot
  std::vector<std::uint32_t> m_values;
  std::size_t m_size = 0;
};

// A label is a place plus what the route has taught the person on the way there, ordered by
// months until it is reached. Because a move's cost depends on what the route already taught,
// one place can hold several labels; a label is dropped when another at the same place (and
// ladder stage) arrives no later and could learn what it knows within the hours it saved, so it
// can do everything the dropped one could, no later. Tracks that are not a target count as one
// place here: from any of them the same moves lead on (up the ladder from the stage held, or to
// a targeted transition), so a detour through one track can stand in for a detour through
// another. And a place keeps at most k_max_labels_per_place labels, the earliest: the bound on
// the frontier that keeps a search linear in the size of the pack (docs/routes.md).
// Labels kept per place and ladder stage: beyond this many, a later (slower) way into a place
// is dropped. No place in the built-in pack or the route tests comes near it.
inline constexpr std::size_t k_max_labels_per_place = 8;

class Search {
public:
  // `start`: the person where every route begins.
  Search(const RouteGraph& graph, State start);

  // The fastest path to a target from the end of `root` (which begins at the start and is
  // walked with the moves stored, or worked out); `refusals` collects the moves that could not
  // be made. Empty when there is none, or when a move on `root` cannot be made.
  std::optional<Path> run(const Path& root, const Bans& bans, std::vector<Refusal>* refusals);

private:
  using StateId = std::uint32_t;
  static constexpr std::int32_t k_unknown = -2;  // a move not worked out yet
  static constexpr std::int32_t k_refused = -1;  // a move that cannot be made

  struct Node {
    State state;
    std::vector<std::int32_t> out;  // per move, in RouteGraph::moves' order: the state it leads to, k_refused or k_unknown
  };
  struct Label {
    StateId state;
    std::int32_t parent;
  };

  // The state move `k` of `count` (to `to`) leads to from `from`, worked out the first time.
  std::int32_t follow(StateId from, std::size_t k, std::size_t count, NodeRef to);
  std::optional<StateId> walk(const Path& root);
  [[nodiscard]] const State& state_of(std::size_t label) const { return m_nodes[m_labels[label].state].state; }
  [[nodiscard]] bool dominated(const State& b) const;
  bool settle(StateId id);  // false when the place is full
  [[nodiscard]] bool on_path(std::size_t at, const Path& root, NodeRef n) const;
  [[nodiscard]] Path path_of(std::size_t at, const Path& root) const;
  [[nodiscard]] std::uint64_t place_key(const State& s) const;
  [[nodiscard]] bool interchangeable(NodeRef n) const;
  static constexpr std::uint64_t k_any_track = (std::uint64_t{1} << 30) - 1;
  static constexpr std::uint32_t k_end = ~std::uint32_t{0};

  const RouteGraph& m_g;
  std::vector<Node> m_nodes;  // every state reached by any run; 0 is the start
  std::unordered_map<std::uint64_t, std::string> m_failures;  // why a move was refused, by (state, move)
  // One run's labels and, by place and ladder stage, the states settled there: a chain through
  // m_settled, newest first.
  std::vector<Label> m_labels;
  FlatIndex m_settled_head;
  std::vector<std::pair<StateId, std::uint32_t>> m_settled;  // state, index of the next or ~0
};

}  // namespace careerplan::route_detail
