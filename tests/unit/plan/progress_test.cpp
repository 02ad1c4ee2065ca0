#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "careerplan/plan/planner.hpp"
#include "careerplan/plan/progress.hpp"
#include "careerplan/plan/progress_report.hpp"
#include "test_content.hpp"

using namespace careerplan;
using namespace careerplan::test;

namespace {

ProgressEntry step(ProgressKind kind, Index index, int level, StepStatus status) {
  return ProgressEntry{kind, index, level, status, {}};
}

Index add_project(Content& c, const std::string& id, std::vector<SkillLevel> practises, double hours) {
  Project p;
  p.id = c.keep(id);
  p.title = c.keep("Project " + id);
  p.practises = std::move(practises);
  p.effort_hours = Figure{Range{hours / 2, hours * 3 / 2}, SourceRef{1, ""}};
  p.source = SourceRef{0, "projects"};
  c.project_ids.insert_or_assign(id, static_cast<Index>(c.projects.size()));
  c.projects.push_back(std::move(p));
  return static_cast<Index>(c.projects.size() - 1);
}

int level_in(const Profile& p, Index skill) {
  for (const auto& s : p.skills) {
    if (s.skill == skill) return s.level;
  }
  return 0;
}

}  // namespace

TEST_SUITE("progress") {
  TEST_CASE("done steps count as held; in-progress and skipped ones change nothing") {
    Ladder l;
    const Index proj = add_project(l.b.c, "dashboards", {SkillLevel{l.monitoring, 3}, SkillLevel{l.sql, 2}}, 20);
    Profile p = person(1, {{l.sql, 3}});
    p.progress = {step(ProgressKind::skill, l.linux_skill, 2, StepStatus::done),
                  step(ProgressKind::skill, l.networking, 3, StepStatus::in_progress),
                  step(ProgressKind::cert, l.itil, 0, StepStatus::done),
                  step(ProgressKind::cert, l.network_plus, 0, StepStatus::skipped),
                  step(ProgressKind::project, proj, 0, StepStatus::done)};
    const Profile q = apply_done_progress(l.b.c, p);
    CHECK(level_in(q, l.linux_skill) == 2);
    CHECK(level_in(q, l.networking) == 0);
    CHECK(level_in(q, l.monitoring) == 3);
    CHECK(level_in(q, l.sql) == 3);  // a project never lowers a level
    REQUIRE(q.certifications.size() == 1);
    CHECK(q.certifications[0].cert == l.itil);
    CHECK(recorded_status(l.b.c, p, "skill:networking@3") == StepStatus::in_progress);
    CHECK(recorded_status(l.b.c, p, "cert:comptia-network-plus") == StepStatus::skipped);
    CHECK_FALSE(recorded_status(l.b.c, p, "skill:networking@2"));
  }

  TEST_CASE("the report lists levels and certifications gained, steps completed and the hours they stand for") {
    Ladder l;
    Profile before = person(2, {{l.sql, 1}});
    before.file = "old.yaml";
    Profile after = before;
    after.file = "new.yaml";
    after.progress = {step(ProgressKind::skill, l.sql, 2, StepStatus::done),
                      step(ProgressKind::skill, l.sql, 3, StepStatus::done),
                      step(ProgressKind::cert, l.itil, 0, StepStatus::done),
                      step(ProgressKind::skill, l.linux_skill, 3, StepStatus::in_progress)};
    PlanOptions o;
    o.focus_track = l.app;
    const ProgressReport r = compare_progress(l.b.c, before, after, o);
    CHECK(r.old_file == "old.yaml");
    REQUIRE(r.levels.size() == 1);
    CHECK(r.levels[0].before == 1);
    CHECK(r.levels[0].after == 3);
    REQUIRE(r.certifications.size() == 1);
    CHECK(r.certifications[0].id == "itil-4-foundation");
    REQUIRE(r.completed.size() == 3);
    CHECK(r.completed[0].key == "skill:sql@2");
    CHECK(r.completed[0].hours.mid() == doctest::Approx(20));
    CHECK(r.completed[1].key == "skill:sql@3");
    CHECK(r.completed[1].hours.mid() == doctest::Approx(40));  // from 2, where the step before left it
    CHECK(r.completed[2].title == "Get ITIL 4 Foundation");
    CHECK(r.hours_saved.low == doctest::Approx(40));
    CHECK(r.hours_saved.high == doctest::Approx(120));
    CHECK(r.in_progress == std::vector<std::string>{"skill:linux@3"});
    REQUIRE(r.fits.size() == 1);
    CHECK(r.fits[0].id == "application-support");
    CHECK(r.fits[0].after > r.fits[0].before);
  }

  TEST_CASE("a step done in both versions is not completed again") {
    Ladder l;
    Profile before = person(2, {});
    before.progress = {step(ProgressKind::cert, l.itil, 0, StepStatus::done)};
    const ProgressReport r = compare_progress(l.b.c, before, before, PlanOptions{});
    CHECK(r.completed.empty());
    CHECK(r.certifications.empty());
    CHECK(r.hours_saved.high == 0);
  }
}

TEST_SUITE("planner progress") {
  TEST_CASE("a skipped step is never proposed again, and an in-progress one says so") {
    Ladder l;
    Profile p = person(2, {{l.debugging, 3}, {l.sql, 3}, {l.customer, 3}, {l.monitoring, 2}});
    PlanOptions o;
    o.focus_track = l.app;
    const Plan plain = make_plan(l.b.c, p, o);
    REQUIRE_FALSE(plain.next_steps.empty());
    CHECK(plain.next_steps[0].key == "cert:itil-4-foundation");
    CHECK_FALSE(plain.next_steps[0].status);

    p.progress = {step(ProgressKind::cert, l.itil, 0, StepStatus::in_progress)};
    const Plan started = make_plan(l.b.c, p, o);
    CHECK(started.next_steps.at(0).status == StepStatus::in_progress);

    p.progress = {step(ProgressKind::cert, l.itil, 0, StepStatus::skipped)};
    const Plan skipped = make_plan(l.b.c, p, o);
    for (const auto& s : skipped.next_steps) CHECK(s.key != "cert:itil-4-foundation");

    p.progress = {step(ProgressKind::cert, l.itil, 0, StepStatus::done)};
    const Plan done = make_plan(l.b.c, p, o);
    const auto fit = std::find_if(done.tracks.begin(), done.tracks.end(), [&](const RankedTrack& t) { return t.track == l.app; });
    CHECK(fit->fit.fit == doctest::Approx(1.0));
  }
}

TEST_SUITE("planner projects") {
  TEST_CASE("projects that practise several gap skills come first; others drop out once their gains are taken") {
    Ladder l;
    const Index both = add_project(l.b.c, "health-queries", {SkillLevel{l.sql, 3}, SkillLevel{l.debugging, 3}}, 20);
    add_project(l.b.c, "sql-only", {SkillLevel{l.sql, 3}}, 20);
    add_project(l.b.c, "racking", {SkillLevel{l.hardware, 3}}, 10);  // not a gap of the target
    const Index skipped = add_project(l.b.c, "skipped", {SkillLevel{l.customer, 3}}, 5);
    Profile p = person(2, {{l.sql, 1}, {l.debugging, 1}, {l.customer, 2}, {l.monitoring, 2}});
    p.progress = {ProgressEntry{ProgressKind::project, skipped, 0, StepStatus::skipped, {}}};
    PlanOptions o;
    o.focus_track = l.app;
    const Plan plan = make_plan(l.b.c, p, o);
    REQUIRE(plan.projects.size() == 1);
    const ProjectStep& first = plan.projects[0];
    CHECK(first.project == both);
    CHECK(first.key == "project:health-queries");
    CHECK(first.why ==
          "practises 2 of your gap skills: SQL, Application debugging; serves your target: Application Support Specialist");
    REQUIRE(first.practises.size() == 2);
    CHECK(first.practises[0].gap);
    CHECK(first.practises[0].have == 1);
    CHECK(first.hours_mid == doctest::Approx(20));
    CHECK(first.value_per_hour == doctest::Approx(first.value / 20));
  }

  TEST_CASE("the plan lists the related tracks of each target track") {
    Ladder l;
    PlanOptions o;
    o.focus_track = l.infra;
    const Plan plan = make_plan(l.b.c, person(2, {}), o);
    REQUIRE(plan.related.size() == 1);
    CHECK(plan.related[0].id == "infrastructure-support");
    REQUIRE(plan.related[0].related.size() == 1);
    CHECK(plan.related[0].related[0].id == "application-support");
    CHECK(plan.related[0].related[0].shared == 1);
    CHECK(plan.related[0].related[0].of == 4);
  }

  TEST_CASE("with the route option the plan carries the route to its first target") {
    Ladder l;
    PlanOptions o;
    o.focus_track = l.app;
    o.route = true;
    const Plan plan = make_plan(l.b.c, person(2, {}), o);
    REQUIRE(plan.route);
    CHECK(plan.route->target.nodes == std::vector<NodeRef>{{NodeKind::track, l.app}});
    CHECK_FALSE(make_plan(l.b.c, person(2, {}), PlanOptions{}).route);
  }
}
