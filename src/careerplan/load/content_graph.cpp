#include "careerplan/load/content_graph.hpp"

#include <fmt/format.h>

namespace careerplan {

namespace {

// Iterative DFS so a long hostile chain cannot overflow the stack.
void find_cycles(const Content& c, Diagnostics& diags) {
  enum : unsigned char { white, grey, black };
  std::vector<unsigned char> colour(c.stages.size(), white);
  for (Index start = 0; start < c.stages.size(); ++start) {
    if (colour[start] != white) continue;
    std::vector<std::pair<Index, std::size_t>> stack{{start, 0}};
    colour[start] = grey;
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      const auto& edges = c.stages[node].leads_to;
      if (next == edges.size()) {
        colour[node] = black;
        stack.pop_back();
        continue;
      }
      const Index to = edges[next++];
      if (colour[to] == grey) {
        std::vector<std::string_view> path{c.stages[to].id};
        for (auto it = stack.rbegin(); it != stack.rend() && it->first != to; ++it) path.insert(path.begin() + 1, c.stages[it->first].id);
        path.push_back(c.stages[to].id);
        diags.error(c.locate(c.stages[node].where), fmt::format("stages form a cycle: {}", fmt::join(path, " -> ")),
                    {"leads_to must point forward, from a stage to later stages"});
        return;
      }
      if (colour[to] == white) {
        colour[to] = grey;
        stack.emplace_back(to, 0);
      }
    }
  }
}

}  // namespace

void check_content(const Content& c, const std::string& pack_name, Diagnostics& diags) {
  if (!diags.empty()) return;  // a half-loaded pack would give misleading follow-on errors
  find_cycles(c, diags);
  if (!diags.empty()) return;
  for (Index i = 0; i < c.stages.size(); ++i) {
    for (Index to : c.stages[i].leads_to) {
      if (to <= i) {
        diags.error(c.locate(c.stages[i].where),
                    fmt::format("stage '{}' leads to '{}', which comes before it on the ladder", c.stages[i].id,
                                c.stages[to].id),
                    {"list stages in ladder order, first to last"});
      }
    }
  }
  if (c.stages.empty()) diags.error(Location{pack_name, 0, 0}, "the pack has no stages");
  if (c.tracks.empty()) diags.error(Location{pack_name, 0, 0}, "the pack has no tracks");
}

}  // namespace careerplan
