#include "careerplan/render/starter_profile.hpp"

#include <doctest/doctest.h>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/load/profile_loader.hpp"

using namespace careerplan;

TEST_SUITE("starter profile") {
  TEST_CASE("the starter profile init writes loads as a valid profile") {
    const Content& c = builtin_content();
    const std::string text = starter_profile(c, "");
    const Profile p = load_profile(TextFile{"starter.yaml", text}, c);
    CHECK(p.name == "Your Name");
    CHECK(p.skills.size() == 1);
    CHECK(text.find("yaml-language-server") == std::string::npos);
    CHECK(starter_profile(c, "/usr/share/careerplan/schema/profile.schema.json")
              .starts_with("# yaml-language-server: $schema=/usr/share/careerplan/schema/profile.schema.json\n"));
  }

  TEST_CASE("answers are written back as a profile holding exactly them") {
    const Content& c = builtin_content();
    ProfileAnswers a;
    a.name = "Sam \"the fixer\" Rivera\\";
    a.years_experience = 3.5;
    a.current_stage = c.stage_ids.at("junior-production-support-engineer");
    a.skills = {SkillLevel{c.skill_ids.at("k8s"), 2}, SkillLevel{c.skill_ids.at("linux"), 4}};
    a.certifications = {c.cert_ids.at("itil")};
    const Profile p = load_profile(TextFile{"answers.yaml", answers_profile(c, a, "")}, c);
    CHECK(p.name == a.name);
    CHECK(p.years_experience == 3.5);
    CHECK(p.current_stage == a.current_stage);
    REQUIRE(p.skills.size() == 2);
    CHECK(c.skills[p.skills[0].skill].id == "kubernetes");
    CHECK(p.skills[1].level == 4);
    REQUIRE(p.certifications.size() == 1);
    CHECK(c.certifications[p.certifications[0].cert].id == "itil-4-foundation");
  }

  TEST_CASE("a name with quotes, backslashes and control bytes is quoted so it reads back the same") {
    CHECK(yaml_quoted("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(yaml_quoted("tab\there") == "\"tab\\x09here\"");
  }
}
