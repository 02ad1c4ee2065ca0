#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "plan_fixture.hpp"

using namespace careerplan;
using namespace careerplan::test;

TEST_SUITE("render plan text") {
  TEST_CASE("the report reads: where you stand, top tracks, next steps, strategies, what next") {
    HandPlan h;
    CHECK(render_plan_text(h.b.c, h.plan, plain(), false) ==
          "Career plan for Jane Doe\n"
          "2 years of experience \u00b7 bachelor \u00b7 5 h/week\n"
          "\n"
          "Where you stand\n"
          "  Current stage  Junior Production Support Engineer (high confidence: 2 years;\n"
          "                 this stage asks 2+; 1 of 1 checks hold)\n"
          "  Next stage     Senior Engineer: not yet, about 24 months\n"
          "                 needs: raise Linux to level 4; 2 more years of experience\n"
          "  First target   Infrastructure Support Engineer, your goal\n"
          "\n"
          "Tracks for you  * a target (your goals); horizon: when it opens (mo: months)\n"
          "  #   Track                            ID     Fit  Horizon       Salary\n"
          "  1*  Infrastructure Support Engineer  infra  59%  open now      USD 60k\u201380k [1]\n"
          "  2   Cloud Operations                 cloud  50%  next, 6 mo    -\n"
          "  3*  Application Support Specialist   app    25%  later, 36 mo  -\n"
          "\n"
          "Next steps, for Infrastructure Support Engineer\n"
          "  1. Raise SQL to level 2 (10\u201330 h, estimate, about 4 weeks)\n"
          "  2. Get CompTIA Linux+ (30\u201390 h, about 12 weeks)\n"
          "  3. Raise Linux to level 4 (21\u201363 h, estimate, about 9 weeks; next stage)\n"
          "\n"
          "Strategies for you\n"
          "  - Get ITIL early\n"
          "    \"ITIL is the common language.\"\n"
          "\n"
          "  [1] The seed\n");
  }

  TEST_CASE("the hint for what to do next is for a terminal only") {
    HandPlan h;
    TextStyle terminal = plain();
    terminal.terminal = true;
    CHECK(contains(render_plan_text(h.b.c, h.plan, terminal, false),
                   "  [1] The seed\nKeep it: careerplan export person.yaml -o plan.md\n"));
    CHECK_FALSE(contains(render_plan_text(h.b.c, h.plan, plain(), false), "careerplan export"));
  }

  TEST_CASE("explain adds each shown track's fit parts and the rule lines that held or not") {
    HandPlan h;
    const std::string out = render_plan_text(h.b.c, h.plan, plain(), true);
    CHECK(contains(out, "    What puts you at this stage:\n"
                        "      yes  content/rules.yaml:7  Linux at level 2 or above (you: 2)\n"));
    CHECK(contains(out, "    Entry rules for Senior Engineer:\n"
                        "      no   content/rules.yaml:12  Linux at level 4 or above (you: 2) \u2014 needs\n"
                        "                                  raise Linux to level 4\n"
                        "      no   content/rules.yaml:13  4 years of experience (you: 2) \u2014 needs 2 more\n"
                        "                                  years of experience\n"));
    CHECK(contains(out, "Why these fits\n"
                        "  1. Infrastructure Support Engineer: 59% = 59.33 of 100 points\n"
                        "     Part                Points      Detail\n"
                        "     Linux (essential)   37.33 / 56  level 2 of 3: short by 1\n"
                        "     SQL                 7 / 14      level 1 of 2: short by 1\n"
                        "     Certifications      0 / 15      holds none of: CompTIA Linux+\n"
                        "     Entry requirements  15 / 15     no entry requirements\n"
                        "  2. Cloud Operations: 50% = 50 of 100 points\n"));
    CHECK(contains(out, "  3. Application Support Specialist: 25% = 24.89 of 100 points\n"));
    CHECK(contains(out, "     Entry rules:\n"
                        "       no   content/rules.yaml:40  5 years of experience (you: 2) \u2014 needs 3 more\n"
                        "                                   years of experience\n"));
    CHECK(contains(out, "  - Get ITIL early\n"
                        "    \"ITIL is the common language.\"\n"
                        "    Applies because:\n"
                        "      yes  content/rules.yaml:3  none of:\n"
                        "      no   content/rules.yaml:3    ITIL 4 Foundation\n"));
    CHECK_FALSE(contains(out, "Add --explain"));
  }

  TEST_CASE("the fit parts of every shown track add up to its fit") {
    HandPlan h;
    for (const auto& t : h.plan.tracks) {
      double points = 0;
      for (const auto& p : t.fit.parts) points += p.earned;
      CHECK(points / k_fit_points == doctest::Approx(t.fit.fit).epsilon(1e-3));
    }
  }

  TEST_CASE("without colour the report holds no escape byte, with colour it does") {
    HandPlan h;
    CHECK(render_plan_text(h.b.c, h.plan, plain(), true).find('\x1b') == std::string::npos);
    CHECK(render_plan_text(h.b.c, h.plan, TextStyle{true, 80}, true).find('\x1b') != std::string::npos);
    Planned f;
    CHECK(render_plan_text(f.b.c, f.plan(), plain(), true).find('\x1b') == std::string::npos);
  }

  TEST_CASE("control characters from the profile and content never reach the terminal") {
    HandPlan h;
    h.plan.profile.name = "Jane \x1b[31mDoe\r";
    h.plan.tracks[0].title = "Infra\x1b]0;pwned\x07";
    h.plan.strategies[0].reason = "serves\nyou\tall";
    const std::string out = render_plan_text(h.b.c, h.plan, plain(), true);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find('\r') == std::string::npos);
    CHECK(out.find('\t') == std::string::npos);
    CHECK(contains(out, "Career plan for Jane \\x1b[31mDoe\\x0d\n"));
    CHECK(contains(out, "Infra\\x1b]0;pwned\\x07"));
    CHECK(contains(out, "Get ITIL early: serves you all\n"));
  }

  TEST_CASE("a newline in a content title cannot break a table row") {
    Planned f;
    const std::string out = render_plan_text(f.b.c, f.plan(), plain(), false);
    CHECK_MESSAGE(contains(out, "\n  2   # Application Support Specialist  25%"), out);
    CHECK_MESSAGE(contains(out, "\n  Track ids      infra, app\n"), out);
  }

  TEST_CASE("the official median stands beside the seed's range; only the salary wraps") {
    HandPlan h;
    OfficialWageInfo w;
    w.median = 90520;
    w.currency = "USD";
    w.period = "year";
    h.plan.tracks[0].official_wage = w;
    h.plan.tracks[1].official_wage = w;
    const std::string out = render_plan_text(h.b.c, h.plan, plain(80), false);
    CHECK_MESSAGE(contains(out, "  1*  Infrastructure Support Engineer  59%  open now      USD 60k\u201380k [1];\n" +
                                    std::string(58, ' ') + "median USD 90,520 [2]\n"),
                  out);
    CHECK_MESSAGE(contains(out, "  2   Cloud Operations                 50%  next, 6 mo    median USD 90,520 [2]\n"), out);
    CHECK_MESSAGE(contains(out, "  [2] median: US national median wage (BLS); dates, grades: careerplan tracks\n"), out);
    for (const auto& line : lines_of(render_plan_text(h.b.c, h.plan, plain(60), false))) {
      CHECK_MESSAGE(display_width(line) <= 60, line);
    }
  }

  TEST_CASE("the short report ends its steps with the best practice project; --all lists them all") {
    HandPlan h;
    ProjectStep p;
    p.title = "Automate a recurring fix";
    p.difficulty = Difficulty::beginner;
    p.hours = Range{20, 40};
    h.plan.projects = {p, p};
    const std::string out = render_plan_text(h.b.c, h.plan, plain(80), false);
    CHECK_MESSAGE(contains(out, "; next stage)\n  Practice: Automate a recurring fix (beginner, 20\u201340 h)\n\nStrategies"), out);
    CHECK_FALSE(contains(out, "Practice projects"));
    const std::string all = render_plan_text(h.b.c, h.plan, plain(80), true);
    CHECK_FALSE(contains(all, "Practice: "));
    CHECK_MESSAGE(contains(all, "\nPractice projects\n  1. Automate a recurring fix (beginner)\n"), all);
    CHECK_MESSAGE(contains(all, "\n  2. Automate a recurring fix (beginner)\n"), all);
  }

  TEST_CASE("a renamed exam is said under its step; every exam fact with --all") {
    HandPlan h;
    give_exam(h.plan);
    const std::string out = render_plan_text(h.b.c, h.plan, plain(80), false);
    CHECK_MESSAGE(contains(out, "  2. Get CompTIA Linux+ (30\u201390 h, about 12 weeks)\n"
                                "     exam renamed XK0-005 became XK0-006 in 2025 [2]\n"),
                  out);
    CHECK_FALSE(contains(out, "at most 90"));
    const std::string all = render_plan_text(h.b.c, h.plan, plain(80), true);
    CHECK_MESSAGE(contains(all, "     exam CompTIA Linux+ XK0-005: questions at most 90; minutes 90 [2]; renamed\n"
                                "     XK0-005 became XK0-006 in 2025 [3]\n"),
                  all);
  }

  TEST_CASE("lines fit the terminal width") {
    HandPlan h;
    for (std::size_t width : {60u, 72u, 80u, 100u}) {
      for (const auto& line : lines_of(render_plan_text(h.b.c, h.plan, plain(width), true))) {
        CHECK_MESSAGE(display_width(line) <= width, line);
      }
    }
  }

  TEST_CASE("a target track ranked below the top is shown with its rank") {
    HandPlan h;
    h.plan.options.top = 1;
    h.plan.tracks.erase(h.plan.tracks.begin() + 1);  // as make_plan shows them: see planner_test
    const std::string out = render_plan_text(h.b.c, h.plan, plain(), false);
    CHECK(contains(out, "  3*  Application Support Specialist"));
    CHECK_FALSE(contains(out, "Cloud Operations"));
  }

  TEST_CASE("the legend says where the starred target tracks come from") {
    HandPlan h;
    h.plan.target_choice = TargetChoice::focus;
    CHECK(contains(render_plan_text(h.b.c, h.plan, plain(), false), "* a target (--track)"));
    h.plan.target_choice = TargetChoice::goals;
    CHECK(contains(render_plan_text(h.b.c, h.plan, plain(), false), "* a target (your goals)"));
    h.plan.target_choice = TargetChoice::top_fit;
    const std::string out = render_plan_text(h.b.c, h.plan, plain(), false);
    CHECK(contains(out, "1*"));
    CHECK(contains(out, "* a target;"));
  }

  TEST_CASE("a next stage that is ready says so") {
    HandPlan h;
    h.plan.next_stages[0].ready = true;
    h.plan.next_stages[0].entry = Explanation{};
    const std::string out = render_plan_text(h.b.c, h.plan, plain(), false);
    CHECK(contains(out, "  Next stage     Senior Engineer: ready\n"));
  }

  TEST_CASE("rendering twice gives the same bytes") {
    HandPlan h;
    CHECK(render_plan_text(h.b.c, h.plan, plain(), true) == render_plan_text(h.b.c, h.plan, plain(), true));
    Planned f;
    CHECK(render_plan_text(f.b.c, f.plan(), plain(), true) == render_plan_text(f.b.c, f.plan(), plain(), true));
  }
}

TEST_SUITE("plan format") {
  TEST_CASE("ISO dates are checked for shape and calendar") {
    CHECK(is_iso_date("2026-11-24"));
    CHECK(is_iso_date("2028-02-29"));
    CHECK_FALSE(is_iso_date("2027-02-29"));
    CHECK_FALSE(is_iso_date("2026-1-24"));
    CHECK_FALSE(is_iso_date("2026-00-10"));
    CHECK_FALSE(is_iso_date(""));
  }

  TEST_CASE("numbers are rounded half away from zero, without trailing zeros or negative zero") {
    CHECK(number_text(20, 1) == "20");
    CHECK(number_text(12.5, 1) == "12.5");
    CHECK(number_text(12.25, 1) == "12.3");
    CHECK(number_text(-0.00001, 2) == "0");
    CHECK_FALSE(std::signbit(round_to(-0.00001, 4)));
    CHECK(round_to(0.59333333, 4) == 0.5933);
  }

  TEST_CASE("effort, weeks, months and percentages read as a person would say them") {
    CHECK(hours_text(Range{20, 40}) == "20\u201340 h");
    CHECK(hours_text(Range{8, 8}) == "8 h");
    CHECK(weeks_text(0.2) == "about 1 week");
    CHECK(weeks_text(6.0000000001) == "about 6 weeks");
    CHECK(weeks_text(6.1) == "about 7 weeks");
    CHECK(months_text(1) == "about 1 month");
    CHECK(percent_text(0.7851) == "79%");
    CHECK(years_text(1) == "1 year");
    CHECK(years_text(2.5) == "2.5 years");
  }
}
