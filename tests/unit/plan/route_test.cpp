#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "careerplan/render/render_route.hpp"
#include "careerplan/plan/route.hpp"
#include "test_content.hpp"

using namespace careerplan;
using namespace careerplan::test;

namespace {

// At 5 h/week a month holds 5 x 4.33 learning hours.
constexpr double k_hours_per_month = 5 * k_weeks_per_month;

RouteTarget to_node(const Content& c, NodeKind kind, Index index) {
  RouteTarget t;
  t.nodes.push_back(NodeRef{kind, index});
  t.typed = node_id(c, t.nodes.front());
  t.label = node_title(c, t.nodes.front());
  return t;
}

RouteResult route_to_stage(const Content& c, const Profile& p, Index stage, int alternatives = 2) {
  RouteOptions o;
  o.alternatives = alternatives;
  return find_route(c, p, to_node(c, NodeKind::stage, stage), o);
}

std::string path_of(const Content& c, const RouteResult& r, const Route& route) {
  std::string out = node_id(c, r.start);
  for (const auto& h : route.hops) out += " > " + node_id(c, h.to);
  return out;
}

Profile at_stage(Profile p, Index stage) {
  p.current_stage = stage;
  return p;
}

// A ladder with a fork: from `start`, a cheap and a dear way up to `top`.
struct Fork {
  ContentBuilder b;
  Index a = b.skill("a", "Skill A");  // levels 1..3 take 10, 20, 40 hours (middle figures)
  Index bb = b.skill("b", "Skill B");
  Index start = b.stage("start", "Start");
  Index fast = b.stage("fast", "Fast Lane", rule_skill(a, 1));
  Index slow = b.stage("slow", "Slow Lane", rule_skill(bb, 3));
  Index top = b.stage("top", "Top");
  Fork() {
    b.leads(start, {fast, slow});
    b.leads(fast, {top});
    b.leads(slow, {top});
  }
};

}  // namespace

TEST_SUITE("route") {
  TEST_CASE("a linear ladder is climbed stage by stage, waiting for years while learning") {
    ContentBuilder b;
    const Index a = b.skill("a", "Skill A");
    const Index s0 = b.stage("s0", "Stage 0");
    const Index s1 = b.stage("s1", "Stage 1", rule_all({rule_years(1), rule_skill(a, 2)}));
    const Index s2 = b.stage("s2", "Stage 2", rule_years(3));
    b.leads(s0, {s1});
    b.leads(s1, {s2});
    const RouteResult r = route_to_stage(b.c, at_stage(person(0, {}), s0), s2);
    REQUIRE(r.best);
    CHECK(path_of(b.c, r, *r.best) == "s0 > s1 > s2");
    const Hop& first = r.best->hops[0];
    CHECK(first.kind == HopKind::vertical);
    REQUIRE(first.steps.size() == 2);
    CHECK(first.steps[0].kind == RouteStepKind::years);
    CHECK(first.steps[0].months == doctest::Approx(12));
    CHECK(first.steps[1].key == "skill:a@2");
    CHECK(first.steps[1].text == "learn Skill A to level 2");
    CHECK(first.steps[1].hours.low == doctest::Approx(15));
    CHECK(first.steps[1].hours.high == doctest::Approx(45));
    // 30 hours of learning fit inside the 12 months of waiting for the first year.
    CHECK(first.reached_mid == doctest::Approx(12));
    CHECK(r.best->months_mid == doctest::Approx(36));
    CHECK(r.best->months.low == doctest::Approx(36));
    CHECK(r.best->months.high == doctest::Approx(36));
    CHECK(r.alternatives.empty());
  }

  TEST_CASE("experience grows along the route: a years gate met during earlier moves is not waited for again") {
    ContentBuilder b;
    const Index a = b.skill("a", "Skill A");
    const Index s0 = b.stage("s0", "Stage 0");
    const Index s1 = b.stage("s1", "Stage 1", rule_years(2));
    const Index s2 = b.stage("s2", "Stage 2", rule_all({rule_years(2), rule_skill(a, 1)}));
    b.leads(s0, {s1});
    b.leads(s1, {s2});
    const RouteResult r = route_to_stage(b.c, at_stage(person(0, {}), s0), s2);
    REQUIRE(r.best);
    REQUIRE(r.best->hops.size() == 2);
    CHECK(r.best->hops[1].entry.checks.at(0).text == "2 years of experience (you: 2)");
    REQUIRE(r.best->hops[1].steps.size() == 1);
    CHECK(r.best->hops[1].steps[0].key == "skill:a@1");
    CHECK(r.best->months_mid == doctest::Approx(24));
  }

  TEST_CASE("learning is cumulative: a level learned for one move is not paid for again") {
    ContentBuilder b;
    const Index a = b.skill("a", "Skill A");
    const Index s0 = b.stage("s0", "Stage 0");
    const Index s1 = b.stage("s1", "Stage 1", rule_skill(a, 2));
    const Index s2 = b.stage("s2", "Stage 2", rule_skill(a, 3));
    b.leads(s0, {s1});
    b.leads(s1, {s2});
    const RouteResult r = route_to_stage(b.c, at_stage(person(0, {}), s0), s2);
    REQUIRE(r.best);
    REQUIRE(r.best->hops.size() == 2);
    CHECK(r.best->hops[1].steps.at(0).text == "raise Skill A from level 2 to 3");
    CHECK(r.best->hops[1].hours.mid() == doctest::Approx(40));
    CHECK(r.best->hours.mid() == doctest::Approx(70));
    CHECK(r.best->months_mid == doctest::Approx(70 / k_hours_per_month));
    CHECK(r.best->months.low == doctest::Approx(35 / k_hours_per_month));
    CHECK(r.best->months.high == doctest::Approx(105 / k_hours_per_month));
  }

  TEST_CASE("the faster of two ways up is chosen, and the other is an alternative that says why") {
    Fork f;
    const RouteResult r = route_to_stage(f.b.c, at_stage(person(0, {}), f.start), f.top);
    REQUIRE(r.best);
    CHECK(path_of(f.b.c, r, *r.best) == "start > fast > top");
    CHECK(r.best->months_mid == doctest::Approx(10 / k_hours_per_month));
    REQUIRE(r.alternatives.size() == 1);
    CHECK(path_of(f.b.c, r, r.alternatives[0]) == "start > slow > top");
    CHECK(r.alternatives[0].months_mid == doctest::Approx(70 / k_hours_per_month));
    CHECK(r.alternatives[0].why ==
          "about 3 months slower: goes through Slow Lane; not through Fast Lane; adds about 60 h of learning");
  }

  TEST_CASE("what the person already knows can make the other way faster") {
    Fork f;
    const RouteResult r = route_to_stage(f.b.c, at_stage(person(0, {{f.bb, 3}}), f.start), f.top);
    REQUIRE(r.best);
    CHECK(path_of(f.b.c, r, *r.best) == "start > slow > top");
    CHECK(r.best->months_mid == doctest::Approx(0));
    REQUIRE(r.alternatives.size() == 1);
    CHECK(r.alternatives[0].why.starts_with("a little slower: goes through Fast Lane"));
  }

  TEST_CASE("alternatives never exceed K and each passes through different places") {
    ContentBuilder b;
    const Index a = b.skill("a", "Skill A");
    const Index start = b.stage("start", "Start");
    const Index m1 = b.stage("m1", "Middle 1", rule_skill(a, 1));
    const Index m2 = b.stage("m2", "Middle 2", rule_skill(a, 2));
    const Index m3 = b.stage("m3", "Middle 3", rule_skill(a, 3));
    const Index top = b.stage("top", "Top");
    b.leads(start, {m1, m2, m3});
    b.leads(m1, {top});
    b.leads(m2, {top});
    b.leads(m3, {top});
    const Profile p = at_stage(person(0, {}), start);
    CHECK(route_to_stage(b.c, p, top, 1).alternatives.size() == 1);
    const RouteResult r = route_to_stage(b.c, p, top, 5);
    REQUIRE(r.alternatives.size() == 2);
    CHECK(path_of(b.c, r, *r.best) == "start > m1 > top");
    CHECK(path_of(b.c, r, r.alternatives[0]) == "start > m2 > top");
    CHECK(path_of(b.c, r, r.alternatives[1]) == "start > m3 > top");
    CHECK(route_to_stage(b.c, p, top, 0).alternatives.empty());
  }

  TEST_CASE("a track opens with its requires and its essential key skills, not the others") {
    ContentBuilder b;
    const Index a = b.skill("a", "Skill A");
    const Index bb = b.skill("b", "Skill B");
    const Index s0 = b.stage("s0", "Stage 0");
    const Index t = b.track("t", "Track T", {key(a, 3, 1, true), key(bb, 2)}, {}, rule_years(2));
    RouteOptions o;
    const RouteResult r = find_route(b.c, at_stage(person(0, {}), s0), to_node(b.c, NodeKind::track, t), o);
    REQUIRE(r.best);
    REQUIRE(r.best->hops.size() == 1);
    const Hop& h = r.best->hops[0];
    CHECK(h.kind == HopKind::lateral);
    REQUIRE(h.steps.size() == 2);
    CHECK(h.steps[0].kind == RouteStepKind::years);
    CHECK(h.steps[1].key == "skill:a@3");
    CHECK(r.best->months_mid == doctest::Approx(24));  // 70 h of learning fit in two years
  }

  TEST_CASE("a track that asks for a later stage is entered after climbing to it") {
    ContentBuilder b;
    const Index a = b.skill("a", "Skill A");
    const Index s0 = b.stage("s0", "Stage 0");
    const Index s1 = b.stage("s1", "Stage 1", rule_skill(a, 1));
    b.leads(s0, {s1});
    const Index t = b.track("t", "Track T", {key(a, 1)}, {}, rule_stage(s1));
    const RouteResult r = find_route(b.c, at_stage(person(0, {}), s0), to_node(b.c, NodeKind::track, t), {});
    REQUIRE(r.best);
    CHECK(path_of(b.c, r, *r.best) == "s0 > s1 > t");
  }

  TEST_CASE("a 'not' rule that cannot be undone makes the target unreachable and says so") {
    ContentBuilder b;
    const Index x = b.cert("x", "Cert X", 10);
    const Index s0 = b.stage("s0", "Stage 0");
    const Index s1 = b.stage("s1", "Stage 1", rule_not(rule_cert({x})));
    b.leads(s0, {s1});
    const RouteResult r = route_to_stage(b.c, at_stage(person(0, {}, {x}), s0), s1);
    CHECK_FALSE(r.best);
    REQUIRE(r.unreachable.size() == 1);
    CHECK(r.unreachable[0] ==
          "Stage 1: ruled out by \"not: Cert X\": a route only adds skills, certifications and years, so that "
          "cannot hold again");
  }

  TEST_CASE("a blocked stage on the way is named for a target above it") {
    ContentBuilder b;
    const Index x = b.cert("x", "Cert X", 10);
    const Index s0 = b.stage("s0", "Stage 0");
    const Index s1 = b.stage("s1", "Stage 1", rule_not(rule_cert({x})));
    const Index s2 = b.stage("s2", "Stage 2");
    b.leads(s0, {s1});
    b.leads(s1, {s2});
    const RouteResult r = route_to_stage(b.c, at_stage(person(0, {}, {x}), s0), s2);
    CHECK_FALSE(r.best);
    REQUIRE(r.unreachable.size() == 1);
    CHECK(r.unreachable[0].starts_with("Stage 1: ruled out by"));
  }

  TEST_CASE("a stage below the current one, or one nothing leads to, is unreachable") {
    ContentBuilder b;
    const Index s0 = b.stage("s0", "Stage 0");
    const Index s1 = b.stage("s1", "Stage 1");
    const Index island = b.stage("island", "Island");
    b.leads(s0, {s1});
    const Profile p = at_stage(person(0, {}), s1);
    const RouteResult back = route_to_stage(b.c, p, s0);
    CHECK_FALSE(back.best);
    CHECK(back.unreachable ==
          std::vector<std::string>{"Stage 0 comes before your current stage, Stage 1, on the ladder; a route only moves up"});
    const RouteResult none = route_to_stage(b.c, p, island);
    CHECK(none.unreachable == std::vector<std::string>{"no stage you can reach leads to Island"});
  }

  TEST_CASE("the current stage as target is a route with no moves") {
    ContentBuilder b;
    const Index s0 = b.stage("s0", "Stage 0");
    const RouteResult r = route_to_stage(b.c, at_stage(person(0, {}), s0), s0);
    REQUIRE(r.best);
    CHECK(r.best->hops.empty());
    CHECK(r.best->months_mid == 0);
  }

  TEST_CASE("a role title names every stage and track that lists it, and the nearest one wins") {
    ContentBuilder b;
    const Index a = b.skill("a", "Skill A");
    const Index s0 = b.stage("s0", "Stage 0");
    const Index s1 = b.stage("s1", "Stage 1", rule_skill(a, 3));
    b.leads(s0, {s1});
    const Index t = b.track("t", "Track T", {key(a, 1, 1, true)});
    b.c.stages[s1].roles.push_back("Widget Lead");
    b.c.tracks[t].roles.push_back("Widget Lead");
    const auto target = resolve_route_target(b.c, "widget LEAD");
    REQUIRE(target);
    CHECK(target->by_role);
    CHECK(target->label == "Widget Lead");
    CHECK(target->nodes.size() == 2);
    const RouteResult r = find_route(b.c, at_stage(person(0, {}), s0), *target, {});
    REQUIRE(r.best);
    CHECK(path_of(b.c, r, *r.best) == "s0 > t");
    REQUIRE(r.alternatives.size() == 1);
    CHECK(r.alternatives[0].why.find("ends at Stage 1") != std::string::npos);
  }

  TEST_CASE("targets resolve by id first, then title, then role; unknown names resolve to nothing") {
    Ladder l;
    CHECK(resolve_route_target(l.b.c, "senior")->nodes == std::vector<NodeRef>{{NodeKind::stage, l.senior}});
    CHECK(resolve_route_target(l.b.c, "application-support")->nodes == std::vector<NodeRef>{{NodeKind::track, l.app}});
    CHECK_FALSE(resolve_route_target(l.b.c, "infrastructure support engineer")->by_role);
    CHECK_FALSE(resolve_route_target(l.b.c, "astronaut"));
    const auto names = route_target_names(l.b.c);
    CHECK(names.front() == "bachelor");
    CHECK(std::find(names.begin(), names.end(), "Infrastructure Support Engineer") != names.end());
  }

  TEST_CASE("a transition is a target whose skills are asked at level 3") {
    ContentBuilder b;
    const Index a = b.skill("a", "Skill A");
    const Index s0 = b.stage("s0", "Stage 0");
    Transition tr;
    tr.id = "a-to-elsewhere";
    tr.title = "A into elsewhere";
    tr.skills = {a};
    tr.fields = {"elsewhere"};
    b.c.transitions.push_back(tr);
    const auto target = resolve_route_target(b.c, "a-to-elsewhere");
    REQUIRE(target);
    const RouteResult r = find_route(b.c, at_stage(person(0, {{a, 1}}), s0), *target, {});
    REQUIRE(r.best);
    REQUIRE(r.best->hops.size() == 1);
    CHECK(r.best->hops[0].kind == HopKind::transition);
    CHECK(r.best->hops[0].steps.at(0).key == "skill:a@3");
    CHECK(r.transitions.empty());  // the target itself is not listed as another move it opens
    const RouteResult up = find_route(b.c, at_stage(person(0, {{a, 3}}), s0), to_node(b.c, NodeKind::stage, s0), {});
    REQUIRE(up.transitions.size() == 1);
    CHECK(up.transitions[0].fields == std::vector<std::string>{"elsewhere"});
  }

  TEST_CASE("done progress counts, and a skipped certification is avoided when the group offers another") {
    ContentBuilder b;
    const Index a = b.skill("a", "Skill A");
    const Index cheap = b.cert("cheap", "Cheap Cert", 10);
    const Index dear = b.cert("dear", "Dear Cert", 30);
    const Index s0 = b.stage("s0", "Stage 0");
    const Index s1 = b.stage("s1", "Stage 1", rule_all({rule_cert({cheap, dear}), rule_skill(a, 2)}));
    b.leads(s0, {s1});
    Profile p = at_stage(person(0, {}), s0);
    p.progress.push_back(ProgressEntry{ProgressKind::skill, a, 2, StepStatus::done, {}});
    p.progress.push_back(ProgressEntry{ProgressKind::cert, cheap, 0, StepStatus::skipped, {}});
    const RouteResult r = route_to_stage(b.c, p, s1);
    REQUIRE(r.best);
    REQUIRE(r.best->hops.at(0).steps.size() == 1);
    CHECK(r.best->hops[0].steps[0].key == "cert:dear");
    CHECK_FALSE(r.best->hops[0].steps[0].status);
    p.progress.back().status = StepStatus::in_progress;
    const RouteResult again = route_to_stage(b.c, p, s1);
    CHECK(again.best->hops[0].steps.at(0).key == "cert:cheap");
    CHECK(again.best->hops[0].steps[0].status == StepStatus::in_progress);
  }

  TEST_CASE("hours per week turn the same learning into more or fewer months") {
    Fork f;
    const Profile p = at_stage(person(0, {}), f.start);
    RouteOptions o;
    o.hours_per_week = 10;
    const RouteResult r = find_route(f.b.c, p, to_node(f.b.c, NodeKind::stage, f.top), o);
    CHECK(r.hours_per_week == 10);
    CHECK(r.best->months_mid == doctest::Approx(10 / (10 * k_weeks_per_month)));
  }

  TEST_CASE("the same input gives the same route, byte for byte") {
    Ladder l;
    const Profile p = person(1, {{l.linux_skill, 2}});
    RouteTarget t = *resolve_route_target(l.b.c, "senior");
    const std::string once = route_to_json(l.b.c, find_route(l.b.c, p, t, {})).dump();
    const std::string twice = route_to_json(l.b.c, find_route(l.b.c, p, t, {})).dump();
    CHECK(once == twice);
  }

  TEST_CASE("Mermaid labels cannot break the diagram or the code fence") {
    CHECK(mermaid_escape("A \"quoted\" <b>#1</b> & `code` | x; y\nz") ==
          "A #quot;quoted#quot; #lt;b#gt;#35;1#lt;/b#gt; #amp; #96;code#96; #124; x#59; y z");
    CHECK(mermaid_escape("caf\u00e9 \u2013 ok") == "caf\u00e9 \u2013 ok");
  }

  TEST_CASE("the Mermaid diagram draws the route solid and the alternatives dashed, with safe ids") {
    Fork f;
    f.b.c.stages[f.top].id = "end";  // a Mermaid keyword as a content id
    const RouteResult r = route_to_stage(f.b.c, at_stage(person(0, {}), f.start), f.top);
    const std::string diagram = route_mermaid(f.b.c, r);
    CHECK(diagram ==
          "```mermaid\n"
          "flowchart LR\n"
          "  stage_start[\"Start<br/>you are here\"]\n"
          "  stage_fast[\"Fast Lane<br/>about 1 month\"]\n"
          "  stage_end[\"Top<br/>about 1 month\"]\n"
          "  stage_start --> stage_fast\n"
          "  stage_fast --> stage_end\n"
          "  stage_slow[\"Slow Lane\"]\n"
          "  stage_start -.->|alternative A| stage_slow\n"
          "  stage_slow -.-> stage_end\n"
          "```\n");
  }
}
