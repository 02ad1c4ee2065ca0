#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "plan_fixture.hpp"

using namespace careerplan;
using namespace careerplan::test;

TEST_SUITE("render plan json") {
  TEST_CASE("the documented top-level keys come in a fixed order") {
    HandPlan h;
    const auto j = plan_to_json(h.b.c, h.plan);
    std::vector<std::string> keys;
    for (const auto& item : j.items()) keys.push_back(item.key());
    CHECK(keys == std::vector<std::string>{"schema_version", "pack", "profile", "current_stage", "next_stages",
                                           "track_count", "tracks", "target_choice", "target_tracks", "first_target",
                                           "track_horizons", "behind_tracks", "gaps", "next_steps", "projects",
                                           "related_tracks", "route", "strategies", "other_strategies", "roles",
                                           "sources"});
    CHECK(j["schema_version"] == 2);
    CHECK(j["track_count"] == 3);
    CHECK(j["pack"] == "test");
    CHECK(j["target_choice"] == "goals");
    CHECK(j["target_tracks"] == nlohmann::ordered_json::array({"infra", "app"}));
  }

  TEST_CASE("the profile, current stage and next stages carry what the text shows") {
    HandPlan h;
    const auto j = plan_to_json(h.b.c, h.plan);
    CHECK(j["profile"]["name"] == "Jane Doe");
    CHECK(j["profile"]["hours_per_week"] == 5.0);
    CHECK(j["profile"]["skills"][2] ==
          nlohmann::ordered_json{{"id", "communication"}, {"name", "Customer communication"}, {"level", 2},
                                 {"stated_level", 0}});
    CHECK(j["profile"]["certifications"][0]["year"] == 2023);
    CHECK(j["current_stage"]["id"] == "junior");
    CHECK(j["current_stage"]["inferred"] == true);
    CHECK(j["current_stage"]["checks"][0]["held"] == true);
    const auto& next = j["next_stages"][0];
    CHECK(next["id"] == "senior");
    CHECK(next["ready"] == false);
    CHECK(next["months"] == 24);
    CHECK(next["needs"][0] == nlohmann::ordered_json{{"kind", "skill"}, {"text", "raise Linux to level 4"},
                                                     {"skill", "linux"}, {"level", 4}, {"hours", 120.0},
                                                     {"calendar_months", 0.0}});
    CHECK(next["needs"][1]["years"] == 2.0);
    CHECK(next["salary"]["period"] == "");
    CHECK(next["typical_years"] == nlohmann::ordered_json{{"low", 2.0}, {"high", 4.0}});
  }

  TEST_CASE("tracks are ranked, with a fit in 0..1 rounded to 4 decimals, and their parts") {
    HandPlan h;
    h.plan.tracks[0].fit.fit = 0.59333333333;
    const auto j = plan_to_json(h.b.c, h.plan);
    REQUIRE(j["tracks"].size() == 3);
    int rank = 0;
    for (const auto& t : j["tracks"]) {
      CHECK(t["rank"] == ++rank);
      CHECK(t["fit"].get<double>() >= 0);
      CHECK(t["fit"].get<double>() <= 1);
    }
    const auto& first = j["tracks"][0];
    CHECK(first["id"] == "infra");
    CHECK(first["title"] == "Infrastructure Support Engineer");
    CHECK(first["fit"] == 0.5933);
    CHECK(first["target"] == true);
    CHECK(first["fit_parts"][0] == nlohmann::ordered_json{{"kind", "skill"},
                                                          {"label", "Linux (essential)"},
                                                          {"earned", 37.33},
                                                          {"possible", 56.0},
                                                          {"detail", "level 2 of 3: short by 1"},
                                                          {"skill", "linux"},
                                                          {"essential", true},
                                                          {"have", 0},
                                                          {"need", 0}});
    CHECK_FALSE(first["fit_parts"][2].contains("skill"));
    const auto& gated = j["tracks"][2];
    CHECK(gated["reachable"] == false);
    CHECK(gated["closeness"] == 0.4);
    CHECK(gated["months"] == 36);
    CHECK(gated["needs"][0]["kind"] == "years");
    CHECK(gated["checks"][0] == nlohmann::ordered_json{{"kind", "leaf"},
                                                       {"rule", "always"},
                                                       {"held", false},
                                                       {"depth", 0},
                                                       {"text", "5 years of experience (you: 2)"},
                                                       {"file", "content/rules.yaml"},
                                                       {"line", 40},
                                                       {"column", 5},
                                                       {"needs", gated["needs"]}});
  }

  TEST_CASE("a salary is null or a range with currency, period and its source") {
    HandPlan h;
    const auto j = plan_to_json(h.b.c, h.plan);
    CHECK(j["tracks"][0]["salary"] ==
          nlohmann::ordered_json{{"low", 60000.0},
                                 {"high", 80000.0},
                                 {"currency", "USD"},
                                 {"period", "year"},
                                 {"source", {{"id", "seed"}, {"title", "The seed"}, {"section", "salary"},
                                             {"estimate", false}}}});
    CHECK(j["tracks"][1]["salary"].is_null());
    CHECK(j["roles"][2]["kind"] == "stage");
    CHECK(j["roles"][2]["fit"].is_null());
    CHECK(j["roles"][2]["salary"]["low"] == 90000.0);
  }

  TEST_CASE("next steps carry effort, weeks and what they serve, rounded") {
    HandPlan h;
    const auto j = plan_to_json(h.b.c, h.plan);
    const auto& step = j["next_steps"][0];
    CHECK(step["key"] == "skill:sql@2");
    CHECK(step["kind"] == "skill");
    CHECK(step["title"] == "Raise SQL to level 2");
    CHECK(step["from_level"] == 1);
    CHECK(step["hours"] == nlohmann::ordered_json{{"low", 10.0}, {"high", 30.0}, {"mid", 20.0}});
    CHECK(step["weeks"] == 4.0);
    CHECK(step["serves"][1] == nlohmann::ordered_json{{"kind", "track"},
                                                      {"id", "app"},
                                                      {"title", "Application Support Specialist"},
                                                      {"gain", 0.1889},
                                                      {"weight", 0.4}});
    CHECK(step["value_per_hour"] == 0.007278);
    CHECK(step["sources"][0]["estimate"] == true);
    CHECK(j["next_steps"][1]["kind"] == "cert");
    CHECK_FALSE(j["next_steps"][1].contains("to_level"));
    CHECK(j["next_steps"][2]["weeks"] == 8.4);
    CHECK(j["next_steps"][2]["finish_weeks"] == 24.4);
    CHECK(j["next_steps"][2]["serves"][0]["kind"] == "stage");
    CHECK(step["exam"].is_null());
    CHECK(j["next_steps"][1]["exam"].is_null());  // a certification without exam facts
  }

  TEST_CASE("a certification step carries its exam's facts, each citing its source") {
    HandPlan h;
    give_exam(h.plan);
    const auto exam = plan_to_json(h.b.c, h.plan)["next_steps"][1]["exam"];
    CHECK(exam["name"] == "CompTIA Linux+ XK0-005");
    REQUIRE(exam["facts"].size() == 3);
    CHECK(exam["facts"][0] == nlohmann::ordered_json{{"fact", "questions"},
                                                     {"label", "questions"},
                                                     {"value", "at most 90"},
                                                     {"source", {{"id", "vendor"}, {"title", "The vendor's page"},
                                                                 {"section", ""}, {"estimate", false}}}});
    CHECK(exam["facts"][2]["fact"] == "renamed");
  }

  TEST_CASE("gaps, strategies and sources are listed in the plan's order") {
    HandPlan h;
    const auto j = plan_to_json(h.b.c, h.plan);
    CHECK(j["gaps"][0]["track"] == "infra");
    CHECK(j["gaps"][0]["skills"][0]["hours"] == nlohmann::ordered_json{{"low", 20.0}, {"high", 60.0}});
    CHECK(j["gaps"][0]["missing_certs"][0]["id"] == "comptia-linux-plus");
    CHECK(j["gaps"][1]["reachable"] == false);
    CHECK(j["gaps"][1]["needs"][0]["years"] == 3.0);
    CHECK(j["strategies"][0]["id"] == "itil");
    CHECK(j["strategies"][0]["checks"][0]["kind"] == "not");
    CHECK(j["sources"][0]["url"] == "https://example.com/seed");
    CHECK(j["sources"][1]["estimate"] == true);
  }

  TEST_CASE("the planner's plan gives fits in 0..1 whose parts add up") {
    Planned f;
    const auto j = plan_to_json(f.b.c, f.plan());
    for (const auto& t : j["tracks"]) {
      const double fit = t["fit"].get<double>();
      CHECK(fit >= 0);
      CHECK(fit <= 1);
      CHECK(fit == std::round(fit * 1e4) / 1e4);
      double points = 0;
      for (const auto& p : t["fit_parts"]) points += p["earned"].get<double>();
      CHECK(points / 100 == doctest::Approx(fit).epsilon(1e-3));
    }
  }

  TEST_CASE("the dump is indented, ends with a newline, parses back and is stable") {
    Planned f;
    const Plan plan = f.plan();
    const std::string out = render_plan_json(f.b.c, plan);
    CHECK(out.rfind("{\n  \"schema_version\": 2,\n", 0) == 0);
    CHECK(out.back() == '\n');
    CHECK(nlohmann::ordered_json::parse(out) == plan_to_json(f.b.c, plan));
    CHECK(out == render_plan_json(f.b.c, f.plan()));
  }

  TEST_CASE("invalid UTF-8 in a name is replaced, not thrown") {
    HandPlan h;
    h.plan.profile.name = "bad \xff name";
    std::string out;
    CHECK_NOTHROW(out = render_plan_json(h.b.c, h.plan));
    CHECK(contains(out, "\"name\": \"bad \xEF\xBF\xBD name\""));
  }
}
