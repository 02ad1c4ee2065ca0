#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "careerplan/plan/planner.hpp"
#include "test_content.hpp"

using namespace careerplan;
using namespace careerplan::test;

// What a plan aims at and lays out: its target tracks, the tracks it shows, their gaps and roles,
// and the strategies it chooses (the steps are in planner_test.cpp).
TEST_SUITE("plan outline") {
  TEST_CASE("the target tracks are the focus, else the goals, else the best fits") {
    Ladder l;
    Profile p = person(2, {{l.linux_skill, 4}, {l.networking, 3}, {l.hardware, 3}});
    PlanOptions top_one;
    top_one.top = 1;
    Plan plan = make_plan(l.b.c, p, top_one);
    CHECK(plan.target_choice == TargetChoice::top_fit);
    REQUIRE_FALSE(plan.target_tracks.empty());
    CHECK(plan.target_tracks.size() <= static_cast<std::size_t>(k_max_chosen_targets));
    CHECK(plan.target_tracks.front() == l.infra);
    REQUIRE(plan.first_target);
    CHECK(plan.first_target->id == l.b.c.tracks[l.infra].id);
    CHECK(plan.tracks[0].target);
    CHECK(plan.ranking.size() == l.b.c.tracks.size());

    p.target_tracks = {l.app};
    plan = make_plan(l.b.c, p, PlanOptions{});
    CHECK(plan.target_choice == TargetChoice::goals);
    CHECK(plan.target_tracks == std::vector<Index>{l.app});

    PlanOptions focus;
    focus.focus_track = l.infra;
    plan = make_plan(l.b.c, p, focus);
    CHECK(plan.target_choice == TargetChoice::focus);
    CHECK(plan.target_tracks == std::vector<Index>{l.infra});
  }

  // Mentor judgement: eight years in a NOC with the CCNA hear "network engineering", not a
  // sideways "infrastructure support" that fits three points better.
  TEST_CASE("a track a step up the ladder goes first when it fits within 5 points of a sideways one") {
    ContentBuilder b;
    const Index a = b.skill("a", "A");
    const Index bb = b.skill("b", "B");
    const Index c = b.skill("c", "C");
    const Index d = b.skill("d", "D");
    const Index junior = b.stage("junior", "Junior");
    const Index senior = b.stage("senior", "Senior");
    b.leads(junior, {senior});
    const Index sideways = b.track("sideways", "Sideways", {key(a, 3), key(bb, 3), key(d, 3), key(c, 3)});
    const Index up = b.track("up", "Up", {key(a, 3), key(bb, 3), key(d, 3), key(c, 5)});
    b.c.tracks[sideways].level = junior;
    b.c.tracks[up].level = senior;
    const auto plan_for = [&](int c_level) {
      Profile p = person(2, {{a, 3}, {bb, 3}, {d, 3}, {c, c_level}});
      p.current_stage = junior;
      return make_plan(b.c, p, PlanOptions{});
    };
    const auto fit_of = [](const Plan& plan, Index t) {
      for (const auto& f : plan.ranking) {
        if (f.track == t) return f.fit;
      }
      return -1.0;
    };

    const Plan close = plan_for(4);
    REQUIRE(fit_of(close, sideways) > fit_of(close, up));
    REQUIRE(fit_of(close, sideways) - fit_of(close, up) <= k_step_up_margin);
    CHECK(close.target_choice == TargetChoice::step_up);
    CHECK(close.target_tracks == std::vector<Index>{up, sideways});
    REQUIRE(close.first_target);
    CHECK(close.first_target->id == "up");
    CHECK(close.first_target->why == "a step up open to you now, as good a fit as any");

    const Plan far = plan_for(2);
    REQUIRE(fit_of(far, sideways) - fit_of(far, up) > k_step_up_margin);
    CHECK(far.target_choice == TargetChoice::top_fit);
    CHECK(far.target_tracks.front() == sideways);

    // A track without a level on the ladder is never a step up.
    b.c.tracks[up].level.reset();
    CHECK(plan_for(4).target_choice == TargetChoice::top_fit);
    CHECK(plan_for(4).target_tracks.front() == sideways);
  }

  TEST_CASE("gaps list each key skill below the asked level with the hours to close it") {
    Ladder l;
    Profile p = person(1, {{l.linux_skill, 2}, {l.networking, 3}, {l.hardware, 3}, {l.monitoring, 2}});
    p.target_tracks = {l.infra};
    const Plan plan = make_plan(l.b.c, p, PlanOptions{});
    REQUIRE(plan.gaps.size() == 1);
    const TrackGaps& g = plan.gaps[0];
    CHECK(g.id == "infrastructure-support");
    REQUIRE(g.skills.size() == 1);
    CHECK(g.skills[0].id == "linux");
    CHECK(g.skills[0].have == 2);
    CHECK(g.skills[0].need == 3);
    CHECK(g.skills[0].essential);
    CHECK(g.skills[0].hours.mid() == doctest::Approx(40));
    CHECK_FALSE(g.holds_helpful_cert);
    REQUIRE(g.missing_certs.size() == 1);
    CHECK(g.missing_certs[0].id == "comptia-network-plus");
    CHECK_FALSE(g.reachable);
    REQUIRE(g.gate_needs.size() == 1);
    CHECK(g.gate_needs[0].text == "1 more year of experience");
  }

  TEST_CASE("strategies are chosen by their conditions, in content order") {
    Ladder l;
    l.b.strategy("itil", "Gain Certification in ITIL",
                 rule_all({rule_not(rule_cert({l.itil})), rule_target({TargetRef{false, l.senior}})}));
    l.b.strategy("mentorship", "Find a mentor", rule_not(rule_years(3)));
    l.b.strategy("automation", "Take on automation projects", rule_skill(l.monitoring, 2));

    Profile junior = person(2, {{l.monitoring, 2}});
    junior.current_stage = l.junior;  // the next stage is senior
    Plan plan = make_plan(l.b.c, junior, PlanOptions{});
    REQUIRE(plan.strategies.size() == 3);
    CHECK(plan.strategies[0].id == "itil");
    CHECK(plan.strategies[0].why.held);
    CHECK(plan.strategies[0].source.section == "strategies");
    CHECK(plan.strategies[1].id == "mentorship");
    CHECK(plan.strategies[2].id == "automation");

    Profile certified = person(4, {}, {l.itil});
    certified.current_stage = l.junior;
    plan = make_plan(l.b.c, certified, PlanOptions{});
    CHECK(plan.strategies.empty());

    Profile entry = person(1, {});
    entry.current_stage = l.entry;  // the next stage is junior, not senior
    plan = make_plan(l.b.c, entry, PlanOptions{});
    REQUIRE(plan.strategies.size() == 1);
    CHECK(plan.strategies[0].id == "mentorship");
    entry.target_stage = l.senior;  // unless senior is the person's goal
    plan = make_plan(l.b.c, entry, PlanOptions{});
    REQUIRE(plan.strategies.size() == 2);
    CHECK(plan.strategies[0].id == "itil");
  }

  TEST_CASE("target roles come from the target tracks and the next stages, with salary and source") {
    Ladder l;
    l.b.salary(l.infra, 70000, 90000);
    Profile p = person(2, {{l.linux_skill, 3}});
    p.current_stage = l.entry;
    p.target_tracks = {l.infra};
    const Plan plan = make_plan(l.b.c, p, PlanOptions{});
    REQUIRE(plan.roles.size() == 2);
    CHECK(plan.roles[0].from.is_track);
    CHECK(plan.roles[0].roles == std::vector<std::string_view>{"Infrastructure Support Engineer"});
    REQUIRE(plan.roles[0].salary.has_value());
    CHECK(plan.roles[0].salary->range.low == 70000);
    CHECK(plan.roles[0].salary->currency == "USD");
    CHECK(plan.roles[0].salary->source.source_id == "seed");
    CHECK(plan.roles[0].salary->source.section == "salary");
    CHECK(plan.roles[0].fit.has_value());
    CHECK_FALSE(plan.roles[1].from.is_track);
    CHECK(plan.roles[1].id == "junior-production-support");
    CHECK_FALSE(plan.roles[1].salary.has_value());
    CHECK(plan.roles[1].source.section == "ladder");
    REQUIRE(plan.sources.size() == 2);  // catalogue order
    CHECK(plan.sources[0].id == "seed");
    CHECK(plan.sources[1].id == "estimate");
    CHECK(plan.sources[1].estimate);
  }

  TEST_CASE("the plan explains the best `top` tracks and any target ranked below them, and ranks all") {
    Ladder l;
    Profile p = person(2, {{l.linux_skill, 4}, {l.networking, 3}, {l.hardware, 3}});
    PlanOptions top_one;
    top_one.top = 1;
    const Plan all_targets = make_plan(l.b.c, p, top_one);
    REQUIRE(all_targets.ranking.size() == l.b.c.tracks.size());
    const Index last = all_targets.ranking.back().track;
    CHECK(last != all_targets.ranking.front().track);
    for (std::size_t i = 1; i < all_targets.ranking.size(); ++i) {
      CHECK(all_targets.ranking[i - 1].fit >= all_targets.ranking[i].fit);
    }

    p.target_tracks = {last};
    const Plan plan = make_plan(l.b.c, p, top_one);
    REQUIRE(plan.tracks.size() == 2);
    CHECK(plan.tracks[0].rank == 1);
    CHECK_FALSE(plan.tracks[0].target);
    CHECK(plan.tracks[1].track == last);
    CHECK(plan.tracks[1].rank == static_cast<int>(plan.ranking.size()));
    CHECK(plan.tracks[1].target);
    for (const auto& rt : plan.tracks) {
      CHECK_FALSE(rt.fit.parts.empty());
      CHECK(rt.fit.fit == plan.ranking[static_cast<std::size_t>(rt.rank - 1)].fit);
    }
  }
}
