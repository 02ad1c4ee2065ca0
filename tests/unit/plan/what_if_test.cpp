#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "careerplan/plan/assume.hpp"
#include "careerplan/plan/what_if.hpp"
#include "test_content.hpp"

using namespace careerplan;
using namespace careerplan::test;

namespace {

// The message of the usage error parse_assumption throws for `text`.
std::string refusal(const Content& c, const std::string& text) {
  try {
    parse_assumption(c, text);
  } catch (const Failure& f) {
    CHECK(f.code() == ExitCode::usage);
    return f.diagnostics().at(0).message;
  }
  return "accepted";
}

}  // namespace

TEST_SUITE("assume") {
  TEST_CASE("a certification id and a SKILL=LEVEL are assumptions") {
    Ladder l;
    const Assumption cert = parse_assumption(l.b.c, "itil-4-foundation");
    CHECK(cert.kind == AssumptionKind::cert);
    CHECK(cert.index == l.itil);
    CHECK(cert.label == "ITIL 4 Foundation");
    const Assumption skill = parse_assumption(l.b.c, "sql=4");
    CHECK(skill.kind == AssumptionKind::skill);
    CHECK(skill.index == l.sql);
    CHECK(skill.level == 4);
    CHECK(skill.label == "SQL at level 4");
  }

  TEST_CASE("bad assumptions are usage errors that name the assumption and suggest a fix") {
    Ladder l;
    CHECK(refusal(l.b.c, "sql=7") == "--assume 'sql=7': the level must be a whole number from 1 to 5");
    CHECK(refusal(l.b.c, "sql=") == "--assume 'sql=': the level must be a whole number from 1 to 5");
    CHECK(refusal(l.b.c, "sqll=4") == "--assume 'sqll=4': unknown skill 'sqll' (did you mean 'sql'?)");
    CHECK(refusal(l.b.c, "itil-4-foundaton") ==
          "--assume 'itil-4-foundaton': unknown certification 'itil-4-foundaton' (did you mean 'itil-4-foundation'?)");
    CHECK(refusal(l.b.c, "sql") == "--assume 'sql': 'sql' is a skill; give the level to assume, like sql=3");
    CHECK(refusal(l.b.c, "") == "--assume '': expected a certification id or SKILL=LEVEL");
  }

  TEST_CASE("assumptions change a copy: certifications are added, skills set to the level, later ones win") {
    Ladder l;
    const Profile p = person(2, {{l.sql, 3}});
    const Profile q = apply_assumptions(p, {parse_assumption(l.b.c, "sql=1"), parse_assumption(l.b.c, "itil-4-foundation"),
                                            parse_assumption(l.b.c, "linux=2"), parse_assumption(l.b.c, "linux=4")});
    REQUIRE(q.skills.size() == 2);
    CHECK(q.skills[0].level == 1);
    CHECK(q.skills[1].skill == l.linux_skill);
    CHECK(q.skills[1].level == 4);
    REQUIRE(q.certifications.size() == 1);
    CHECK(q.certifications[0].cert == l.itil);
    CHECK(p.skills.at(0).level == 3);
  }
}

TEST_SUITE("what if") {
  TEST_CASE("today and with the assumptions stand side by side: fit per track and stage readiness") {
    Ladder l;
    Profile p = person(2, {{l.debugging, 3}, {l.sql, 3}, {l.customer, 3}, {l.monitoring, 2}, {l.troubleshooting, 3}});
    p.current_stage = l.entry;
    const WhatIf w = make_what_if(l.b.c, p, {parse_assumption(l.b.c, "itil-4-foundation"), parse_assumption(l.b.c, "linux=3")},
                                  PlanOptions{});
    REQUIRE(w.tracks.size() == 2);
    const auto app = std::find_if(w.tracks.begin(), w.tracks.end(), [&](const WhatIfTrack& t) { return t.track == l.app; });
    REQUIRE(app != w.tracks.end());
    CHECK(app->assumed - app->today == doctest::Approx(0.15));  // the certifications part
    REQUIRE(w.stages.size() == 1);
    CHECK(w.stages[0].stage == l.junior);
    CHECK_FALSE(w.stages[0].today.ready);
    CHECK(w.stages[0].assumed.ready);  // Linux 3 was the one thing missing
    CHECK(w.stage_today.stage == l.entry);
    CHECK(w.stage_assumed.stage == l.entry);
    CHECK_FALSE(w.route);
  }

  TEST_CASE("route lengths are compared when a route is added") {
    Ladder l;
    Profile p = person(2, {{l.troubleshooting, 3}});
    p.current_stage = l.entry;
    const auto target = *resolve_route_target(l.b.c, "junior-production-support");
    const std::vector<Assumption> a{parse_assumption(l.b.c, "linux=3")};
    WhatIf w = make_what_if(l.b.c, p, a, PlanOptions{});
    add_route(w, find_route(l.b.c, p, target, {}), find_route(l.b.c, apply_assumptions(p, a), target, {}));
    REQUIRE(w.route);
    CHECK(w.route->target == "Junior Production Support Engineer");
    CHECK(w.route->today.hops == 1);
    CHECK(w.route->today.months.high > 0);
    CHECK(w.route->assumed.months.high == 0);
  }
}
