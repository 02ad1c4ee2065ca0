#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "careerplan/plan/planner.hpp"
#include "careerplan/load/profile_loader.hpp"

// The advice on the sample profiles must be what a production-support mentor would sign,
// consistent with the seeds (issue 3's "Done means"); these pin it on the real content.
using namespace careerplan;

namespace {

Plan plan_for(const std::string& name, const std::string& extra = {}) {
  const std::string path = std::string(CAREERPLAN_SOURCE_DIR) + "/profiles/" + name + ".yaml";
  std::ifstream in(path);
  REQUIRE(in.good());
  std::stringstream text;
  text << in.rdbuf() << extra;
  const Content& c = builtin_content();
  return make_plan(c, load_profile(TextFile{path, text.str()}, c), PlanOptions{});
}

int rank_of(const Plan& plan, std::string_view track) {
  const Content& c = builtin_content();
  for (std::size_t i = 0; i < plan.ranking.size(); ++i) {
    if (c.tracks[plan.ranking[i].track].id == track) return static_cast<int>(i) + 1;
  }
  FAIL("no track " << track);
  return 0;
}

bool has_strategy(const Plan& plan, std::string_view id) {
  return std::any_of(plan.strategies.begin(), plan.strategies.end(), [&](const auto& s) { return s.id == id; });
}

}  // namespace

TEST_SUITE("sample advice") {
  TEST_CASE("a junior strong in Linux, networking and hardware ranks infrastructure above application support") {
    const Plan plan = plan_for("junior-infra");
    CHECK(plan.tracks.front().id == "infrastructure-support");
    CHECK(rank_of(plan, "infrastructure-support") < rank_of(plan, "application-support"));
  }

  TEST_CASE("a junior strong in debugging, SQL and customer communication ranks application support first") {
    const Plan plan = plan_for("junior-app");
    CHECK(plan.tracks.front().id == "application-support");
    CHECK(rank_of(plan, "application-support") < rank_of(plan, "infrastructure-support"));
  }

  TEST_CASE("a person without ITIL aiming at senior or management sees the ITIL strategy; one holding it does not") {
    CHECK(has_strategy(plan_for("senior"), "itil-certification"));
    CHECK_FALSE(has_strategy(plan_for("junior-app"), "itil-certification"));  // holds ITIL already
  }

  TEST_CASE("an experienced person with strong communication and leadership sees leadership and project management") {
    const Plan plan = plan_for("senior");
    CHECK(rank_of(plan, "it-operations-leadership") <= 2);
    CHECK(rank_of(plan, "project-management") <= 2);
  }

  TEST_CASE("each sample lands on the stage its experience suggests") {
    CHECK(plan_for("new-graduate").current_stage.id == "bachelors-degree");
    CHECK(plan_for("it-support").current_stage.id == "entry-level-it-support");
    CHECK(plan_for("junior-infra").current_stage.id == "junior-production-support-engineer");
    CHECK(plan_for("senior").current_stage.id == "senior-production-support-engineer");
  }

  TEST_CASE("strategies are chosen by their conditions, not listed wholesale") {
    const std::size_t all = builtin_content().strategies.size();
    for (const char* name : {"new-graduate", "it-support", "junior-infra", "junior-app", "senior"}) {
      CAPTURE(name);
      const Plan plan = plan_for(name);
      CHECK(!plan.strategies.empty());
      CHECK(plan.strategies.size() < all);
    }
    CHECK(has_strategy(plan_for("new-graduate"), "join-professional-organizations") !=
          has_strategy(plan_for("junior-infra"), "join-professional-organizations"));
  }

  TEST_CASE("next steps are few, and every one of them pays off") {
    const Plan before = plan_for("junior-infra");
    REQUIRE(!before.next_steps.empty());
    CHECK(before.next_steps.size() <= 5);
    for (const auto& step : before.next_steps) CHECK(step.value_per_hour > 0);
  }
}
