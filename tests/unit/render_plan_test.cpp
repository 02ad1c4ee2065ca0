#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "careerplan/planner.hpp"
#include "careerplan/render_plan.hpp"
#include "careerplan/text_table.hpp"
#include "test_content.hpp"

// A private helper of the core library; the test target only sees include/.
#include "../../src/careerplan/plan_format.hpp"

using namespace careerplan;
using namespace careerplan::test;

namespace {

// A small ladder and two tracks: one open and paid, one gated by years; names chosen to be hostile.
struct Fixture {
  ContentBuilder b;
  Index linux_skill = b.skill("linux", "Linux");
  Index sql = b.skill("sql", "SQL | <script>alert(1)</script>");
  Index comm = b.skill("communication", "Customer communication");
  Index itil = b.cert("itil-4-foundation", "ITIL 4 Foundation", 20);
  Index linux_plus = b.cert("comptia-linux-plus", "CompTIA Linux+", 60, {SkillLevel{linux_skill, 3}});
  Index entry = b.stage("entry", "Entry-Level IT Support");
  Index junior = b.stage("junior", "Junior Production Support Engineer",
                         rule_all({rule_skill(linux_skill, 2), rule_years(1)}));
  Index senior = b.stage("senior", "Senior Engineer",
                         rule_all({rule_skill(linux_skill, 4), rule_years(4), rule_cert({itil})}));
  Index infra = b.track("infra", "Infrastructure Support Engineer", {key(linux_skill, 3, 2, true), key(sql, 2)},
                        {linux_plus});
  Index app = b.track("app", "# Application Support\nSpecialist", {key(sql, 3, 1, true), key(comm, 3)}, {},
                      rule_years(5));
  Index strategy = b.strategy("itil", "Get ITIL early", rule_not(rule_cert({itil})));

  Fixture() {
    b.leads(entry, {junior});
    b.leads(junior, {senior});
    b.salary(infra, 60000, 80000);
    b.c.strategies[strategy].description = "ITIL is the common language of IT operations. Teams hire for it.";
    b.c.sources[0].author = "A. Mentor";
    b.c.sources[0].url = "https://example.com/seed";
  }

  [[nodiscard]] Plan plan(const std::string& name = "Jane Doe") const {
    Profile p = person(2, {{linux_skill, 2}, {sql, 1}});
    p.name = name;
    p.current_stage = junior;
    return make_plan(b.c, p, PlanOptions{});
  }
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Pipes that end a GFM table cell: those not escaped by an odd run of backslashes.
int cell_separators(const std::string& line) {
  int count = 0;
  int backslashes = 0;
  for (char c : line) {
    if (c == '|' && backslashes % 2 == 0) ++count;
    backslashes = c == '\\' ? backslashes + 1 : 0;
  }
  return count;
}

TextStyle plain(std::size_t width = 80) { return TextStyle{false, width}; }

}  // namespace

TEST_SUITE("render plan text") {
  TEST_CASE("the report names the person, where they stand, the tracks, steps and strategies") {
    Fixture f;
    const std::string out = render_plan_text(f.b.c, f.plan(), plain(), false);
    CHECK(out.rfind("Career plan for Jane Doe\n", 0) == 0);
    CHECK(contains(out, "Current stage  Junior Production Support Engineer (stated in the profile)"));
    CHECK(contains(out, "Next stage     Senior Engineer: not yet, about 24 months"));
    CHECK(contains(out, "needs: raise Linux to level 4; 2 more years of experience; get"));
    CHECK(contains(out, "1  Infrastructure Support Engineer   59%  USD 60,000\u201380,000 a year (source:"));
    CHECK(contains(out, "no salary figure in the sources"));
    CHECK(contains(out, "reachable in about 36 months: needs"));
    CHECK(contains(out, "  1. Raise SQL | <script>alert(1)</script> to level 2\n"
                        "     effort: 10\u201330 h, estimate; about 4 weeks at 5 h/week\n"));
    CHECK(contains(out, "why: serves 2 of your targets: Infrastructure Support Engineer"));
    CHECK(contains(out, "  - Get ITIL early: ITIL is the common language of IT operations.\n"));
    CHECK(contains(out, "Add --explain"));
    CHECK(contains(out, "\n  careerplan export person.yaml -o plan.md\n"));
  }

  TEST_CASE("without colour the report holds no escape byte, with colour it does") {
    Fixture f;
    const Plan plan = f.plan();
    CHECK(render_plan_text(f.b.c, plan, plain(), true).find('\x1b') == std::string::npos);
    CHECK(render_plan_text(f.b.c, plan, TextStyle{true, 80}, true).find('\x1b') != std::string::npos);
  }

  TEST_CASE("control characters from the profile and content never reach the terminal") {
    Fixture f;
    f.b.c.tracks[f.infra].title = "Infra\x1b]0;pwned\x07";
    const std::string out = render_plan_text(f.b.c, f.plan("Jane \x1b[31mDoe\r"), plain(), true);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find('\r') == std::string::npos);
    CHECK(contains(out, "Career plan for Jane \\x1b[31mDoe\\x0d\n"));
    CHECK(contains(out, "Infra\\x1b]0;pwned\\x07"));
  }

  TEST_CASE("a newline in a content title cannot break a table row") {
    Fixture f;
    const std::string out = render_plan_text(f.b.c, f.plan(), plain(), false);
    CHECK(contains(out, "  2  # Application Support Specialist  19%"));
  }

  TEST_CASE("lines fit the terminal width") {
    Fixture f;
    f.b.c.skills[f.sql].name = "SQL";
    for (std::size_t width : {72u, 80u, 100u}) {
      for (const auto& line : lines_of(render_plan_text(f.b.c, f.plan(), plain(width), true))) {
        CHECK_MESSAGE(display_width(line) <= width, line);
      }
    }
  }

  TEST_CASE("explain shows each shown track's fit parts summing to the fit, and its rule lines") {
    Fixture f;
    const std::string out = render_plan_text(f.b.c, f.plan(), plain(100), true);
    CHECK(contains(out, "Why these fits\n"));
    CHECK(contains(out, "  1. Infrastructure Support Engineer: 59% = 59.33 of 100 points\n"));
    CHECK(contains(out, "Linux (essential)                37.33 / 56  level 2 of 3: short by 1\n"));
    CHECK(contains(out, "Certifications                   0 / 15      holds none of: CompTIA Linux+\n"));
    CHECK(contains(out, "Entry requirements               15 / 15     no entry requirements\n"));
    CHECK(contains(out, "no   test.yaml:1  Linux at level 4 or above (you: 2)"));
    CHECK(contains(out, "no   -            4 years of experience (you: 2)"));
    CHECK(contains(out, "Applies because:\n"));
    CHECK(contains(out, "yes  -  not:\n"));
    CHECK_FALSE(contains(out, "Add --explain"));
  }

  TEST_CASE("rendering twice gives the same bytes") {
    Fixture f;
    const Plan plan = f.plan();
    CHECK(render_plan_text(f.b.c, plan, plain(), true) == render_plan_text(f.b.c, plan, plain(), true));
    CHECK(render_plan_text(f.b.c, plan, plain(), true) == render_plan_text(f.b.c, f.plan(), plain(), true));
  }
}

TEST_SUITE("render plan json") {
  TEST_CASE("the documented top-level keys come in a fixed order") {
    Fixture f;
    const auto j = plan_to_json(f.b.c, f.plan());
    std::vector<std::string> keys;
    for (const auto& item : j.items()) keys.push_back(item.key());
    CHECK(keys == std::vector<std::string>{"schema_version", "pack", "profile", "current_stage", "next_stages",
                                           "tracks", "target_choice", "target_tracks", "gaps", "next_steps",
                                           "strategies", "roles", "sources"});
    CHECK(j["schema_version"] == 1);
    CHECK(j["current_stage"]["id"] == "junior");
    CHECK(j["next_stages"][0]["id"] == "senior");
    CHECK(j["next_stages"][0]["ready"] == false);
    CHECK(j["next_stages"][0]["months"] == 24);
    CHECK(j["target_tracks"] == nlohmann::ordered_json::array({"infra", "app"}));
  }

  TEST_CASE("tracks are ranked, with a fit in 0..1 rounded to 4 decimals that its parts add up to") {
    Fixture f;
    const auto j = plan_to_json(f.b.c, f.plan());
    REQUIRE(j["tracks"].size() == 2);
    int rank = 0;
    for (const auto& t : j["tracks"]) {
      CHECK(t["rank"] == ++rank);
      const double fit = t["fit"].get<double>();
      CHECK(fit >= 0);
      CHECK(fit <= 1);
      CHECK(fit == doctest::Approx(std::round(fit * 1e4) / 1e4).epsilon(1e-12));
      double points = 0;
      for (const auto& part : t["fit_parts"]) points += part["earned"].get<double>();
      CHECK(points / 100 == doctest::Approx(fit).epsilon(1e-3));
    }
    CHECK(j["tracks"][0]["id"] == "infra");
    CHECK(j["tracks"][0]["fit"] == 0.5933);
    CHECK(j["tracks"][1]["reachable"] == false);
    CHECK(j["tracks"][1]["months"] == 36);
    CHECK(j["tracks"][1]["checks"][0]["text"] == "5 years of experience (you: 2)");
  }

  TEST_CASE("a salary is null or a range with currency, period and its source") {
    Fixture f;
    const auto j = plan_to_json(f.b.c, f.plan());
    const auto& salary = j["tracks"][0]["salary"];
    CHECK(salary["low"] == 60000);
    CHECK(salary["high"] == 80000);
    CHECK(salary["currency"] == "USD");
    CHECK(salary["period"] == "year");
    CHECK(salary["source"] == nlohmann::ordered_json{{"id", "seed"}, {"title", "The seed"}, {"section", "salary"},
                                                     {"estimate", false}});
    CHECK(j["tracks"][1]["salary"].is_null());
  }

  TEST_CASE("next steps carry effort, weeks and what they serve, rounded") {
    Fixture f;
    const auto j = plan_to_json(f.b.c, f.plan());
    const auto& step = j["next_steps"][0];
    CHECK(step["key"] == "skill:sql@2");
    CHECK(step["title"] == "Raise SQL | <script>alert(1)</script> to level 2");
    CHECK(step["hours"] == nlohmann::ordered_json{{"low", 10.0}, {"high", 30.0}, {"mid", 20.0}});
    CHECK(step["weeks"] == 4.0);
    CHECK(step["serves"].size() == 2);
    CHECK(step["serves"][0]["kind"] == "track");
    CHECK(j["next_steps"].back()["serves"][0]["kind"] == "stage");
  }

  TEST_CASE("rule checks carry file, line and column") {
    Fixture f;
    const auto j = plan_to_json(f.b.c, f.plan());
    const auto& check = j["next_stages"][0]["checks"][0];
    CHECK(check["file"] == "test.yaml");
    CHECK(check["line"] == 1);
    CHECK(check["column"] == 3);
    CHECK(check["needs"][0]["skill"] == "linux");
    CHECK(check["needs"][0]["level"] == 4);
  }

  TEST_CASE("the dump is indented, ends with a newline, parses back and is stable") {
    Fixture f;
    const Plan plan = f.plan();
    const std::string out = render_plan_json(f.b.c, plan);
    CHECK(out.rfind("{\n  \"schema_version\": 1,\n", 0) == 0);
    CHECK(out.back() == '\n');
    CHECK(nlohmann::ordered_json::parse(out) == plan_to_json(f.b.c, plan));
    CHECK(out == render_plan_json(f.b.c, f.plan()));
  }

  TEST_CASE("invalid UTF-8 in a name is replaced, not thrown") {
    Fixture f;
    std::string out;
    CHECK_NOTHROW(out = render_plan_json(f.b.c, f.plan("bad \xff name")));
    CHECK(contains(out, "\"name\": \"bad \xEF\xBF\xBD name\""));
  }
}

TEST_SUITE("render plan markdown") {
  TEST_CASE("the plan has a title and every section in order") {
    Fixture f;
    const std::string md = render_plan_markdown(f.b.c, f.plan(), MarkdownOptions{});
    CHECK(md.rfind("# Career plan: Jane Doe\n", 0) == 0);
    std::size_t at = 0;
    for (const char* section : {"\n## Summary\n", "\n### Skills\n", "\n### Certifications\n", "\n## Where you stand\n",
                                "\n### Next stage: Senior Engineer\n", "\n## Target roles\n", "\n## Skill gaps\n",
                                "\n## Next steps\n", "\n## Strategies that apply\n", "\n## Sources\n"}) {
      const std::size_t found = md.find(section, at);
      CHECK_MESSAGE(found != std::string::npos, section);
      if (found != std::string::npos) at = found;
    }
    CHECK(md.back() == '\n');
    CHECK_FALSE(contains(md, "\n\n\n"));
  }

  TEST_CASE("next steps are a task list with effort, weeks, target dates and why") {
    Fixture f;
    const std::string md = render_plan_markdown(f.b.c, f.plan(), MarkdownOptions{"2026-11-24"});
    CHECK(contains(md, "- **Plan starts:** 2026-11-24\n"));
    CHECK(contains(md, "- [ ] **Raise SQL \\| \\<script\\>alert\\(1\\)\\<\\/script\\> to level 2** \u2014 "
                       "10\u201330 h (estimate), about 4 weeks at 5 h/week, by 2026-12-22 \u2014 serves 2 of your "
                       "targets\\: Infrastructure Support Engineer\\, \\# Application Support Specialist\n"));
    // Steps run one after another: the second ends 4 + 12 weeks after the start.
    CHECK(contains(md, "- [ ] **Get CompTIA Linux\\+** \u2014 30\u201390 h (estimate), about 12 weeks at 5 h/week, "
                       "by 2027-03-16"));
  }

  TEST_CASE("without a start date there are no dates") {
    Fixture f;
    const std::string md = render_plan_markdown(f.b.c, f.plan(), MarkdownOptions{});
    CHECK_FALSE(contains(md, ", by "));
    CHECK_FALSE(contains(md, "Plan starts"));
    CHECK(contains(md, "- [ ] **Raise Linux to level 3** \u2014 20\u201360 h (estimate), about 8 weeks at 5 h/week "
                       "\u2014 serves your target\\: Infrastructure Support Engineer\n"));
  }

  TEST_CASE("a malformed start date is a usage error") {
    Fixture f;
    const Plan plan = f.plan();
    for (const char* bad : {"2026-13-01", "2026-02-30", "26-11-24", "2026/11/24", "2026-11-24x", "tomorrow"}) {
      CHECK_THROWS_AS(render_plan_markdown(f.b.c, plan, MarkdownOptions{bad}), Failure);
    }
  }

  TEST_CASE("target roles and skill gaps are tables with one row per item") {
    Fixture f;
    const Plan plan = f.plan();
    const std::string md = render_plan_markdown(f.b.c, plan, MarkdownOptions{});
    CHECK(contains(md, "| Track / role "));
    CHECK(contains(md, "| **Infrastructure Support Engineer** (track): Infrastructure Support Engineer     | 59% | "
                       "USD 60,000\u201380,000 a year | The seed, salary |\n"));
    CHECK(contains(md, "| Linux (essential)                       |   2 |      3 | 20\u201360 h (estimate) |\n"));
    std::size_t gap_rows = 0;
    for (const auto& g : plan.gaps) gap_rows += g.skills.size();
    std::size_t skill_rows = 0;
    bool in_gaps = false;
    for (const auto& line : lines_of(md)) {
      if (line.rfind("## ", 0) == 0) in_gaps = line == "## Skill gaps";
      if (in_gaps && line.rfind("| ", 0) == 0 && line.rfind("| Skill ", 0) != 0 && line.rfind("| ---", 0) != 0) {
        ++skill_rows;
      }
    }
    CHECK(skill_rows == gap_rows);
    CHECK(contains(md, "### \\# Application Support Specialist\n"));
    CHECK(contains(md, "**Not open yet**: reachable in about 36 months; needs 3 more years of experience.\n"));
    CHECK(contains(md, "A certification would help (you hold none of these yet): CompTIA Linux\\+.\n"));
  }

  TEST_CASE("hostile names break neither a table nor a heading") {
    Fixture f;
    f.b.c.skills[f.linux_skill].name = "Li|nux\n| --- |\n# x";
    f.b.c.tracks[f.infra].title = "Infra\r\n===\n<script>alert(1)</script>";
    const std::string md = render_plan_markdown(f.b.c, f.plan("1986. `Jane` - | <b>Doe</b>\n# Oops"),
                                                MarkdownOptions{"2026-11-24"});
    CHECK(md.rfind("# Career plan: 1986\\. \\`Jane\\` \\- \\| \\<b\\>Doe\\<\\/b\\> \\# Oops\n", 0) == 0);
    CHECK_FALSE(contains(md, "<script>"));
    CHECK_FALSE(contains(md, "\n===\n"));
    int columns = -1;
    for (const auto& line : lines_of(md)) {
      if (line.empty() || line[0] != '|') {
        columns = -1;
        continue;
      }
      // Every row of a table has as many cell separators as its header row.
      if (columns < 0) columns = cell_separators(line);
      CHECK_MESSAGE(cell_separators(line) == columns, line);
    }
    for (const auto& line : lines_of(md)) {
      // A heading is its marker and a space; the escaped text cannot add another heading.
      if (line.rfind("#", 0) == 0) CHECK_MESSAGE(line[line.find_first_not_of('#')] == ' ', line);
    }
  }

  TEST_CASE("the sources list authors, files and URLs, and labels estimates") {
    Fixture f;
    const std::string md = render_plan_markdown(f.b.c, f.plan(), MarkdownOptions{});
    CHECK(contains(md, "1. **The seed** \u2014 by A\\. Mentor; file seed\\.txt; https\\:\\/\\/example\\.com\\/seed\n"));
    CHECK(contains(md, "2. **careerplan estimates** \u2014 figures are estimates\n"));
  }

  TEST_CASE("rendering twice gives the same bytes") {
    Fixture f;
    const MarkdownOptions options{"2026-11-24"};
    CHECK(render_plan_markdown(f.b.c, f.plan(), options) == render_plan_markdown(f.b.c, f.plan(), options));
  }
}

TEST_SUITE("plan format") {
  TEST_CASE("ISO dates are checked for shape and calendar") {
    CHECK(is_iso_date("2026-11-24"));
    CHECK(is_iso_date("2028-02-29"));
    CHECK_FALSE(is_iso_date("2027-02-29"));
    CHECK_FALSE(is_iso_date("2026-1-24"));
    CHECK_FALSE(is_iso_date(""));
  }

  TEST_CASE("numbers are rounded half away from zero, without trailing zeros or negative zero") {
    CHECK(number_text(20, 1) == "20");
    CHECK(number_text(12.5, 1) == "12.5");
    CHECK(number_text(12.25, 1) == "12.3");
    CHECK(number_text(-0.00001, 2) == "0");
    CHECK(std::signbit(round_to(-0.00001, 4)) == false);
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
