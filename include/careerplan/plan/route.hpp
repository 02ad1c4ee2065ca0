#pragma once
// Routes through the content graph: the fastest sequence of moves from where a person stands to
// a target stage, track, role or cross-industry transition, and up to K alternatives that differ
// in the places they pass through. The search, its cost model and its limits are described in
// docs/routes.md.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/match/evaluate.hpp"
#include "careerplan/model/model.hpp"
#include "careerplan/model/profile.hpp"

namespace careerplan {

// The level a cross-industry transition asks of each transferable skill it builds on: 3 handles
// unfamiliar problems alone. careerplan's judgement; the content gives transitions no levels.
inline constexpr int k_transition_skill_level = 3;
inline constexpr int k_max_route_alternatives = 10;

enum class NodeKind : std::uint8_t { stage, track, transition };

// A place on the map: a stage of the ladder, a track, or a transition out of the field.
struct NodeRef {
  NodeKind kind = NodeKind::stage;
  Index index = 0;
  friend bool operator==(const NodeRef&, const NodeRef&) = default;
};

std::string_view node_kind_name(NodeKind kind);  // "stage", "track", "transition"
std::string node_id(const Content& content, NodeRef node);
std::string node_title(const Content& content, NodeRef node);

// What a route aims at, resolved from what the person typed.
struct RouteTarget {
  std::string typed;
  std::string label;           // the node's title, or the role title as the content spells it
  bool by_role = false;        // matched a role title rather than an id
  std::vector<NodeRef> nodes;  // one node for an id; every stage and track listing the role
};

// An id (stage, track or transition; aliases and renamed ids count), else a stage or track title
// or a role title, compared without regard to ASCII case. Empty when nothing matches.
std::optional<RouteTarget> resolve_route_target(const Content& content, std::string_view typed);
// Everything a target may be called, for "did you mean": stage, track and transition ids, then
// role titles, each once.
std::vector<std::string> route_target_names(const Content& content);

// Vertical: up the ladder (leads_to); lateral: from a stage into a track; transition: out of the
// field into another industry.
enum class HopKind : std::uint8_t { vertical, lateral, transition };
std::string_view hop_kind_name(HopKind kind);

enum class RouteStepKind : std::uint8_t { skill, cert, years, education };

// One thing to learn, earn or wait for that opens a hop.
struct RouteStep {
  RouteStepKind kind = RouteStepKind::skill;
  std::string key;     // progress key: "skill:sql@3", "cert:itil-4-foundation"; empty for waits
  Index index = 0;     // skill or certification
  int from_level = 0;  // skill: the level the route has reached before this step
  int to_level = 0;    // skill: the level to reach
  Range hours;         // learning effort from the content's figures; 0 for waits
  bool estimate = false;
  double months = 0;   // waits: calendar months from the start of the route until it is met
  std::string text;    // "raise SQL from level 1 to 3", "get ITIL 4 Foundation", "reach 3 years of experience"
  std::optional<StepStatus> status;  // in progress or skipped, as the profile records it
};

struct Hop {
  HopKind kind = HopKind::vertical;
  NodeRef from;
  NodeRef to;
  // The rule that opens `to` (a track's `requires` plus its essential key skills; a transition's
  // skills at k_transition_skill_level), judged on the person as the route has left them.
  Explanation entry;
  std::vector<RouteStep> steps;  // what the entry still needs, in the order of entry.needs
  Range hours;                   // the steps' learning hours
  Range reached_months;          // months from now until this hop is made: low and high figures
  double reached_mid = 0;        // the same with the middle of every figure: the search's cost
};

struct Route {
  std::vector<Hop> hops;  // empty when the person is already at the target
  Range months;           // months until the target is reached (the last hop's reached_months)
  double months_mid = 0;  // the search's cost: months with the middle of every figure
  Range hours;            // learning hours along the whole route
  // Alternatives: why this route is slower than, or differs from, the fastest one.
  std::string why;
};

struct RouteOptions {
  int alternatives = 2;                  // routes to find besides the fastest, 0..k_max_route_alternatives
  std::optional<double> hours_per_week;  // overrides the profile's when > 0
};

// A transition whose transferable skills the person has at k_transition_skill_level at the end of
// the fastest route: a cross-industry move that route opens too.
struct OpenTransition {
  Index transition = 0;
  std::string id;
  std::string title;
  std::vector<std::string> fields;
};

struct RouteResult {
  std::string file;  // the profile's file and name, as given
  std::string name;
  RouteTarget target;
  NodeRef start;                     // the person's current stage
  double hours_per_week = k_default_hours_per_week;
  std::optional<Route> best;         // absent when the target cannot be reached
  std::vector<Route> alternatives;   // slowest last; each differs from the fastest and the others
  std::vector<std::string> unreachable;  // when `best` is absent: what makes the target unreachable
  std::vector<OpenTransition> transitions;  // informational, with the fastest route
};

// Searches from the person's current stage (stated or inferred, with done progress counted) to
// the target's nearest node. Pure: no I/O, same input same result.
RouteResult find_route(const Content& content, const Profile& profile, const RouteTarget& target,
                       const RouteOptions& options);

}  // namespace careerplan
