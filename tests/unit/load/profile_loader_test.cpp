#include <doctest/doctest.h>
#include <fmt/format.h>

#include "careerplan/load/profile_loader.hpp"
#include "loader_test_support.hpp"

using namespace careerplan;
using careerplan::test::errors_of;

namespace {

Profile load(const std::string& text) { return load_profile(TextFile{"p.yaml", text}, builtin_content()); }

std::vector<std::string> profile_errors(const std::string& text) {
  return errors_of([&] { (void)load(text); });
}

}  // namespace

TEST_SUITE("profile loader") {
  TEST_CASE("the plain form from the issue loads, ids and aliases alike") {
    const Profile p = load(
        "name: Sam Rivera\nyears_experience: 3\neducation: bachelor\n"
        "skills: {linux: 4, networking: 3, sql: 2, customer-service: 3}\n"
        "certifications: [comptia-a-plus, itil]\n");
    const Content& c = builtin_content();
    CHECK(p.name == "Sam Rivera");
    CHECK(p.years_experience == 3);
    CHECK(p.education == Education::bachelor);
    REQUIRE(p.skills.size() == 4);
    CHECK(c.skills[p.skills[0].skill].id == "linux");
    CHECK(p.skills[0].level == 4);
    CHECK(p.skills[0].where.line == 4);
    REQUIRE(p.certifications.size() == 2);
    CHECK(c.certifications[p.certifications[1].cert].id == "itil-4-foundation");
    CHECK(p.hours_per_week == k_default_hours_per_week);
    CHECK_FALSE(p.current_stage.has_value());
  }

  TEST_CASE("the list forms and goals load") {
    const Profile p = load(
        "name: A\nskills:\n  - {id: k8s, level: 2}\ncertifications:\n  - {id: pmp, year: 2021}\n"
        "current_stage: entry-level-it-support\n"
        "goals: {tracks: [devops-sre, project-management], stage: production-support-engineer, hours_per_week: 7.5}\n");
    const Content& c = builtin_content();
    CHECK(c.skills[p.skills.at(0).skill].id == "kubernetes");
    CHECK(p.certifications.at(0).year == 2021);
    CHECK(c.stages[*p.current_stage].id == "entry-level-it-support");
    REQUIRE(p.target_tracks.size() == 2);
    CHECK(c.tracks[p.target_tracks[1]].id == "project-management");
    CHECK(c.stages[*p.target_stage].id == "production-support-engineer");
    CHECK(p.hours_per_week == 7.5);
  }

  TEST_CASE("unknown ids get a suggestion at the id's position") {
    CHECK(profile_errors("skills:\n  linux: 3\n  kubernets: 2\n") ==
          std::vector<std::string>{"p.yaml:3:3: unknown skill 'kubernets' (did you mean 'kubernetes'?)"});
    CHECK(profile_errors("certifications: [comptia-netwrk-plus]\n") ==
          std::vector<std::string>{"p.yaml:1:18: unknown certification 'comptia-netwrk-plus' (did you mean 'comptia-network-plus'?)"});
    CHECK(profile_errors("goals: {tracks: [infrastructure]}\n") ==
          std::vector<std::string>{"p.yaml:1:18: unknown track 'infrastructure' (did you mean 'infrastructure-support'?)"});
  }

  TEST_CASE("goals.tracks is capped like the other lists, before any id is looked up") {
    std::string text = "name: Many\ngoals:\n  tracks: [";
    for (int i = 0; i < 1001; ++i) text += i == 0 ? "t0" : fmt::format(", t{}", i);
    text += "]\n";
    CHECK(profile_errors(text) == std::vector<std::string>{"p.yaml:3:11: goals.tracks lists 1001 entries; the limit is 1000"});
  }

  TEST_CASE("unknown goal tracks past the cap on errors are counted, not listed") {
    std::string text = "name: Many\ngoals:\n  tracks: [";
    for (int i = 0; i < 1000; ++i) text += i == 0 ? "opps0" : fmt::format(", opps{}", i);
    text += "]\n";
    const auto errors = profile_errors(text);
    REQUIRE(errors.size() == 101);
    CHECK(errors[0].starts_with("p.yaml:3:12: unknown track 'opps0'"));
    CHECK(errors[100] == "p.yaml:0:0: 900 more errors in this file not shown (at most 100 are shown)");
  }

  TEST_CASE("unknown keys, wrong types and out-of-range numbers are all reported together") {
    CHECK(profile_errors("nmae: A\nyears_experience: lots\nskills: {linux: 6}\neducation: bachelors\n") ==
          std::vector<std::string>{
              "p.yaml:2:19: years_experience must be a number from 0 to 70, found 'lots'",
              "p.yaml:4:12: unknown education level 'bachelors' (did you mean 'bachelor'?)",
              "p.yaml:3:17: level of skill 'linux' must be a whole number from 1 to 5, found '6'",
              "p.yaml:1:1: unknown key 'nmae' in profile (did you mean 'name'?)",
          });
  }

  TEST_CASE("numbers are decimal only: octal, hex, signs, null and NaN are refused") {
    for (const char* level : {"010", "0x1F", "+3", "~", "1.5", ".nan", "1e1"}) {
      CAPTURE(level);
      CHECK(profile_errors(std::string("skills: {linux: ") + level + "}\n").size() == 1);
    }
    CHECK(profile_errors("years_experience: .inf\n") ==
          std::vector<std::string>{"p.yaml:1:19: years_experience must be a number from 0 to 70, found '.inf'"});
  }

  TEST_CASE("a scalar where a list or mapping belongs names the field and what was found") {
    CHECK(profile_errors("skills: python\n") ==
          std::vector<std::string>{"p.yaml:1:9: skills must map skill ids to levels, like {linux: 4, sql: 2}, found a single value"});
    CHECK(profile_errors("certifications: itil\n") ==
          std::vector<std::string>{"p.yaml:1:17: certifications must be a list, found 'itil'"});
    CHECK(profile_errors("goals: [devops-sre]\n") ==
          std::vector<std::string>{"p.yaml:1:8: goals must be a mapping of keys to values, found a list"});
  }

  TEST_CASE("the same skill or certification twice, even through an alias, is an error") {
    CHECK(profile_errors("skills: {kubernetes: 3, k8s: 2}\n") ==
          std::vector<std::string>{"p.yaml:1:25: skill 'kubernetes' is listed twice"});
    CHECK(profile_errors("certifications: [itil, itil-4-foundation]\n") ==
          std::vector<std::string>{"p.yaml:1:24: certification 'itil-4-foundation' is listed twice"});
  }

  TEST_CASE("an empty profile or a non-mapping is refused") {
    CHECK(profile_errors("") == std::vector<std::string>{"p.yaml:1:1: profile is empty (expected a mapping)"});
    CHECK(profile_errors("- linux\n") ==
          std::vector<std::string>{"p.yaml:1:1: profile must be a mapping of keys to values, found a list"});
  }

  TEST_CASE("recorded progress loads by stable step keys, aliases included") {
    const Profile p = load("progress:\n  skill:sql@3: done\n  cert:itil: in-progress\n  cert:pmp: skipped\n");
    const Content& c = builtin_content();
    REQUIRE(p.progress.size() == 3);
    CHECK(p.progress[0].kind == ProgressKind::skill);
    CHECK(c.skills[p.progress[0].index].id == "sql");
    CHECK(p.progress[0].level == 3);
    CHECK(p.progress[1].status == StepStatus::in_progress);
    CHECK(progress_key(c, p.progress[1].kind, p.progress[1].index, 0) == "cert:itil-4-foundation");
    CHECK(p.progress[2].status == StepStatus::skipped);
  }

  TEST_CASE("malformed progress steps and statuses are reported") {
    CHECK(profile_errors("progress:\n  sql: done\n  skill:sql: done\n  cert:itl: done\n  cert:pmp: finished\n") ==
          std::vector<std::string>{
              "p.yaml:2:3: progress step 'sql' must be skill:ID@LEVEL, cert:ID or project:ID",
              "p.yaml:3:3: progress step 'skill:sql' must name a level from 1 to 5, like skill:sql@3",
              "p.yaml:4:3: unknown certification 'itl' (did you mean 'itil'?)",
              "p.yaml:5:13: progress status must be done, in-progress or skipped, found 'finished'",
          });
  }
}
