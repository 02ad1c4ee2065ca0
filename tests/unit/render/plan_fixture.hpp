#pragma once
// The plans the plan renderers' tests render: HandPlan, written out by hand so the wording is
// pinned independently of the planner, and Planned, from the real planner with hostile names.
#include <nlohmann/json.hpp>

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

namespace careerplan::test {


// The plan's JSON as a document, to look fields up by name.
inline nlohmann::ordered_json plan_to_json(const Content& c, const Plan& p) {
  return nlohmann::ordered_json::parse(render_plan_json(c, p));
}

// The rules file of hand-written checks: the second file of HandPlan's content (see rules_file).
inline constexpr std::uint32_t k_rules_file = 1;

inline Check check(bool held, int depth, std::string text, int line, std::vector<Need> needs = {}) {
  Check c;
  c.kind = depth == 0 && text.back() == ':' ? CheckKind::not_ : CheckKind::leaf;
  c.held = held;
  c.depth = depth;
  c.text = std::move(text);
  c.where = FilePos{k_rules_file, line, 5};
  c.needs = std::move(needs);
  return c;
}

inline Need need_years(double years) {
  Need n;
  n.kind = NeedKind::years;
  n.years = years;
  n.calendar_months = years * 12;
  n.text = years == 1 ? "1 more year of experience" : fmt::format("{} more years of experience", years);
  return n;
}

inline Need need_skill(Index skill, const std::string& name, int level, double hours) {
  Need n;
  n.kind = NeedKind::skill;
  n.index = skill;
  n.level = level;
  n.hours = hours;
  n.text = fmt::format("raise {} to level {}", name, level);
  return n;
}

inline FitPart part(FitPartKind kind, std::string label, double earned, double possible, std::string detail) {
  FitPart p;
  p.kind = kind;
  p.label = std::move(label);
  p.earned = earned;
  p.possible = possible;
  p.detail = std::move(detail);
  return p;
}

inline SalaryInfo salary(double low, double high, std::string_view period, std::string_view section) {
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

inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Pipes that end a GFM table cell: those not escaped by an odd run of backslashes.
inline int cell_separators(const std::string& line) {
  int count = 0;
  int backslashes = 0;
  for (char c : line) {
    if (c == '|' && backslashes % 2 == 0) ++count;
    backslashes = c == '\\' ? backslashes + 1 : 0;
  }
  return count;
}

inline TextStyle plain(std::size_t width = 80) { return TextStyle{false, width}; }
// Gives HandPlan's certification step (CompTIA Linux+) an exam: two facts from one source and a
// rename from another.
inline void give_exam(Plan& plan) {
  NextStep& cert = plan.next_steps[1];
  cert.exam = "CompTIA Linux+ XK0-005";
  const Citation vendor{"vendor", "The vendor's page", "", false};
  const Citation news{"news", "The vendor's news", "", false};
  cert.exam_facts = {StepExamFact{ExamFactKind::questions, "at most 90", vendor},
                     StepExamFact{ExamFactKind::minutes, "90", vendor},
                     StepExamFact{ExamFactKind::renamed, "XK0-005 became XK0-006 in 2025", news}};
}

}  // namespace careerplan::test
