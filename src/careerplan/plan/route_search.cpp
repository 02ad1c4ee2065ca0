#include "careerplan/plan/route_search.hpp"

#include <algorithm>
#include <queue>

#include "careerplan/match/matcher.hpp"

namespace careerplan::route_detail {

namespace {

std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return x;
}

// The heap's order: months, then hours, then creation order, so ties never depend on the platform.
struct Queued {
  std::int64_t arrival;
  std::int64_t learned;
  std::uint32_t label;
  friend bool operator>(const Queued& a, const Queued& b) {
    if (a.arrival != b.arrival) return a.arrival > b.arrival;
    if (a.learned != b.learned) return a.learned > b.learned;
    return a.label > b.label;
  }
};

}  // namespace

bool Bans::node(NodeRef n) const { return std::find(nodes.begin(), nodes.end(), n) != nodes.end(); }
bool Bans::edge(NodeRef a, NodeRef b) const {
  return std::find(edges.begin(), edges.end(), std::make_pair(a, b)) != edges.end();
}

std::optional<std::uint32_t> FlatIndex::find(std::uint64_t key) const {
  if (m_keys.empty()) return std::nullopt;
  const std::size_t mask = m_keys.size() - 1;
  for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
    if (m_keys[i] == 0) return std::nullopt;
    if (m_keys[i] == key + 1) return m_values[i];
  }
}

void FlatIndex::put(std::uint64_t key, std::uint32_t value) {
  if ((m_size + 1) * 2 > m_keys.size()) grow();
  const std::size_t mask = m_keys.size() - 1;
  for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
    if (m_keys[i] == key + 1) {
      m_values[i] = value;
      return;
    }
    if (m_keys[i] == 0) {
      m_keys[i] = key + 1;
      m_values[i] = value;
      ++m_size;
      return;
    }
  }
}

void FlatIndex::grow() {
  std::vector<std::uint64_t> keys(std::max<std::size_t>(64, m_keys.size() * 2), 0);
  std::vector<std::uint32_t> values(keys.size());
  std::swap(keys, m_keys);
  std::swap(values, m_values);
  m_size = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] != 0) put(keys[i] - 1, values[i]);
  }
}

void FlatIndex::clear() {
  std::fill(m_keys.begin(), m_keys.end(), 0);
  m_size = 0;
}

Search::Search(const RouteGraph& graph, State start) : m_g(graph) { m_nodes.push_back(Node{std::move(start), {}}); }

std::uint64_t Search::place_key(const State& s) const {
  // Indexes and stages number far below 2^30 (a pack's size is capped), so the fields never overlap.
  const std::uint64_t index = interchangeable(s.node) ? k_any_track : s.node.index;
  return (index << 34) | (static_cast<std::uint64_t>(s.node.kind) << 32) | s.anchor;
}

bool Search::interchangeable(NodeRef n) const { return n.kind == NodeKind::track && !m_g.is_target(n); }

std::int32_t Search::follow(StateId from, std::size_t k, std::size_t count, NodeRef to) {
  if (m_nodes[from].out.empty()) m_nodes[from].out.assign(count, k_unknown);
  if (const std::int32_t known = m_nodes[from].out[k]; known != k_unknown) return known;
  Move m = m_g.move(m_nodes[from].state, to, false);
  std::int32_t result = k_refused;
  if (m.ok) {
    result = static_cast<std::int32_t>(m_nodes.size());
    m_nodes.push_back(Node{std::move(m.next), {}});
  } else {
    m_failures.emplace((static_cast<std::uint64_t>(from) << 32) | k, std::move(m.failure));
  }
  m_nodes[from].out[k] = result;
  return result;
}

std::optional<Search::StateId> Search::walk(const Path& root) {
  StateId at = 0;
  for (std::size_t i = 1; i < root.size(); ++i) {
    const std::vector<NodeRef> moves = m_g.moves(m_nodes[at].state);
    const auto it = std::find(moves.begin(), moves.end(), root[i]);
    if (it == moves.end()) return std::nullopt;
    const std::int32_t next = follow(at, static_cast<std::size_t>(it - moves.begin()), moves.size(), root[i]);
    if (next < 0) return std::nullopt;
    at = static_cast<StateId>(next);
  }
  return at;
}

bool Search::settle(StateId id) {
  const State& s = m_nodes[id].state;
  const std::uint64_t key = place_key(s);
  const auto head = m_settled_head.find(key);
  std::size_t held = 0;
  bool learned_least = true;  // less learned than every label the place holds
  for (std::uint32_t i = head.value_or(k_end); i != k_end; i = m_settled[i].second) {
    ++held;
    if (rank_key(m_nodes[m_settled[i].first].state.learned) <= rank_key(s.learned)) learned_least = false;
  }
  // A full place still takes a detour through a track that learned less than all it holds: it
  // arrived later (a years gate) but may be as fast in the end, when a gate ahead levels the
  // arrivals. Each one lowers the place's least hours, and settling a track costs one or two
  // moves; a stage, whose moves open every track again, gets no such exception.
  if (held >= k_max_labels_per_place && !(learned_least && interchangeable(s.node))) return false;
  m_settled.emplace_back(id, head.value_or(k_end));
  m_settled_head.put(key, static_cast<std::uint32_t>(m_settled.size() - 1));
  return true;
}

std::optional<Path> Search::run(const Path& root, const Bans& bans, std::vector<Refusal>* refusals) {
  const auto start = walk(root);
  if (!start) return std::nullopt;
  m_labels.clear();
  m_settled.clear();
  m_settled_head.clear();
  std::priority_queue<Queued, std::vector<Queued>, std::greater<>> open;
  const auto enqueue = [&](StateId id, std::int32_t parent) {
    const State& s = m_nodes[id].state;
    m_labels.push_back(Label{id, parent});
    open.push(Queued{rank_key(s.arrival), rank_key(s.learned), static_cast<std::uint32_t>(m_labels.size() - 1)});
  };
  enqueue(*start, -1);
  while (!open.empty()) {
    const std::size_t at = open.top().label;
    open.pop();
    if (dominated(state_of(at))) continue;
    const StateId here = m_labels[at].state;
    if (!settle(here)) continue;  // the place already holds as many labels as it may
    const NodeRef from = m_nodes[here].state.node;
    if (m_g.is_target(from)) return path_of(at, root);
    const std::vector<NodeRef> moves = m_g.moves(m_nodes[here].state);
    for (std::size_t k = 0; k < moves.size(); ++k) {
      const NodeRef to = moves[k];
      if (bans.node(to) || bans.edge(from, to) || on_path(at, root, to)) continue;
      const std::int32_t next = follow(here, k, moves.size(), to);
      if (next == k_refused) {
        if (refusals != nullptr) refusals->push_back(Refusal{from, to, m_failures.at((static_cast<std::uint64_t>(here) << 32) | k)});
        continue;
      }
      // Settled labels only grow, so one that dominates now still will when this is popped.
      if (dominated(m_nodes[static_cast<StateId>(next)].state)) continue;
      enqueue(static_cast<StateId>(next), static_cast<std::int32_t>(at));
    }
  }
  return std::nullopt;
}

bool Search::dominated(const State& b) const {
  const auto head = m_settled_head.find(place_key(b));
  const bool any_track = interchangeable(b.node);
  for (std::uint32_t i = head.value_or(k_end); i != k_end; i = m_settled[i].second) {
    const State& a = m_nodes[m_settled[i].first].state;
    const bool same_place = a.node == b.node || (any_track && interchangeable(a.node));
    if (!same_place || a.anchor != b.anchor || a.subject.education < b.subject.education) continue;
    if (rank_key(a.arrival) > rank_key(b.arrival)) continue;
    if (m_g.catches_up(a.learned, a.subject, b.subject, b.learned)) return true;
  }
  return false;
}

bool Search::on_path(std::size_t at, const Path& root, NodeRef n) const {
  for (std::int32_t i = static_cast<std::int32_t>(at); i >= 0; i = m_labels[static_cast<std::size_t>(i)].parent) {
    if (state_of(static_cast<std::size_t>(i)).node == n) return true;
  }
  return std::find(root.begin(), root.end(), n) != root.end();
}

Path Search::path_of(std::size_t at, const Path& root) const {
  Path tail;
  // The start label stands for the root's last node, which the root already holds.
  for (std::int32_t i = static_cast<std::int32_t>(at); i > 0; i = m_labels[static_cast<std::size_t>(i)].parent) {
    tail.push_back(state_of(static_cast<std::size_t>(i)).node);
  }
  Path out = root;
  out.insert(out.end(), tail.rbegin(), tail.rend());
  return out;
}

}  // namespace careerplan::route_detail
