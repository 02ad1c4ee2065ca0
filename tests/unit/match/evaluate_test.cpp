#include <doctest/doctest.h>

#include "careerplan/match/evaluate.hpp"
#include "test_content.hpp"

using namespace careerplan;
using namespace careerplan::test;

namespace {

struct Fixture {
  ContentBuilder b;
  Index linux_skill = b.skill("linux", "Linux");
  Index sql = b.skill("sql", "SQL");
  Index itil = b.cert("itil-4-foundation", "ITIL 4 Foundation", 20);
  Index linux_plus = b.cert("comptia-linux-plus", "CompTIA Linux+", 60, {SkillLevel{linux_skill, 3}});
  Index entry = b.stage("entry", "Entry-Level IT Support", Rule::always(), Rule::always(), 1.5);
  Index junior = b.stage("junior", "Junior Production Support Engineer", Rule::always(), Rule::always(), 2.5);
  Index senior = b.stage("senior", "Senior Engineer");
  Index infra = b.track("infra", "Infrastructure Support Engineer", {key(linux_skill, 3)});
  Index app = b.track("app", "Application Support Specialist", {key(sql, 3)});
};

}  // namespace

TEST_SUITE("evaluate") {
  TEST_CASE("add_unmet_leaves gives the needs explain() puts on its checks, in the same order") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(1, {{f.linux_skill, 1}}), f.entry);
    const Rule rule = rule_all({rule_skill(f.linux_skill, 3), rule_not(rule_cert({f.itil})),
                                rule_any({rule_skill(f.sql, 2), rule_years(5), rule_cert({f.linux_plus, f.itil})}),
                                rule_not(rule_skill(f.sql, 4)), rule_skill(f.linux_skill, 1)});
    std::vector<Need> expected;
    for (const Check& c : explain(rule, s, f.b.c).checks) expected.insert(expected.end(), c.needs.begin(), c.needs.end());
    std::vector<Need> got;
    add_unmet_leaves(rule, s, f.b.c, got);
    REQUIRE(got.size() == expected.size());
    CHECK(got.size() == 4);  // linux 3, sql 2, 5 years, a certification; nothing from under `not`
    for (std::size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i].kind == expected[i].kind);
      CHECK(got[i].index == expected[i].index);
      CHECK(got[i].level == expected[i].level);
      CHECK(got[i].certs == expected[i].certs);
      CHECK(got[i].years == expected[i].years);
    }
  }

  TEST_CASE("a certification raises the effective level of the skills it evidences") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(1, {{f.linux_skill, 2}}, {f.linux_plus}), f.entry);
    CHECK(s.stated[f.linux_skill] == 2);
    CHECK(s.skills[f.linux_skill] == 3);
    CHECK(s.certs[f.linux_plus] == 1);
    CHECK(s.certs[f.itil] == 0);
    CHECK(s.stage == f.entry);
  }

  TEST_CASE("a stated level above the evidenced one is kept") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(1, {{f.linux_skill, 5}}, {f.linux_plus}), f.entry);
    CHECK(s.skills[f.linux_skill] == 5);
  }

  TEST_CASE("the profile's goals become the subject's targets, tracks first") {
    Fixture f;
    Profile p = person(1, {});
    p.target_tracks = {f.app};
    p.target_stage = f.senior;
    const Subject s = make_subject(f.b.c, p, f.entry);
    REQUIRE(s.targets.size() == 2);
    CHECK(s.targets[0].is_track);
    CHECK(s.targets[0].index == f.app);
    CHECK_FALSE(s.targets[1].is_track);
    CHECK(s.targets[1].index == f.senior);
  }

  TEST_CASE("every leaf kind holds as documented") {
    Fixture f;
    Profile p = person(2, {{f.linux_skill, 3}}, {f.itil}, Education::associate);
    p.target_tracks = {f.infra};
    const Subject s = make_subject(f.b.c, p, f.junior);
    const Content& c = f.b.c;
    CHECK(holds(Rule::always(), s, c));
    CHECK(holds(rule_skill(f.linux_skill, 3), s, c));
    CHECK_FALSE(holds(rule_skill(f.linux_skill, 4), s, c));
    CHECK_FALSE(holds(rule_skill(f.sql, 1), s, c));
    CHECK(holds(rule_years(2), s, c));
    CHECK_FALSE(holds(rule_years(2.5), s, c));
    CHECK(holds(rule_cert({f.linux_plus, f.itil}), s, c));
    CHECK_FALSE(holds(rule_cert({f.linux_plus}), s, c));
    CHECK(holds(rule_education(Education::associate), s, c));
    CHECK_FALSE(holds(rule_education(Education::bachelor), s, c));
    CHECK(holds(rule_stage(f.entry), s, c));
    CHECK(holds(rule_stage(f.junior), s, c));
    CHECK_FALSE(holds(rule_stage(f.senior), s, c));
    CHECK(holds(rule_target({TargetRef{true, f.app}, TargetRef{true, f.infra}}), s, c));
    CHECK_FALSE(holds(rule_target({TargetRef{true, f.app}}), s, c));
    CHECK_FALSE(holds(rule_target({TargetRef{false, f.infra}}), s, c));  // a stage with the same index
  }

  TEST_CASE("a stage leaf does not hold while the current stage is unknown") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(10, {}), std::nullopt);
    CHECK_FALSE(holds(rule_stage(f.entry), s, f.b.c));
    CHECK(holds(rule_not(rule_stage(f.entry)), s, f.b.c));
  }

  TEST_CASE("all, any and not combine their children") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(2, {{f.linux_skill, 3}}), f.entry);
    const Content& c = f.b.c;
    CHECK(holds(rule_all({rule_years(1), rule_skill(f.linux_skill, 2)}), s, c));
    CHECK_FALSE(holds(rule_all({rule_years(1), rule_skill(f.sql, 2)}), s, c));
    CHECK(holds(rule_any({rule_years(5), rule_skill(f.linux_skill, 2)}), s, c));
    CHECK_FALSE(holds(rule_any({rule_years(5), rule_skill(f.sql, 2)}), s, c));
    CHECK(holds(rule_not(rule_cert({f.itil})), s, c));
    CHECK_FALSE(holds(rule_not(rule_years(1)), s, c));
  }

  TEST_CASE("leaf checks read as sentences with the person's own value") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(1.5, {{f.linux_skill, 2}}, {}, Education::associate), f.entry);
    const Rule r = rule_all({rule_skill(f.linux_skill, 3), rule_cert({f.itil}), rule_years(3),
                             rule_education(Education::bachelor), rule_skill(f.sql, 1), rule_stage(f.junior),
                             rule_cert({f.itil, f.linux_plus}), rule_years(1)});
    const Explanation e = explain(r, s, f.b.c);
    REQUIRE(e.checks.size() == 8);
    CHECK(e.checks[0].text == "Linux at level 3 or above (you: 2)");
    CHECK(e.checks[1].text == "ITIL 4 Foundation");
    CHECK(e.checks[2].text == "3 years of experience (you: 1.5)");
    CHECK(e.checks[3].text == "education: bachelor or higher (you: associate)");
    CHECK(e.checks[4].text == "SQL at level 1 or above (you: none)");
    CHECK(e.checks[5].text ==
          "at the Junior Production Support Engineer stage or later (you: Entry-Level IT Support)");
    CHECK(e.checks[6].text == "one of ITIL 4 Foundation, CompTIA Linux+");
    CHECK(e.checks[7].text == "1 year of experience (you: 1.5)");
    CHECK(e.checks[7].held);
    CHECK(e.checks[7].needs.empty());
    for (const auto& ch : e.checks) CHECK(ch.depth == 0);
  }

  TEST_CASE("an unmet leaf carries its fix and the rule's location") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(1, {{f.linux_skill, 1}}), f.entry);
    const Explanation e = explain(rule_skill(f.linux_skill, 3), s, f.b.c);
    CHECK_FALSE(e.held);
    REQUIRE(e.checks.size() == 1);
    CHECK(f.b.c.file_of(e.checks[0].where) == "test.yaml");
    CHECK(e.checks[0].where.line == 1);
    REQUIRE(e.needs.size() == 1);
    const Need& n = e.needs[0];
    CHECK(n.kind == NeedKind::skill);
    CHECK(n.index == f.linux_skill);
    CHECK(n.level == 3);
    CHECK(n.hours == doctest::Approx(60));  // levels 2 and 3: 20 + 40
    CHECK(n.text == "raise Linux to level 3");
    CHECK(e.effort.hours == doctest::Approx(60));
  }

  TEST_CASE("needs of an all are merged: one per skill at the highest level, the longest wait") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(1, {}), f.entry);
    const Rule r = rule_all({rule_skill(f.linux_skill, 2), rule_years(2),
                             rule_all({rule_skill(f.linux_skill, 3), rule_years(3)}), rule_cert({f.itil})});
    const Explanation e = explain(r, s, f.b.c);
    REQUIRE(e.needs.size() == 3);
    CHECK(e.needs[0].kind == NeedKind::skill);
    CHECK(e.needs[0].level == 3);
    CHECK(e.needs[0].hours == doctest::Approx(70));
    CHECK(e.needs[1].kind == NeedKind::years);
    CHECK(e.needs[1].years == doctest::Approx(2));
    CHECK(e.needs[1].calendar_months == doctest::Approx(24));
    CHECK(e.needs[1].text == "2 more years of experience");
    CHECK(e.needs[2].kind == NeedKind::cert);
    CHECK(e.needs[2].text == "get ITIL 4 Foundation");
    CHECK(e.needs[2].hours == doctest::Approx(20));
    CHECK(e.requirements == 5);  // nested all is flattened
    CHECK(e.requirements_held == 0);
  }

  TEST_CASE("a failing any offers its cheapest alternative, with years counted as calendar time") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(1, {}), f.entry);  // 5 hours a week
    // Linux to 4: 150 hours = 6.9 months; 3 years: 24 more months.
    Explanation e = explain(rule_any({rule_years(3), rule_skill(f.linux_skill, 4)}), s, f.b.c);
    REQUIRE(e.needs.size() == 1);
    CHECK(e.needs[0].kind == NeedKind::skill);
    CHECK(e.effort.whole_months == 7);
    // Linux to 5: 310 hours = 14.3 months; 2 years: 12 more months.
    e = explain(rule_any({rule_skill(f.linux_skill, 5), rule_years(2)}), s, f.b.c);
    REQUIRE(e.needs.size() == 1);
    CHECK(e.needs[0].kind == NeedKind::years);
    CHECK(e.effort.whole_months == 12);
    REQUIRE(e.checks.size() == 3);
    CHECK(e.checks[0].kind == CheckKind::any);
    CHECK(e.checks[0].text == "one of:");
    CHECK(e.checks[1].depth == 1);
    CHECK(e.checks[2].depth == 1);
    CHECK(e.requirements == 1);
  }

  TEST_CASE("a failing not is a disqualifier with no fix") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(1, {}, {f.itil}), f.entry);
    const Explanation e = explain(rule_all({rule_not(rule_cert({f.itil})), rule_years(2)}), s, f.b.c);
    CHECK_FALSE(e.held);
    CHECK(e.blocked);
    REQUIRE(e.checks.size() == 3);
    CHECK(e.checks[0].kind == CheckKind::not_);
    CHECK_FALSE(e.checks[0].held);
    CHECK(e.checks[1].held);  // the leaf itself holds, which is what fails the not
    CHECK(e.checks[1].depth == 1);
  }

  TEST_CASE("an unmet leaf under a not that holds offers no fix") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(1, {}), f.entry);
    const Explanation e = explain(rule_not(rule_cert({f.itil})), s, f.b.c);
    CHECK(e.held);
    CHECK_FALSE(e.blocked);
    REQUIRE(e.checks.size() == 2);
    CHECK_FALSE(e.checks[1].held);
    CHECK(e.checks[1].needs.empty());
  }

  TEST_CASE("an any whose every alternative is blocked is blocked") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(1, {}, {f.itil}), f.entry);
    const Explanation e = explain(rule_any({rule_not(rule_cert({f.itil})), rule_not(rule_years(0))}), s, f.b.c);
    CHECK_FALSE(e.held);
    CHECK(e.blocked);
    CHECK(e.needs.empty());
  }

  TEST_CASE("always holds with no checks and no requirements") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(0, {}), f.entry);
    const Explanation e = explain(Rule::always(), s, f.b.c);
    CHECK(e.held);
    CHECK(e.checks.empty());
    CHECK(e.requirements == 0);
    CHECK(e.effort.whole_months == 0);
  }

  TEST_CASE("a stage need costs the typical years of the stages in between") {
    Fixture f;
    const Subject s = make_subject(f.b.c, person(0, {}), f.entry);
    const Explanation e = explain(rule_stage(f.senior), s, f.b.c);
    REQUIRE(e.needs.size() == 1);
    CHECK(e.needs[0].calendar_months == doctest::Approx(48));  // 1.5 + 2.5 years
    CHECK(e.needs[0].text == "reach the Senior Engineer stage");
  }

  TEST_CASE("effort runs learning and calendar time side by side") {
    std::vector<Need> needs(2);
    needs[0].hours = 43.3;  // at 5 hours a week: 8.66 weeks, 2 months
    needs[1].calendar_months = 1;
    Effort e = effort_of(needs, 5);
    CHECK(e.hours == doctest::Approx(43.3));
    CHECK(e.months == doctest::Approx(2));
    CHECK(e.whole_months == 2);
    needs[1].calendar_months = 6;
    e = effort_of(needs, 5);
    CHECK(e.months == doctest::Approx(6));
    CHECK(e.whole_months == 6);
    CHECK(effort_of({}, 5).whole_months == 0);
  }

  TEST_CASE("skill hours sum the per-level figures between two levels") {
    Fixture f;
    CHECK(skill_hours(f.b.c, f.linux_skill, 0, 2).mid() == doctest::Approx(30));
    CHECK(skill_hours(f.b.c, f.linux_skill, 2, 4).low == doctest::Approx(60));
    CHECK(skill_hours(f.b.c, f.linux_skill, 2, 4).high == doctest::Approx(180));
    CHECK(skill_hours(f.b.c, f.linux_skill, 3, 3).mid() == doctest::Approx(0));
    CHECK(skill_hours_estimate(f.b.c, f.linux_skill, 0, 1));
    CHECK_FALSE(skill_hours_estimate(f.b.c, f.linux_skill, 2, 2));
  }
}
