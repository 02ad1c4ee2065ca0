#include <doctest/doctest.h>

#include <string>

#include "careerplan/render/render_progress.hpp"
#include "careerplan/render/render_route.hpp"
#include "careerplan/render/render_what_if.hpp"
#include "test_content.hpp"
// A private helper of the core library; the test target only sees include/.
#include "careerplan/render/route_format.hpp"

using namespace careerplan;
using namespace careerplan::test;

namespace {

TextStyle plain(std::size_t width = 80) { return TextStyle{false, width}; }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Two stages, one move up that needs a skill and a year.
struct OneMove {
  ContentBuilder b;
  Index a = b.skill("a", "Skill \"A\" <b>");
  Index s0 = b.stage("s0", "Stage 0");
  Index s1 = b.stage("s1", "Stage 1", rule_all({rule_years(1), rule_skill(a, 2)}));
  OneMove() { b.leads(s0, {s1}); }

  [[nodiscard]] RouteResult route() const {
    Profile p = person(0, {});
    p.current_stage = s0;
    return find_route(b.c, p, *resolve_route_target(b.c, "s1"), {});
  }
};

}  // namespace

TEST_SUITE("render route") {
  TEST_CASE("months are whole months, rounded up, with words for none and for ranges") {
    CHECK(route_months_text(Range{0, 0}) == "now");
    CHECK(route_months_text(Range{2.2, 2.9}) == "about 3 months");
    CHECK(route_months_text(Range{0, 1.5}) == "within about 2 months");
    CHECK(route_months_text(Range{3.5, 6.2}) == "about 4\u20137 months");
    CHECK(route_months_text(Range{1.0000000001, 1}) == "about 1 month");
    CHECK(learning_text(Range{0, 0}) == "nothing to learn");
    CHECK(learning_text(Range{20, 40}) == "20\u201340 h of learning");
  }

  TEST_CASE("a step says what to do, its hours, and its recorded status") {
    RouteStep step;
    step.text = "get ITIL 4 Foundation";
    step.kind = RouteStepKind::cert;
    step.hours = Range{20, 40};
    step.estimate = true;
    step.status = StepStatus::in_progress;
    CHECK(route_step_text(step, [](std::string_view s) { return std::string(s); }) ==
          "get ITIL 4 Foundation: 20\u201340 h, estimate (in progress)");
    step.kind = RouteStepKind::years;
    step.text = "reach 3 years of experience";
    step.status.reset();
    CHECK(route_step_text(step, [](std::string_view s) { return std::string(s); }) ==
          "reach 3 years of experience (calendar time)");
  }

  TEST_CASE("the text route numbers the moves with their requirements, steps and estimate") {
    OneMove m;
    const std::string out = render_route_text(m.b.c, m.route(), plain());
    CHECK(contains(out, "Fastest route: about 12 months at 5 h/week\n"));
    CHECK(contains(out, "  1. Stage 1, up the ladder from Stage 0\n"));
    CHECK(contains(out, "       no   1 year of experience (you: 0)\n"));
    CHECK(contains(out, "       - reach 1 year of experience (calendar time)\n"));
    CHECK(contains(out, "       - learn Skill \"A\" <b> to level 2: 15\u201345 h, estimate\n"));
    CHECK(contains(out, "None that differ"));
  }

  TEST_CASE("the Markdown route escapes content and dates each move from the start day") {
    OneMove m;
    using namespace std::chrono;
    const std::string out = route_markdown_section(m.b.c, m.route(), sys_days{year{2026} / 11 / 24}, 2);
    CHECK(contains(out, "\n## Route to Stage 1\n"));
    // 12 months of 365.25 / 12 days: 365.25 days, rounded up.
    CHECK(contains(out, "1. **Stage 1** (up the ladder from Stage 0) \u2014 about 12 months from now, target date 2027-11-25\n"));
    CHECK(contains(out, "learn Skill \"A\" \\<b> to level 2"));
    CHECK(contains(out, "stage_s1[\"Stage 1<br/>about 12 months\"]"));
  }

  TEST_CASE("JSON names every place by kind and id, and an unreachable target carries its reasons") {
    OneMove m;
    const auto j = route_to_json(m.b.c, m.route());
    CHECK(j["reachable"] == true);
    CHECK(j["route"]["hops"][0]["to"]["id"] == "s1");
    CHECK(j["route"]["hops"][0]["steps"][1]["key"] == "skill:a@2");
    CHECK(j["route"]["months"]["whole_high"] == 12);
    Profile p = person(0, {});
    p.current_stage = m.s1;
    const auto back = route_to_json(m.b.c, find_route(m.b.c, p, *resolve_route_target(m.b.c, "s0"), {}));
    CHECK(back["reachable"] == false);
    CHECK(back["route"].is_null());
    CHECK(back["unreachable"].size() == 1);
  }
}

TEST_SUITE("render what if") {
  TEST_CASE("only tracks whose fit changes are listed in text; JSON lists every track") {
    Ladder l;
    Profile p = person(2, {{l.debugging, 3}, {l.sql, 3}, {l.customer, 3}, {l.monitoring, 2}});
    p.current_stage = l.entry;
    const WhatIf w = make_what_if(l.b.c, p, {parse_assumption(l.b.c, "itil-4-foundation")}, PlanOptions{});
    const std::string out = render_what_if_text(w, plain());
    CHECK(contains(out, "\nWhat if: ITIL 4 Foundation\n"));
    CHECK(contains(out, "Application Support Specialist"));
    CHECK(contains(out, "+15 points"));
    CHECK_FALSE(contains(out, "Infrastructure Support Engineer"));
    const auto j = what_if_to_json(l.b.c, w);
    CHECK(j["tracks"].size() == 2);
    CHECK(j["assumptions"][0]["id"] == "itil-4-foundation");
    CHECK(j["route"].is_null());
    CHECK(contains(render_what_if_markdown(w, 2), "\n## What if: ITIL 4 Foundation\n"));
  }
}

TEST_SUITE("render progress") {
  TEST_CASE("a report with nothing new says so in every section") {
    Ladder l;
    const Profile p = person(2, {});
    const ProgressReport r = compare_progress(l.b.c, p, p, PlanOptions{});
    const std::string out = render_progress_text(r, plain());
    CHECK(contains(out, "Levels gained\n  none\n"));
    CHECK(contains(out, "Steps completed\n  none\n"));
    CHECK(contains(out, "Time saved\n  none yet: no step is newly done\n"));
    CHECK(progress_to_json(l.b.c, r)["weeks_saved"] == 0.0);
  }
}
