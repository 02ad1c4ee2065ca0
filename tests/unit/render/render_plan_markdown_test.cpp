#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "plan_fixture.hpp"

using namespace careerplan;
using namespace careerplan::test;

TEST_SUITE("render plan markdown") {
  TEST_CASE("the plan reads: summary, where you stand, roles, gaps, steps, strategies, sources") {
    HandPlan h;
    CHECK(render_plan_markdown(h.b.c, h.plan, MarkdownOptions{"2026-11-24"}) ==
          "# Career plan: Jane Doe\n"
          "\n"
          "## Summary\n"
          "\n"
          "- **Profile:** person.yaml\n"
          "- **Experience:** 2 years\n"
          "- **Education:** bachelor\n"
          "- **Current stage:** Junior Production Support Engineer\n"
          "- **Time for learning:** 5 h/week\n"
          "- **Plan starts:** 2026-11-24\n"
          "\n"
          "### Skills\n"
          "\n"
          "| Skill                                             | Level | What that level looks like      |\n"
          "| ------------------------------------------------- | ----: | ------------------------------- |\n"
          "| Linux                                             |     2 | Manages services and reads logs |\n"
          "| SQL                                               |     1 |                                 |\n"
          "| Customer communication (shown by a certification) |     2 |                                 |\n"
          "\n"
          "### Certifications\n"
          "\n"
          "- CompTIA A+ (2023)\n"
          "\n"
          "## Where you stand\n"
          "\n"
          "You are at **Junior Production Support Engineer** (high confidence): 2 years; this stage asks 2+; 1 of 1 checks hold.\n"
          "\n"
          "**First target:** Infrastructure Support Engineer, your goal.\n"
          "\n"
          "### Next stage: Senior Engineer\n"
          "\n"
          "**Not ready yet**: about 24 months.\n"
          "\n"
          "To get there:\n"
          "\n"
          "- raise Linux to level 4\n"
          "- 2 more years of experience\n"
          "\n"
          "## Target roles\n"
          "\n"
          "| Track / role                                                                                           | Fit | Salary                          | Source           |\n"
          "| ------------------------------------------------------------------------------------------------------ | --: | ------------------------------- | ---------------- |\n"
          "| **Infrastructure Support Engineer** (track): Infrastructure Support Engineer, Systems Support Engineer | 59% | USD 60,000\u201380,000 a year        | The seed, salary |\n"
          "| **Application Support Specialist** (track): Application Support Analyst                                | 25% | no salary figure in the sources | The seed, tracks |\n"
          "| **Senior Engineer** (next stage): Senior Engineer                                                      |   \u2014 | USD 90,000\u2013120,000              | The seed, ladder |\n"
          "\n"
          "## Skill gaps\n"
          "\n"
          "### Infrastructure Support Engineer\n"
          "\n"
          "| Skill             | You | Needed | Effort             |\n"
          "| ----------------- | --: | -----: | ------------------ |\n"
          "| Linux (essential) |   2 |      3 | 20\u201360 h (estimate) |\n"
          "| SQL               |   1 |      2 | 10\u201330 h (estimate) |\n"
          "\n"
          "A certification would help (you hold none of these yet): CompTIA Linux+.\n"
          "\n"
          "### Application Support Specialist\n"
          "\n"
          "**Not open yet**: reachable in about 36 months; needs 3 more years of experience.\n"
          "\n"
          "| Skill                  | You | Needed | Effort             |\n"
          "| ---------------------- | --: | -----: | ------------------ |\n"
          "| SQL (essential)        |   1 |      3 | 30\u201390 h (estimate) |\n"
          "| Customer communication |   2 |      3 | 35\u2013105 h           |\n"
          "\n"
          "## Next steps\n"
          "\n"
          "In order of value for the time they take; tick them off as you go. Weeks assume 5 h/week.\n"
          "\n"
          "- [ ] **Raise SQL to level 2** \u2014 10\u201330 h (estimate), about 4 weeks at 5 h/week, by 2026-12-22 \u2014 serves 2 of your targets: Infrastructure Support Engineer, Application Support Specialist\n"
          "- [ ] **Get CompTIA Linux+** \u2014 30\u201390 h, about 12 weeks at 5 h/week, by 2027-03-16 \u2014 serves your target: Infrastructure Support Engineer\n"
          "- [ ] **Raise Linux to level 4** \u2014 21\u201363 h (estimate), about 9 weeks at 5 h/week, by 2027-05-14 \u2014 serves your target: Senior Engineer\n"
          "\n"
          "## Strategies that apply\n"
          "\n"
          "- **Get ITIL early** \u2014 \"ITIL is the common language. Teams hire for it.\" More follows. (source: The seed, strategies)\n"
          "\n"
          "## Sources\n"
          "\n"
          "1. **The seed** \u2014 by A. Mentor; https://example.com/seed\n"
          "2. **careerplan estimates** \u2014 figures are estimates\n");
  }

  TEST_CASE("a certification step lists its exam's facts, a citation after each source's run") {
    HandPlan h;
    give_exam(h.plan);
    const std::string md = render_plan_markdown(h.b.c, h.plan, MarkdownOptions{});
    CHECK_MESSAGE(contains(md, "\n  - Exam CompTIA Linux+ XK0-005: questions at most 90; minutes 90 (source: The vendor's "
                               "page); renamed XK0-005 became XK0-006 in 2025 (source: The vendor's news)\n"),
                  md);
  }

  TEST_CASE("without a start date there are no dates") {
    HandPlan h;
    const std::string md = render_plan_markdown(h.b.c, h.plan, MarkdownOptions{});
    CHECK_FALSE(contains(md, ", by "));
    CHECK_FALSE(contains(md, "Plan starts"));
    CHECK(contains(md, "- [ ] **Get CompTIA Linux+** \u2014 30\u201390 h, about 12 weeks at 5 h/week \u2014 serves"));
  }

  TEST_CASE("a target date counts a partial day as a whole one and crosses years and leap days") {
    HandPlan h;
    h.plan.next_steps.resize(1);
    h.plan.next_steps[0].finish_weeks = 0.01;  // 0.07 days
    CHECK(contains(render_plan_markdown(h.b.c, h.plan, MarkdownOptions{"2027-12-31"}), ", by 2028-01-01 "));
    h.plan.next_steps[0].finish_weeks = 1;
    CHECK(contains(render_plan_markdown(h.b.c, h.plan, MarkdownOptions{"2028-02-25"}), ", by 2028-03-03 "));
  }

  TEST_CASE("a malformed start date is a usage error") {
    HandPlan h;
    for (const char* bad : {"2026-13-01", "2026-02-30", "26-11-24", "2026/11/24", "2026-11-24x", "tomorrow"}) {
      CHECK_THROWS_AS(render_plan_markdown(h.b.c, h.plan, MarkdownOptions{bad}), Failure);
    }
  }

  TEST_CASE("the gap tables have one row per gap") {
    Planned f;
    const Plan plan = f.plan();
    const std::string md = render_plan_markdown(f.b.c, plan, MarkdownOptions{});
    std::size_t gap_rows = 0;
    for (const auto& g : plan.gaps) gap_rows += g.skills.size();
    std::size_t table_rows = 0;
    bool in_gaps = false;
    for (const auto& line : lines_of(md)) {
      if (line.rfind("## ", 0) == 0) in_gaps = line == "## Skill gaps";
      if (in_gaps && line.rfind("| ", 0) == 0 && line.rfind("| Skill ", 0) != 0 && line.rfind("| ---", 0) != 0) {
        ++table_rows;
      }
    }
    CHECK(gap_rows > 0);
    CHECK(table_rows == gap_rows);
  }

  TEST_CASE("hostile names break neither a table nor a heading") {
    Planned f;
    f.b.c.skills[f.linux_skill].name = "Li|nux\n| --- |\n# x";
    f.b.c.tracks[f.infra].title = "Infra\r\n===\n<script>alert(1)</script>";
    const std::string md =
        render_plan_markdown(f.b.c, f.plan("1986. `Jane` - | <b>Doe</b>\n# Oops"), MarkdownOptions{"2026-11-24"});
    CHECK(md.rfind("# Career plan: 1986\\. \\`Jane\\` - \\| \\<b>Doe\\</b> \\# Oops\n", 0) == 0);
    // Every "<" is escaped, so no tag can open: "\\<script>" renders as the text "<script>".
    for (std::size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
      CHECK_MESSAGE((at > 0 && md[at - 1] == '\\'), md.substr(at, 20));
    }
    CHECK_FALSE(contains(md, "\n===\n"));
    CHECK(contains(md, "### Infra  === \\<script>alert(1)\\</script>\n"));
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
      if (line.rfind('#', 0) == 0) CHECK_MESSAGE(line[line.find_first_not_of('#')] == ' ', line);
    }
  }

  TEST_CASE("rendering twice gives the same bytes") {
    HandPlan h;
    const MarkdownOptions options{"2026-11-24"};
    CHECK(render_plan_markdown(h.b.c, h.plan, options) == render_plan_markdown(h.b.c, h.plan, options));
    Planned f;
    CHECK(render_plan_markdown(f.b.c, f.plan(), options) == render_plan_markdown(f.b.c, f.plan(), options));
  }
}
