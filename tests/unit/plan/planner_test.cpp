#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

#include "careerplan/plan/planner.hpp"
#include "test_content.hpp"

using namespace careerplan;
using namespace careerplan::test;

namespace {

// Two tracks that both list ITIL as helpful, each asking for one skill.
struct TwoTargets {
  ContentBuilder b;
  Index scripting = b.skill("scripting", "Scripting");
  Index monitoring = b.skill("monitoring", "Monitoring");
  Index itil = b.cert("itil-4-foundation", "ITIL 4 Foundation", 30);
  Index here = b.stage("here", "Here");
  Index a = b.track("automation", "Automation Engineer", {key(scripting, 3)}, {itil});
  Index m = b.track("observability", "Observability Engineer", {key(monitoring, 3)}, {itil});
};

std::string dump_explanation(const Explanation& e) {
  std::string out = fmt::format("held={} blocked={} months={}\n", e.held, e.blocked, e.effort.months);
  for (const auto& ch : e.checks) out += fmt::format("  {}{} {}\n", std::string(static_cast<std::size_t>(ch.depth), ' '), ch.held, ch.text);
  for (const auto& n : e.needs) out += fmt::format("  need {} {}\n", n.text, n.hours);
  return out;
}

// Everything a renderer could print, at full precision.
std::string dump(const Plan& p) {
  std::string out = fmt::format("stage {} {} {}\n", p.current_stage.id, p.current_stage.inferred, p.current_stage.reason);
  for (const auto& ns : p.next_stages) out += fmt::format("next {} {}\n{}", ns.id, ns.ready, dump_explanation(ns.entry));
  for (const auto& t : p.tracks) {
    out += fmt::format("track {} {} {:.17g} {}\n", t.rank, t.id, t.fit.fit, t.target);
    for (const auto& part : t.fit.parts) out += fmt::format("  {} {:.17g} {}\n", part.label, part.earned, part.detail);
  }
  for (const auto& g : p.gaps) {
    for (const auto& s : g.skills) out += fmt::format("gap {} {} {}->{}\n", g.id, s.id, s.have, s.need);
  }
  for (const auto& s : p.next_steps) {
    out += fmt::format("step {} {:.17g} {:.17g} {} {}\n", s.key, s.value, s.finish_weeks, s.why, s.sources.size());
  }
  for (const auto& s : p.strategies) out += fmt::format("strategy {}\n", s.id);
  for (const auto& r : p.roles) out += fmt::format("roles {} {}\n", r.id, fmt::join(r.roles, "; "));
  for (const auto& s : p.sources) out += fmt::format("source {}\n", s.id);
  return out;
}

const NextStep* find_step(const Plan& p, const std::string& key) {
  for (const auto& s : p.next_steps) {
    if (s.key == key) return &s;
  }
  return nullptr;
}

}  // namespace

TEST_SUITE("planner") {
  TEST_CASE("a certification serving two targets ranks above a skill serving one, and says so") {
    TwoTargets f;
    Profile p = person(1, {{f.scripting, 2}, {f.monitoring, 3}});
    p.target_tracks = {f.a, f.m};
    const Plan plan = make_plan(f.b.c, p, PlanOptions{});
    REQUIRE(plan.next_steps.size() == 2);

    const NextStep& cert = plan.next_steps[0];
    CHECK(cert.key == "cert:itil-4-foundation");
    CHECK(cert.kind == StepKind::cert);
    CHECK(cert.name == "ITIL 4 Foundation");
    CHECK(cert.fit_gain == doctest::Approx(0.30));  // the certifications part of both tracks
    CHECK(cert.hours_mid == doctest::Approx(30));
    CHECK(cert.hours.low == doctest::Approx(15));
    CHECK(cert.hours.high == doctest::Approx(45));
    CHECK(cert.estimate);
    CHECK(cert.weeks == doctest::Approx(6));
    CHECK(cert.finish_weeks == doctest::Approx(6));
    CHECK(cert.value_per_hour == doctest::Approx(0.01));
    REQUIRE(cert.serves.size() == 2);
    CHECK(cert.serves[0].id == "automation");
    CHECK(cert.serves[0].gain == doctest::Approx(0.15));
    CHECK(cert.serves[1].id == "observability");
    CHECK(cert.why == "serves 2 of your targets: Automation Engineer, Observability Engineer");
    REQUIRE(cert.sources.size() == 1);
    CHECK(cert.sources[0].source_id == "estimate");
    CHECK(cert.sources[0].section == "prep");

    const NextStep& skill = plan.next_steps[1];
    CHECK(skill.key == "skill:scripting@3");
    CHECK(skill.from_level == 2);
    CHECK(skill.to_level == 3);
    CHECK(skill.hours_mid == doctest::Approx(40));
    CHECK(skill.fit_gain == doctest::Approx(70.0 / 3 / 100));
    CHECK(skill.why == "serves your target: Automation Engineer");
    CHECK(skill.finish_weeks == doctest::Approx(14));
  }

  TEST_CASE("steps that would change nothing are not proposed") {
    ContentBuilder b;
    const Index scripting = b.skill("scripting", "Scripting");
    const Index itil = b.cert("itil", "ITIL 4 Foundation", 30);
    const Index capm = b.cert("capm", "CAPM", 30);
    b.stage("here", "Here");
    const Index t = b.track("t", "T", {key(scripting, 2)}, {itil, capm});
    Profile p = person(1, {{scripting, 2}}, {itil});
    p.target_tracks = {t};
    const Plan plan = make_plan(b.c, p, PlanOptions{});
    CHECK(plan.next_steps.empty());
    REQUIRE(plan.gaps.size() == 1);
    CHECK(plan.gaps[0].skills.empty());
    CHECK(plan.gaps[0].holds_helpful_cert);
    CHECK(plan.gaps[0].missing_certs.empty());
  }

  TEST_CASE("steps build on each other: a later step starts where an earlier one ended") {
    ContentBuilder b;
    const Index scripting = b.skill("scripting", "Scripting");
    b.stage("here", "Here");
    const Index t = b.track("t", "T", {key(scripting, 3)});
    const Index u = b.track("u", "U", {key(scripting, 4)});
    Profile p = person(1, {{scripting, 2}});
    p.target_tracks = {u, t};  // U first: the step to 4 serves it alone
    const Plan plan = make_plan(b.c, p, PlanOptions{});
    REQUIRE(plan.next_steps.size() == 2);
    // To 3: 28.33 + 21.25 points for 40 hours; to 4: 28.33 + 42.5 points for 120 hours.
    CHECK(plan.next_steps[0].key == "skill:scripting@3");
    CHECK(plan.next_steps[0].value == doctest::Approx((85.0 / 3 + 21.25) / 100));
    // Then from 3 to 4: the 21.25 points left on U for 80 hours.
    CHECK(plan.next_steps[1].key == "skill:scripting@4");
    CHECK(plan.next_steps[1].from_level == 3);
    CHECK(plan.next_steps[1].hours_mid == doctest::Approx(80));
    CHECK(plan.next_steps[1].value == doctest::Approx(0.2125));
    CHECK(plan.next_steps[1].why == "serves your target: U");
  }

  TEST_CASE("a certification that adds nothing after an earlier step is not proposed") {
    ContentBuilder b;
    const Index pm = b.skill("project-management", "Project management");
    const Index psm = b.cert("psm-i", "PSM I", 20);
    const Index capm = b.cert("capm", "CAPM", 60);
    b.stage("here", "Here");
    const Index t = b.track("project-management", "IT Project Manager", {key(pm, 2)}, {psm, capm});
    Profile p = person(5, {{pm, 2}});
    p.target_tracks = {t};
    const Plan plan = make_plan(b.c, p, PlanOptions{});
    REQUIRE(plan.next_steps.size() == 1);
    CHECK(plan.next_steps[0].key == "cert:psm-i");
  }

  TEST_CASE("a step that opens a next stage serves it too") {
    Ladder l;
    Profile p = person(2, {{l.linux_skill, 2}, {l.troubleshooting, 2}});
    p.current_stage = l.entry;
    p.target_tracks = {l.infra};
    PlanOptions options;
    options.max_steps = 10;
    const Plan plan = make_plan(l.b.c, p, options);
    REQUIRE(plan.next_stages.size() == 1);
    CHECK(plan.next_stages[0].id == "junior-production-support");
    CHECK_FALSE(plan.next_stages[0].ready);
    CHECK(plan.next_stages[0].entry.effort.whole_months == 4);  // 2 x 40 hours at 5 a week
    CHECK(plan.next_stages[0].typical_years->low == doctest::Approx(2.5));

    const NextStep* linux_step = find_step(plan, "skill:linux@3");
    REQUIRE(linux_step != nullptr);
    CHECK(linux_step->fit_gain == doctest::Approx(70.0 / 6 / 3 / 100 * 2));
    CHECK(linux_step->readiness_gain == doctest::Approx(0.05));  // one of the stage's three requirements
    CHECK(linux_step->why ==
          "serves 2 of your targets: Infrastructure Support Engineer, Junior Production Support Engineer");
    const NextStep* troubleshooting = find_step(plan, "skill:troubleshooting@3");
    REQUIRE(troubleshooting != nullptr);
    CHECK(troubleshooting->fit_gain == 0);
    CHECK(troubleshooting->why == "serves your target: Junior Production Support Engineer");
  }

  TEST_CASE("a second target counts only with the first, and less when it opens years from now") {
    ContentBuilder b;
    const Index scripting = b.skill("scripting", "Scripting");
    const Index capm = b.cert("capm", "CAPM", 30);
    const Index pmp = b.cert("pmp", "PMP", 30);
    b.stage("here", "Here");
    const Index near = b.track("near", "Near", {key(scripting, 3)}, {capm});
    const Index far = b.track("far", "Far", {key(scripting, 1)}, {capm, pmp}, rule_years(4));
    Profile p = person(0, {{scripting, 2}});
    p.target_tracks = {near, far};
    PlanOptions options;
    options.max_steps = 10;
    const Plan plan = make_plan(b.c, p, options);
    // CAPM: 15 points on Near (the first target, in full) and 15 on Far, which opens in 48
    // months, so they count 0.2. PMP serves Far alone, so it is never proposed.
    const NextStep* cert = find_step(plan, "cert:capm");
    REQUIRE(cert != nullptr);
    REQUIRE(cert->serves.size() == 2);
    CHECK(cert->serves[0].id == "near");
    CHECK(cert->serves[0].weight == doctest::Approx(1));
    CHECK(cert->serves[1].weight == doctest::Approx(0.2));
    CHECK(cert->value == doctest::Approx(0.15 + 0.03));
    CHECK(find_step(plan, "cert:pmp") == nullptr);
  }

  TEST_CASE("once ready for the next stage, steps work towards the stage after it") {
    Ladder l;
    Profile p = person(0, {{l.linux_skill, 3}}, {}, Education::bachelor);
    p.current_stage = l.degree;
    PlanOptions options;
    options.max_steps = 20;
    const Plan plan = make_plan(l.b.c, p, options);
    REQUIRE(plan.next_stages.size() == 1);
    CHECK(plan.next_stages[0].id == "entry-it-support");
    CHECK(plan.next_stages[0].ready);
    const NextStep* troubleshooting = find_step(plan, "skill:troubleshooting@3");
    REQUIRE(troubleshooting != nullptr);
    REQUIRE(troubleshooting->serves.size() == 1);
    CHECK(troubleshooting->serves[0].id == "junior-production-support");
    CHECK(troubleshooting->readiness_gain == doctest::Approx(0.05));
  }

  TEST_CASE("a certification step carries its exam's facts, and the plan cites their source") {
    TwoTargets t;
    t.b.c.sources.push_back(ContentBuilder::source("peoplecert", "PeopleCert", "", false));
    const auto peoplecert = static_cast<Index>(t.b.c.sources.size() - 1);
    t.b.c.certifications[t.itil].exam = "ITIL 4 Foundation";
    t.b.c.certifications[t.itil].exam_facts = {ExamFact{ExamFactKind::minutes, "60", SourceRef{peoplecert, ""}}};
    PlanOptions options;
    options.max_steps = 10;
    const Plan plan = make_plan(t.b.c, person(0, {}), options);
    const NextStep* cert = find_step(plan, "cert:itil-4-foundation");
    REQUIRE(cert != nullptr);
    CHECK(cert->exam == "ITIL 4 Foundation");
    REQUIRE(cert->exam_facts.size() == 1);
    CHECK(cert->exam_facts[0].value == "60");
    CHECK(cert->exam_facts[0].source.source_id == "peoplecert");
    CHECK(std::any_of(plan.sources.begin(), plan.sources.end(), [](const CitedSource& s) { return s.id == "peoplecert"; }));
    for (const NextStep& s : plan.next_steps) {
      if (s.kind == StepKind::skill) CHECK(s.exam_facts.empty());
    }
  }

  TEST_CASE("without rule checks a plan is the same but for its check lines") {
    Ladder l;
    l.b.strategy("itil", "Gain Certification in ITIL", rule_all({rule_not(rule_cert({l.itil})), rule_years(1)}));
    l.b.strategy("automation", "Take on automation projects", rule_skill(l.monitoring, 5));
    // An inferred stage (evidence), a next stage not yet open (entry needs), gated tracks.
    Profile p = person(2.5, {{l.troubleshooting, 3}, {l.linux_skill, 2}, {l.networking, 1}});
    const Plan full = make_plan(l.b.c, p, PlanOptions{});
    PlanOptions quiet;
    quiet.rule_checks = false;
    const Plan brief = make_plan(l.b.c, p, quiet);
    Plan stripped = full;  // the full plan with its check lines taken out reads like the brief one
    stripped.current_stage.evidence.checks.clear();
    for (auto& ns : stripped.next_stages) ns.entry.checks.clear();
    for (auto& t : stripped.tracks) t.fit.gate.checks.clear();
    CHECK(dump(brief) == dump(stripped));
    const auto same_but_checks = [](const Explanation& a, const Explanation& b) {
      CHECK(a.checks.empty());
      CHECK(a.held == b.held);
      CHECK(a.blocked == b.blocked);
      CHECK(a.effort.whole_months == b.effort.whole_months);
      CHECK(a.requirements == b.requirements);
      CHECK(a.requirements_held == b.requirements_held);
      REQUIRE(a.needs.size() == b.needs.size());
      for (std::size_t i = 0; i < a.needs.size(); ++i) CHECK(a.needs[i].text == b.needs[i].text);
    };
    REQUIRE(full.current_stage.inferred);
    CHECK_FALSE(full.current_stage.evidence.checks.empty());
    same_but_checks(brief.current_stage.evidence, full.current_stage.evidence);
    REQUIRE(full.next_stages.size() == 1);
    CHECK_FALSE(full.next_stages[0].entry.needs.empty());
    same_but_checks(brief.next_stages[0].entry, full.next_stages[0].entry);
    REQUIRE(brief.tracks.size() == full.tracks.size());
    for (std::size_t i = 0; i < full.tracks.size(); ++i) same_but_checks(brief.tracks[i].fit.gate, full.tracks[i].fit.gate);
    REQUIRE(full.strategies.size() == 1);
    CHECK(full.strategies[0].why.checks.size() == 3);
    CHECK(brief.strategies[0].why.held);
    CHECK(brief.strategies[0].why.checks.empty());
    CHECK(brief.strategies[0].source.source_id == full.strategies[0].source.source_id);
  }

  TEST_CASE("the profile summary and hours per week are as applied") {
    Ladder l;
    Profile p = person(3, {{l.sql, 2}}, {l.network_plus});
    p.target_tracks = {l.infra};
    PlanOptions options;
    options.hours_per_week = 10;
    const Plan plan = make_plan(l.b.c, p, options);
    CHECK(plan.profile.name == "Test Person");
    CHECK(plan.profile.education_name == "bachelor");
    CHECK(plan.profile.hours_per_week == 10);
    CHECK(plan.options.hours_per_week == 10);
    REQUIRE(plan.profile.skills.size() == 2);
    CHECK(plan.profile.skills[0].id == "sql");
    CHECK(plan.profile.skills[1].id == "networking");  // evidenced by CompTIA Network+
    CHECK(plan.profile.skills[1].stated == 0);
    CHECK(plan.profile.skills[1].effective == 3);
    REQUIRE(plan.profile.certifications.size() == 1);
    CHECK(plan.profile.certifications[0].id == "comptia-network-plus");
    REQUIRE_FALSE(plan.next_steps.empty());
    CHECK(plan.next_steps[0].weeks == doctest::Approx(plan.next_steps[0].hours_mid / 10));
    CHECK(plan.current_stage.id == "entry-it-support");  // no troubleshooting for the junior stage
    CHECK(plan.current_stage.inferred);
  }

  TEST_CASE("max_steps caps the steps, and finish weeks add up in order") {
    Ladder l;
    Profile p = person(0, {});
    p.target_tracks = {l.infra, l.app};
    PlanOptions options;
    options.max_steps = 3;
    const Plan plan = make_plan(l.b.c, p, options);
    REQUIRE(plan.next_steps.size() == 3);
    double weeks = 0;
    for (const auto& s : plan.next_steps) {
      weeks += s.weeks;
      CHECK(s.finish_weeks == doctest::Approx(weeks));
    }
    for (std::size_t i = 1; i < plan.next_steps.size(); ++i) {
      CHECK(plan.next_steps[i - 1].value_per_hour >= plan.next_steps[i].value_per_hour);
    }
    options.max_steps = 0;
    CHECK(make_plan(l.b.c, p, options).next_steps.empty());
  }

  TEST_CASE("the same input gives the same plan") {
    Ladder l;
    l.b.salary(l.app, 60000, 80000);
    l.b.strategy("mentorship", "Find a mentor", rule_not(rule_years(3)));
    const Profile p = person(1.5, {{l.linux_skill, 2}, {l.sql, 3}, {l.customer, 4}, {l.troubleshooting, 3}});
    const std::string first = dump(make_plan(l.b.c, p, PlanOptions{}));
    CHECK(first.find("step ") != std::string::npos);
    for (int i = 0; i < 5; ++i) CHECK(dump(make_plan(l.b.c, p, PlanOptions{})) == first);
    const Content copy = l.b.c;
    CHECK(dump(make_plan(copy, p, PlanOptions{})) == first);
  }

  TEST_CASE("the worked example of docs/scoring.md") {
    Ladder l;
    Profile p = person(2, {{l.debugging, 1}, {l.sql, 1}, {l.customer, 2}, {l.monitoring, 2}});
    p.target_tracks = {l.app};
    const Plan plan = make_plan(l.b.c, p, PlanOptions{});
    const RankedTrack& app = plan.tracks[0].track == l.app ? plan.tracks[0] : plan.tracks[1];
    REQUIRE(app.fit.parts.size() == 6);
    CHECK(app.fit.parts[0].possible == doctest::Approx(23.33).epsilon(0.001));
    CHECK(app.fit.parts[0].earned == doctest::Approx(7.78).epsilon(0.001));
    CHECK(app.fit.parts[2].earned == doctest::Approx(7.78).epsilon(0.001));
    CHECK(app.fit.parts[3].earned == doctest::Approx(11.67).epsilon(0.001));
    CHECK(app.fit.parts[5].detail == "met");
    CHECK(app.fit.fit == doctest::Approx(0.50));
    REQUIRE(plan.next_steps.size() >= 3);
    CHECK(plan.next_steps[0].key == "cert:itil-4-foundation");
    CHECK(plan.next_steps[0].value_per_hour == doctest::Approx(0.0075));
    CHECK(plan.next_steps[1].key == "skill:application-debugging@3");  // ties with SQL: by id
    CHECK(plan.next_steps[2].key == "skill:sql@3");
    CHECK(plan.next_steps[2].fit_gain == doctest::Approx(0.1556).epsilon(0.001));
    CHECK(plan.next_steps[2].hours_mid == doctest::Approx(60));

    p.years_experience = 1;  // the track opens in about 12 months
    const Plan later = make_plan(l.b.c, p, PlanOptions{});
    const RankedTrack& app_later = later.tracks[0].track == l.app ? later.tracks[0] : later.tracks[1];
    CHECK(app_later.fit.parts[5].earned == doctest::Approx(12));
    CHECK(app_later.fit.fit == doctest::Approx(0.47));
    REQUIRE_FALSE(later.next_steps.empty());
    CHECK(later.next_steps[0].key == "cert:itil-4-foundation");
    // The first target counts in full however far away it is: closeness weighs second targets.
    CHECK(later.next_steps[0].serves[0].weight == doctest::Approx(1));
  }

  TEST_CASE("content without stages cannot be planned") {
    ContentBuilder b;
    CHECK_THROWS_AS(make_plan(b.c, person(0, {}), PlanOptions{}), Failure);
  }
}
