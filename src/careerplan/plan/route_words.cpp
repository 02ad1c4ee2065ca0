// The sentences a route result carries: why an alternative differs from the fastest route, and
// why a target cannot be reached. Kept apart from the search in route.cpp.
#include "careerplan/plan/route_words.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "careerplan/match/matcher.hpp"

namespace careerplan::route_detail {

namespace {

std::string titles_of(const Content& c, const Path& nodes) {
  std::vector<std::string> titles;
  for (NodeRef n : nodes) titles.push_back(node_title(c, n));
  return fmt::format("{}", fmt::join(titles, ", "));
}

std::string hours_words(double hours) { return fmt::format("about {} h", std::llround(hours)); }

// Stages from which `target` can be reached by climbing the ladder, the target included.
std::vector<Index> ladder_ancestors(const Content& c, Index target) {
  std::vector<Index> out{target};
  for (std::size_t i = 0; i < out.size(); ++i) {
    for (Index s = 0; s < c.stages.size(); ++s) {
      const auto& next = c.stages[s].leads_to;
      if (std::find(next.begin(), next.end(), out[i]) != next.end() &&
          std::find(out.begin(), out.end(), s) == out.end()) {
        out.push_back(s);
      }
    }
  }
  return out;
}

}  // namespace

// Why an alternative is slower than, or differs from, the fastest route.
std::string why_different(const Content& c, const Path& best, const Route& best_route, const Path& alt,
                          const Route& alt_route) {
  const double slower = alt_route.months_mid - best_route.months_mid;
  const auto months = std::llround(slower);
  std::string speed = "as fast as the fastest route";
  if (rank_key(slower) > 0) {
    speed = months >= 1 ? fmt::format("about {} month{} slower", months, months == 1 ? "" : "s") : "a little slower";
  } else {
    // Equal in the middle estimate, but a longer high end is worth saying.
    const auto whole = [](double m) { return std::llround(std::ceil(m - 1e-9)); };
    const auto later = whole(alt_route.months.high) - whole(best_route.months.high);
    if (later > 0) speed += fmt::format(" in the middle estimate, up to {} month{} slower at the high end", later, later == 1 ? "" : "s");
  }
  Path added;
  Path skipped;
  for (std::size_t i = 1; i < alt.size(); ++i) {
    if (std::find(best.begin(), best.end(), alt[i]) == best.end()) added.push_back(alt[i]);
  }
  for (std::size_t i = 1; i < best.size(); ++i) {
    if (std::find(alt.begin(), alt.end(), best[i]) == alt.end()) skipped.push_back(best[i]);
  }
  std::vector<std::string> parts;
  const bool other_end = !(alt.back() == best.back());
  if (other_end && !added.empty()) added.pop_back();
  if (!added.empty()) parts.push_back("goes through " + titles_of(c, added));
  if (other_end) parts.push_back("ends at " + node_title(c, alt.back()));
  if (!skipped.empty() && !other_end) parts.push_back("not through " + titles_of(c, skipped));
  const double extra = alt_route.hours.mid() - best_route.hours.mid();
  if (std::llround(extra) > 0) parts.push_back(fmt::format("adds {} of learning", hours_words(extra)));
  if (std::llround(extra) < 0) parts.push_back(fmt::format("needs {} less learning", hours_words(-extra)));
  if (parts.empty()) return speed;
  return fmt::format("{}: {}", speed, fmt::join(parts, "; "));
}

// What makes every node of the target unreachable: the moves towards it that were refused.
std::vector<std::string> unreachable_reasons(const Content& c, NodeRef start, const RouteTarget& target,
                                             const std::vector<Refusal>& refusals) {
  std::vector<std::string> out;
  const auto add = [&](std::string reason) {
    if (std::find(out.begin(), out.end(), reason) == out.end()) out.push_back(std::move(reason));
  };
  for (NodeRef n : target.nodes) {
    const std::string title = node_title(c, n);
    if (n.kind == NodeKind::stage && n.index < start.index) {
      add(fmt::format("{} comes before your current stage, {}, on the ladder; a route only moves up", title,
                      node_title(c, start)));
      continue;
    }
    std::vector<NodeRef> towards{n};
    if (n.kind == NodeKind::stage) {
      for (Index s : ladder_ancestors(c, n.index)) {
        if (s != n.index) towards.push_back(NodeRef{NodeKind::stage, s});
      }
    }
    const std::size_t before = out.size();
    for (const auto& r : refusals) {
      if (std::find(towards.begin(), towards.end(), r.to) == towards.end()) continue;
      add(fmt::format("{}: {}", node_title(c, r.to), r.reason));
    }
    if (out.size() == before) {
      add(n.kind == NodeKind::stage ? fmt::format("no stage you can reach leads to {}", title)
                                    : fmt::format("nothing you can reach leads to {}", title));
    }
  }
  return out;
}

}  // namespace careerplan::route_detail
