#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <fmt/format.h>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "careerplan/plan/planner.hpp"
#include "careerplan/render/render_plan.hpp"
#include "careerplan/base/text_table.hpp"
#include "test_content.hpp"

// A private helper of the core library; the test target only sees include/.
#include "careerplan/render/plan_format.hpp"

using namespace careerplan;
using namespace careerplan::test;

namespace {

// The plan's JSON as a document, to look fields up by name.
nlohmann::ordered_json plan_to_json(const Content& c, const Plan& p) {
  return nlohmann::ordered_json::parse(render_plan_json(c, p));
}

// The rules file of hand-written checks: the second file of HandPlan's content (see rules_file).
constexpr std::uint32_t k_rules_file = 1;

Check check(bool held, int depth, std::string text, int line, std::vector<Need> needs = {}) {
  Check c;
  c.kind = depth == 0 && text.back() == ':' ? CheckKind::not_ : CheckKind::leaf;
  c.held = held;
  c.depth = depth;
  c.text = std::move(text);
  c.where = FilePos{k_rules_file, line, 5};
  c.needs = std::move(needs);
  return c;
}

Need need_years(double years) {
  Need n;
  n.kind = NeedKind::years;
  n.years = years;
  n.calendar_months = years * 12;
  n.text = years == 1 ? "1 more year of experience" : fmt::format("{} more years of experience", years);
  return n;
}

Need need_skill(Index skill, const std::string& name, int level, double hours) {
  Need n;
  n.kind = NeedKind::skill;
  n.index = skill;
  n.level = level;
  n.hours = hours;
  n.text = fmt::format("raise {} to level {}", name, level);
  return n;
}

FitPart part(FitPartKind kind, std::string label, double earned, double possible, std::string detail) {
  FitPart p;
  p.kind = kind;
  p.label = std::move(label);
  p.earned = earned;
  p.possible = possible;
  p.detail = std::move(detail);
  return p;
}

SalaryInfo salary(double low, double high, std::string_view period, std::string_view section) {
  return SalaryInfo{Range{low, high}, "USD", period,
                    Citation{"seed", "The seed", section, false}};
}

// A plan written out by hand, so the renderers' wording is pinned independently of the planner.
struct HandPlan {
  ContentBuilder b;
  std::uint32_t rules_file = b.c.file_index("content/rules.yaml");  // k_rules_file
  Index linux_skill = b.skill("linux", "Linux");
  Index sql = b.skill("sql", "SQL");
  Index comm = b.skill("communication", "Customer communication");
  Index a_plus = b.cert("comptia-a-plus", "CompTIA A+", 40, {SkillLevel{comm, 2}});
  Index linux_plus = b.cert("comptia-linux-plus", "CompTIA Linux+", 60);
  Index junior = b.stage("junior", "Junior Production Support Engineer");
  Index senior = b.stage("senior", "Senior Engineer");
  Index infra = b.track("infra", "Infrastructure Support Engineer", {key(linux_skill, 3, 2, true), key(sql, 2)});
  Index cloud = b.track("cloud", "Cloud Operations", {key(linux_skill, 4)});
  Index app = b.track("app", "Application Support Specialist", {key(sql, 3, 1, true), key(comm, 3)});
  Plan plan;

  HandPlan() {
    b.c.skills[linux_skill].levels[1] = "Manages services and reads logs";
    Plan& p = plan;
    p.options.top = 2;
    p.options.hours_per_week = 5;

    p.profile.file = "person.yaml";
    p.profile.name = "Jane Doe";
    p.profile.years_experience = 2;
    p.profile.education = Education::bachelor;
    p.profile.education_name = "bachelor";
    p.profile.hours_per_week = 5;
    p.profile.skills = {SkillEntry{linux_skill, "linux", "Linux", 2, 2}, SkillEntry{sql, "sql", "SQL", 1, 1},
                        SkillEntry{comm, "communication", "Customer communication", 0, 2}};
    p.profile.certifications = {CertEntry{a_plus, "comptia-a-plus", "CompTIA A+", 2023}};

    p.current_stage = StageStanding{junior, "junior", "Junior Production Support Engineer", true, Confidence::high,
                                    "2 years; this stage asks 2+; 1 of 1 checks hold", {}, {}};
    p.current_stage.evidence.held = true;
    p.current_stage.evidence.checks = {check(true, 0, "Linux at level 2 or above (you: 2)", 7)};

    NextStage next;
    next.stage = senior;
    next.id = "senior";
    next.title = "Senior Engineer";
    next.entry.checks = {check(false, 0, "Linux at level 4 or above (you: 2)", 12,
                               {need_skill(linux_skill, "Linux", 4, 120)}),
                         check(false, 0, "4 years of experience (you: 2)", 13, {need_years(2)})};
    next.entry.needs = {need_skill(linux_skill, "Linux", 4, 120), need_years(2)};
    next.entry.effort = Effort{120, 24, 24, 24};
    next.entry.requirements = 2;
    next.roles = {"Senior Engineer"};
    next.salary = salary(90000, 120000, "", "ladder");
    next.typical_years = Range{2, 4};
    p.next_stages = {next};

    RankedTrack t1;
    t1.rank = 1;
    t1.track = infra;
    t1.id = "infra";
    t1.title = "Infrastructure Support Engineer";
    t1.target = true;
    t1.fit.track = infra;
    t1.fit.fit = 0.593333;
    t1.fit.parts = {part(FitPartKind::skill, "Linux (essential)", 37.3333, 56, "level 2 of 3: short by 1"),
                    part(FitPartKind::skill, "SQL", 7, 14, "level 1 of 2: short by 1"),
                    part(FitPartKind::certifications, "Certifications", 0, 15, "holds none of: CompTIA Linux+"),
                    part(FitPartKind::gates, "Entry requirements", 15, 15, "no entry requirements")};
    t1.fit.parts[0].skill = linux_skill;
    t1.fit.parts[0].essential = true;
    t1.fit.parts[1].skill = sql;
    t1.roles = {"Infrastructure Support Engineer", "Systems Support Engineer"};
    t1.salary = salary(60000, 80000, "year", "salary");

    RankedTrack t2;
    t2.rank = 2;
    t2.track = cloud;
    t2.id = "cloud";
    t2.title = "Cloud Operations";
    t2.fit.track = cloud;
    t2.fit.fit = 0.5;
    t2.fit.parts = {part(FitPartKind::skill, "Linux", 42.5, 85, "level 2 of 4: short by 2"),
                    part(FitPartKind::gates, "Entry requirements", 7.5, 15, "1 of 2 hold")};
    t2.fit.parts[0].skill = linux_skill;

    RankedTrack t3;
    t3.rank = 3;
    t3.track = app;
    t3.id = "app";
    t3.title = "Application Support Specialist";
    t3.target = true;
    t3.fit.track = app;
    t3.fit.fit = 0.2489;
    t3.fit.parts = {part(FitPartKind::skill, "SQL (essential)", 18.89, 56.67, "level 1 of 3: short by 2"),
                    part(FitPartKind::skill, "Customer communication", 0, 28.33, "level 0 of 3: short by 3"),
                    part(FitPartKind::gates, "Entry requirements", 6, 15, "reachable in about 36 months")};
    t3.fit.parts[0].skill = sql;
    t3.fit.parts[0].essential = true;
    t3.fit.parts[1].skill = comm;
    t3.fit.reachable = false;
    t3.fit.closeness = 0.4;
    t3.fit.gate.checks = {check(false, 0, "5 years of experience (you: 2)", 40, {need_years(3)})};
    t3.fit.gate.needs = {need_years(3)};
    t3.fit.gate.effort = Effort{0, 36, 36, 36};
    t3.fit.gate.requirements = 1;
    t3.roles = {"Application Support Analyst"};
    t1.horizon = Horizon::open_now;
    t2.horizon = Horizon::next;
    t2.months_to_open = 6;
    t3.horizon = Horizon::later;
    t3.months_to_open = 36;
    p.tracks = {t1, t2, t3};
    for (const auto& t : p.tracks) p.ranking.push_back(FitScore{t.track, t.fit.fit, t.fit.reachable, t.fit.closeness});

    p.target_choice = TargetChoice::goals;
    p.target_tracks = {infra, app};
    p.first_target = FirstTarget{TargetRef{true, infra}, "infra", "Infrastructure Support Engineer", Horizon::open_now,
                                 "your goal"};

    TrackGaps g1;
    g1.track = infra;
    g1.id = "infra";
    g1.title = "Infrastructure Support Engineer";
    g1.skills = {SkillGap{linux_skill, "linux", "Linux", 2, 3, true, Range{20, 60}, true},
                 SkillGap{sql, "sql", "SQL", 1, 2, false, Range{10, 30}, true}};
    g1.missing_certs = {CertRef{linux_plus, "comptia-linux-plus", "CompTIA Linux+"}};
    TrackGaps g2;
    g2.track = app;
    g2.id = "app";
    g2.title = "Application Support Specialist";
    g2.skills = {SkillGap{sql, "sql", "SQL", 1, 3, true, Range{30, 90}, true},
                 SkillGap{comm, "communication", "Customer communication", 2, 3, false, Range{35, 105}, false}};
    g2.holds_helpful_cert = true;
    g2.reachable = false;
    g2.gate_needs = {need_years(3)};
    p.gaps = {g1, g2};

    NextStep s1;
    s1.key = "skill:sql@2";
    s1.index = sql;
    s1.id = "sql";
    s1.name = "SQL";
    s1.from_level = 1;
    s1.to_level = 2;
    s1.hours = Range{10, 30};
    s1.hours_mid = 20;
    s1.estimate = true;
    s1.weeks = 4;
    s1.finish_weeks = 4;
    s1.serves = {StepTarget{TargetRef{true, infra}, "infra", "Infrastructure Support Engineer", 0.07, 1},
                 StepTarget{TargetRef{true, app}, "app", "Application Support Specialist", 0.188889, 0.4}};
    s1.fit_gain = 0.258889;
    s1.value = 0.145556;
    s1.value_per_hour = 0.0072778;
    s1.why = "serves 2 of your targets: Infrastructure Support Engineer, Application Support Specialist";
    s1.sources = {Citation{"estimate", "careerplan estimates", "", true}};

    NextStep s2;
    s2.key = "cert:comptia-linux-plus";
    s2.kind = StepKind::cert;
    s2.index = linux_plus;
    s2.id = "comptia-linux-plus";
    s2.name = "CompTIA Linux+";
    s2.hours = Range{30, 90};
    s2.hours_mid = 60;
    s2.weeks = 12;
    s2.finish_weeks = 16;
    s2.serves = {StepTarget{TargetRef{true, infra}, "infra", "Infrastructure Support Engineer", 0.15, 1}};
    s2.fit_gain = s2.value = 0.15;
    s2.value_per_hour = 0.0025;
    s2.why = "serves your target: Infrastructure Support Engineer";

    NextStep s3;
    s3.key = "skill:linux@4";
    s3.index = linux_skill;
    s3.id = "linux";
    s3.name = "Linux";
    s3.from_level = 2;
    s3.to_level = 4;
    s3.hours = Range{21, 63};
    s3.hours_mid = 42;
    s3.estimate = true;
    s3.weeks = 8.4;
    s3.finish_weeks = 24.4;
    s3.serves = {StepTarget{TargetRef{false, senior}, "senior", "Senior Engineer", 0.075, 1}};
    s3.readiness_gain = s3.value = 0.075;
    s3.value_per_hour = 0.0017857;
    s3.why = "serves your target: Senior Engineer";
    p.next_steps = {s1, s2, s3};

    AppliedStrategy st;
    st.id = "itil";
    st.title = "Get ITIL early";
    st.category = "certification";
    st.description = "\"ITIL is the common language. Teams hire for it.\" More follows.";
    st.why.held = true;
    st.why.checks = {check(true, 0, "none of:", 3), check(false, 1, "ITIL 4 Foundation", 3)};
    st.source = Citation{"seed", "The seed", "strategies", false};
    p.strategies = {st};

    p.roles = {TargetRoles{TargetRef{true, infra}, "infra", "Infrastructure Support Engineer", t1.roles, t1.fit.fit,
                           t1.salary, Citation{"seed", "The seed", "tracks", false}, std::nullopt},
               TargetRoles{TargetRef{true, app}, "app", "Application Support Specialist", t3.roles, t3.fit.fit,
                           std::nullopt, Citation{"seed", "The seed", "tracks", false}, std::nullopt},
               TargetRoles{TargetRef{false, senior}, "senior", "Senior Engineer", next.roles, std::nullopt, next.salary,
                           Citation{"seed", "The seed", "ladder", false}, std::nullopt}};
    p.sources = {CitedSource{0, "seed", "The seed", "A. Mentor", "seed.txt", "https://example.com/seed", false},
                 CitedSource{1, "estimate", "careerplan estimates", "", "", "", true}};
  }
};

// The same shapes from the real planner, with hostile names: for properties, not wording.
struct Planned {
  ContentBuilder b;
  Index linux_skill = b.skill("linux", "Linux");
  Index sql = b.skill("sql", "SQL | <script>alert(1)</script>");
  Index comm = b.skill("communication", "Customer communication");
  Index itil = b.cert("itil-4-foundation", "ITIL 4 Foundation", 20);
  Index linux_plus = b.cert("comptia-linux-plus", "CompTIA Linux+", 60, {SkillLevel{linux_skill, 3}});
  Index junior = b.stage("junior", "Junior Production Support Engineer");
  Index senior = b.stage("senior", "Senior Engineer",
                         rule_all({rule_skill(linux_skill, 4), rule_years(4), rule_cert({itil})}));
  Index infra = b.track("infra", "Infrastructure Support Engineer", {key(linux_skill, 3, 2, true), key(sql, 2)},
                        {linux_plus});
  Index app = b.track("app", "# Application Support\nSpecialist", {key(sql, 3, 1, true), key(comm, 3)}, {},
                      rule_years(5));
  Index strategy = b.strategy("itil", "Get ITIL early", rule_not(rule_cert({itil})));

  Planned() {
    b.leads(junior, {senior});
    b.salary(infra, 60000, 80000);
    b.c.strategies[strategy].description = "ITIL is the common language of IT operations. Teams hire for it.";
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
          "  3. Raise Linux to level 4 (21\u201363 h, estimate, about 9 weeks), for the next\n"
          "     stage\n"
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
