#pragma once
// The English sentences of a route result (RouteResult::unreachable, Route::why). Private to
// route.cpp.
#include <string>
#include <vector>

#include "careerplan/plan/route.hpp"
#include "careerplan/plan/route_search.hpp"

namespace careerplan::route_detail {

// Why the alternative `alt` is slower than, or differs from, the fastest route `best`: "about 2
// months slower: goes through X; adds about 40 h of learning".
std::string why_different(const Content& c, const Path& best, const Route& best_route, const Path& alt,
                          const Route& alt_route);

// What makes every node of the target unreachable from `start`: the refused moves towards it, or
// that nothing reachable leads there; each reason once.
std::vector<std::string> unreachable_reasons(const Content& c, NodeRef start, const RouteTarget& target,
                                             const std::vector<Refusal>& refusals);

}  // namespace careerplan::route_detail
