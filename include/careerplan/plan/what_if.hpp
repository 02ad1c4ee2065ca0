#pragma once
// What-if: the person today side by side with the person as the assumptions would make them,
// on the numbers a plan and a route decide by: fit per track, stage readiness, route length.
#include <optional>
#include <string>
#include <vector>

#include "careerplan/plan/assume.hpp"
#include "careerplan/plan/planner.hpp"
#include "careerplan/plan/route.hpp"

namespace careerplan {

struct WhatIfTrack {
  Index track = 0;
  std::string id;
  std::string title;
  double today = 0;    // fit in 0..1
  double assumed = 0;
};

// A stage's readiness for one of the two people.
struct WhatIfReadiness {
  bool ready = false;
  bool blocked = false;
  int months = 0;  // until ready, rounded up
};

struct WhatIfStage {
  Index stage = 0;
  std::string id;
  std::string title;
  WhatIfReadiness today;
  WhatIfReadiness assumed;
};

// A route's length for one of the two people.
struct WhatIfRouteLength {
  bool reachable = false;
  Range months;  // low and high
  int hops = 0;
  Range hours;
};

struct WhatIfRoute {
  std::string target;  // the route target's label
  WhatIfRouteLength today;
  WhatIfRouteLength assumed;
};

struct WhatIf {
  std::vector<Assumption> assumptions;
  StageStanding stage_today;
  StageStanding stage_assumed;
  std::vector<WhatIfTrack> tracks;  // every track, in today's rank order
  // Today's next stages, then the assumed person's next stages not listed yet.
  std::vector<WhatIfStage> stages;
  std::optional<WhatIfRoute> route;  // set by add_route
};

// Plans for the person today and with the assumptions applied, compared.
WhatIf make_what_if(const Content& content, const Profile& profile, const std::vector<Assumption>& assumptions,
                    const PlanOptions& options);

// Adds the route lengths of the two people to the comparison.
void add_route(WhatIf& what_if, const RouteResult& today, const RouteResult& assumed);

}  // namespace careerplan
