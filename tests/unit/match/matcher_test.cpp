#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/match/matcher.hpp"
#include "fit_helpers.hpp"
#include "test_content.hpp"

using namespace careerplan;
using namespace careerplan::test;


TEST_SUITE("matcher") {
  TEST_CASE("a stated stage is taken as is") {
    Ladder l;
    Profile p = person(0, {});
    p.current_stage = l.junior;
    const CurrentStage cur = find_current_stage(l.b.c, p);
    CHECK(cur.stage == l.junior);
    CHECK_FALSE(cur.inferred);
    CHECK(cur.reason == "stated in the profile");
  }

  TEST_CASE("the inferred stage is the last one whose conditions hold") {
    Ladder l;
    const CurrentStage cur = find_current_stage(l.b.c, person(3, {{l.troubleshooting, 3}}));
    CHECK(cur.stage == l.junior);
    CHECK(cur.inferred);
    CHECK(cur.reason == "3 years; this stage asks 2+; 1 of 1 checks hold");
    CHECK(cur.confidence == Confidence::high);
    CHECK(cur.evidence.held);
    CHECK(cur.evidence.checks.size() == 2);
  }

  TEST_CASE("stage conditions do not hold while inferring, so a stage needing one is not inferred") {
    Ladder l;
    const CurrentStage cur = find_current_stage(l.b.c, person(10, {{l.troubleshooting, 4}}));
    CHECK(cur.stage == l.junior);
  }

  TEST_CASE("with no conditions holding, the person is at the first stage") {
    Ladder l;
    const CurrentStage cur = find_current_stage(l.b.c, person(0, {}));
    CHECK(cur.stage == l.degree);
    CHECK(cur.inferred);
    CHECK(cur.reason == "no stage's evidence holds yet");
    CHECK(cur.confidence == Confidence::low);
    CHECK(cur.evidence.checks.empty());
  }

  TEST_CASE("placement: years are the backbone, and one missing skill does not push a person back") {
    ContentBuilder b;
    const Index linux_skill = b.skill("linux", "Linux");
    const Index sql = b.skill("sql", "SQL");
    const Index comm = b.skill("communication", "Communication");
    b.stage("entry", "Entry", Rule::always(), rule_years(0.5));
    const Index engineer = b.stage("engineer", "Engineer", Rule::always(),
                                   rule_all({rule_years(4), rule_skill(linux_skill, 3), rule_skill(sql, 3),
                                             rule_skill(comm, 3)}));
    // Two of three checks hold: placed at Engineer with medium confidence, the third to consolidate.
    CurrentStage cur = find_current_stage(b.c, person(5, {{linux_skill, 4}, {sql, 3}}));
    CHECK(cur.stage == engineer);
    CHECK(cur.confidence == Confidence::medium);
    CHECK(cur.reason == "5 years; this stage asks 4+; 2 of 3 checks hold");
    REQUIRE(cur.consolidate.size() == 1);
    CHECK(cur.consolidate[0].index == comm);
    CHECK(cur.consolidate[0].level == 3);
    // One of three: the years reach Engineer, but its evidence does not confirm it.
    cur = find_current_stage(b.c, person(5, {{linux_skill, 4}}));
    CHECK(cur.stage == 0);
    CHECK(cur.confidence == Confidence::high);
    CHECK(cur.reason == "5 years; this stage asks 0.5+; your years reach Engineer, but under half of its checks hold");
    // Skills without the years never place a person higher.
    cur = find_current_stage(b.c, person(1, {{linux_skill, 5}, {sql, 5}, {comm, 5}}));
    CHECK(cur.stage == 0);
  }

  TEST_CASE("a stated stage is kept, with what its evidence still misses") {
    Ladder l;
    Profile p = person(0, {});
    p.current_stage = l.junior;
    const CurrentStage cur = find_current_stage(l.b.c, p);
    CHECK(cur.confidence == Confidence::stated);
    REQUIRE(cur.consolidate.size() == 1);  // troubleshooting 3; the years are not listed
    CHECK(cur.consolidate[0].index == l.troubleshooting);
  }

  TEST_CASE("content without stages is an error") {
    Content c;
    CHECK_THROWS_AS(find_current_stage(c, person(0, {})), Failure);
  }

  TEST_CASE("readiness for a stage lists what is missing and how long it takes") {
    Ladder l;
    const Subject s = make_subject(l.b.c, person(1, {{l.linux_skill, 2}, {l.troubleshooting, 3}}), l.entry);
    const Readiness r = stage_readiness(l.b.c, s, l.junior);
    CHECK_FALSE(r.ready);
    CHECK(r.entry.requirements == 3);
    CHECK(r.entry.requirements_held == 1);
    REQUIRE(r.entry.needs.size() == 2);
    CHECK(r.entry.needs[0].text == "1 more year of experience");
    CHECK(r.entry.needs[1].text == "raise Linux to level 3");
    CHECK(r.entry.effort.hours == doctest::Approx(40));
    CHECK(r.entry.effort.whole_months == 12);  // the year outlasts 40 hours at 5 a week
  }

  TEST_CASE("fit is the sum of skill, certification and gate parts") {
    ContentBuilder b;
    const Index linux_skill = b.skill("linux", "Linux");
    const Index sql = b.skill("sql", "SQL");
    const Index itil = b.cert("itil", "ITIL 4 Foundation", 20);
    const Index t = b.track("t", "T", {key(linux_skill, 3, 1, true), key(sql, 2)}, {itil}, rule_years(2));
    b.stage("s", "S");
    const Subject s = make_subject(b.c, person(1, {{linux_skill, 2}, {sql, 2}}), 0);
    const TrackFit f = track_fit(b.c, s, t);
    REQUIRE(f.parts.size() == 4);
    // Essential Linux weighs 2, SQL 1: shares of 70 points are 46.67 and 23.33.
    CHECK(f.parts[0].label == "Linux (essential)");
    CHECK(f.parts[0].possible == doctest::Approx(140.0 / 3));
    CHECK(f.parts[0].earned == doctest::Approx(280.0 / 9));  // level 2 of 3
    CHECK(f.parts[0].detail == "level 2 of 3: short by 1");
    CHECK(f.parts[1].label == "SQL");
    CHECK(f.parts[1].earned == doctest::Approx(70.0 / 3));
    CHECK(f.parts[1].detail == "level 2 of 2");
    CHECK(f.parts[2].kind == FitPartKind::certifications);
    CHECK(f.parts[2].earned == 0);
    CHECK(f.parts[2].possible == 15);
    CHECK(f.parts[2].detail == "holds none of: ITIL 4 Foundation");
    CHECK(f.parts[3].kind == FitPartKind::gates);
    CHECK(f.parts[3].earned == doctest::Approx(12));  // a year away: 15 x (1 - 12/60)
    CHECK(f.parts[3].detail == "reachable in about 12 months");
    CHECK(f.parts[3].have == 0);
    CHECK(f.parts[3].need == 1);
    CHECK(f.fit == doctest::Approx((490.0 / 9 + 12) / 100));  // 66.44 points
    CHECK(f.fit == doctest::Approx(sum_of_parts(f)));
    CHECK_FALSE(f.reachable);

    const TrackFit with_itil = track_fit(b.c, make_subject(b.c, person(2, {{linux_skill, 2}, {sql, 2}}, {itil}), 0), t);
    CHECK(with_itil.parts[2].earned == 15);
    CHECK(with_itil.parts[2].detail == "holds ITIL 4 Foundation");
    CHECK(with_itil.parts[3].earned == 15);
    CHECK(with_itil.parts[3].detail == "met");
    CHECK(with_itil.fit == doctest::Approx(0.8444444444));
    CHECK(with_itil.reachable);
  }

  TEST_CASE("a track without helpful certifications gives their points to its skills") {
    ContentBuilder b;
    const Index linux_skill = b.skill("linux", "Linux");
    const Index t = b.track("t", "T", {key(linux_skill, 2)});
    b.stage("s", "S");
    const TrackFit f = track_fit(b.c, make_subject(b.c, person(0, {{linux_skill, 1}}), 0), t);
    REQUIRE(f.parts.size() == 2);
    CHECK(f.parts[0].possible == 85);
    CHECK(f.parts[0].earned == doctest::Approx(42.5));
    CHECK(f.parts[1].earned == 15);
    CHECK(f.parts[1].detail == "no entry requirements");
    CHECK(f.fit == doctest::Approx(0.575));
  }

  TEST_CASE("a junior strong in Linux, networking and hardware fits infrastructure support best") {
    Ladder l;
    const Subject s = make_subject(
        l.b.c,
        person(2, {{l.linux_skill, 4}, {l.networking, 3}, {l.hardware, 3}, {l.monitoring, 2}, {l.sql, 1},
                   {l.debugging, 1}, {l.customer, 2}}),
        l.junior);
    const auto ranked = rank_tracks(l.b.c, s);
    REQUIRE(ranked.size() == 2);
    CHECK(ranked[0].track == l.infra);
    CHECK(ranked[0].fit == doctest::Approx(0.85));
    CHECK(ranked[1].track == l.app);
    CHECK(ranked[1].fit == doctest::Approx(0.50));
  }

  TEST_CASE("a junior strong in debugging, SQL and customer service fits application support best") {
    Ladder l;
    const Subject s = make_subject(
        l.b.c,
        person(2, {{l.debugging, 4}, {l.sql, 3}, {l.customer, 4}, {l.monitoring, 2}, {l.linux_skill, 1},
                   {l.networking, 1}, {l.hardware, 2}}),
        l.junior);
    const auto ranked = rank_tracks(l.b.c, s);
    REQUIRE(ranked.size() == 2);
    CHECK(ranked[0].track == l.app);
    CHECK(ranked[0].fit == doctest::Approx(0.85));
    CHECK(ranked[1].track == l.infra);
    CHECK(ranked[1].fit == doctest::Approx(0.50));
  }

  TEST_CASE("a certification counts for the skills it evidences") {
    Ladder l;
    const Subject without = make_subject(l.b.c, person(2, {{l.linux_skill, 3}}), l.junior);
    const Subject with = make_subject(l.b.c, person(2, {{l.linux_skill, 3}}, {l.network_plus}), l.junior);
    const TrackFit a = track_fit(l.b.c, without, l.infra);
    const TrackFit b = track_fit(l.b.c, with, l.infra);
    CHECK(a.parts[1].have == 0);
    CHECK(b.parts[1].have == 3);
    CHECK(b.fit - a.fit == doctest::Approx((70.0 / 3 + 15) / 100));
  }

  TEST_CASE("a track whose gate is unmet is kept, with what opens it and when") {
    ContentBuilder b;
    const Index linux_skill = b.skill("linux", "Linux");
    b.stage("s", "S");
    const Index t = b.track("t", "T", {key(linux_skill, 1)}, {},
                            rule_all({rule_years(3), rule_skill(linux_skill, 3)}));
    const Index u = b.track("u", "U", {key(linux_skill, 1)}, {}, rule_skill(linux_skill, 3));

    const Subject s = make_subject(b.c, person(1, {{linux_skill, 1}}), 0);
    const auto ranked = rank_tracks(b.c, s);
    REQUIRE(ranked.size() == 2);
    // U opens sooner, so it ranks first although both ask for the same skills.
    CHECK(ranked[0].track == u);
    CHECK_FALSE(ranked[0].reachable);
    CHECK(ranked[0].closeness == doctest::Approx(0.95));
    CHECK(ranked[0].fit == doctest::Approx(0.9925));
    CHECK(ranked[1].track == t);
    CHECK_FALSE(ranked[1].reachable);
    CHECK(ranked[1].fit == doctest::Approx(0.94));

    const TrackFit fu = track_fit(b.c, s, u);
    CHECK(fu.gate.effort.whole_months == 3);  // 60 hours at 5 a week is 2.8 months
    CHECK(fu.fit == ranked[0].fit);
    const TrackFit ft = track_fit(b.c, s, t);
    REQUIRE(ft.gate.needs.size() == 2);
    CHECK(ft.gate.needs[0].text == "2 more years of experience");
    CHECK(ft.gate.needs[1].text == "raise Linux to level 3");
    CHECK(ft.gate.effort.whole_months == 24);
    CHECK(ft.parts.back().earned == doctest::Approx(9));
    CHECK(ft.parts.back().detail == "reachable in about 24 months");
    CHECK(ft.fit == ranked[1].fit);

    const TrackFit half = track_fit(b.c, make_subject(b.c, person(3, {{linux_skill, 1}}), 0), t);
    CHECK(half.parts.back().have == 1);
    CHECK(half.parts.back().need == 2);
    CHECK(half.parts.back().earned == doctest::Approx(14.25));
  }

  TEST_CASE("a blocked gate earns no gate points") {
    ContentBuilder b;
    const Index linux_skill = b.skill("linux", "Linux");
    const Index a_plus = b.cert("comptia-a-plus", "CompTIA A+", 40);
    b.stage("s", "S");
    const Index t = b.track("t", "T", {key(linux_skill, 1)}, {}, rule_not(rule_cert({a_plus})));
    const TrackFit f = track_fit(b.c, make_subject(b.c, person(1, {{linux_skill, 1}}, {a_plus}), 0), t);
    CHECK_FALSE(f.reachable);
    CHECK(f.gate.blocked);
    CHECK(f.closeness == 0);
    CHECK(f.parts.back().earned == 0);
    CHECK(f.parts.back().detail == "blocked by a condition that rules the track out");
  }

  TEST_CASE("closeness falls linearly from now to five years away") {
    CHECK(closeness(0) == 1);
    CHECK(closeness(12) == doctest::Approx(0.8));
    CHECK(closeness(30) == doctest::Approx(0.5));
    CHECK(closeness(60) == 0);
    CHECK(closeness(90) == 0);
  }

  TEST_CASE("ranking puts the better fit first and keeps content order on ties") {
    ContentBuilder b;
    const Index linux_skill = b.skill("linux", "Linux");
    const Index sql = b.skill("sql", "SQL");
    b.stage("s", "S");
    b.track("a", "A", {key(sql, 2)});
    b.track("b", "B", {key(linux_skill, 2)});
    b.track("c", "C", {key(sql, 2)});
    const auto ranked = rank_tracks(b.c, make_subject(b.c, person(0, {{linux_skill, 2}, {sql, 1}}), 0));
    REQUIRE(ranked.size() == 3);
    CHECK(ranked[0].track == 1);
    CHECK(ranked[1].track == 0);
    CHECK(ranked[2].track == 2);
  }

  TEST_CASE("rank keys ignore floating-point noise") {
    CHECK(rank_key(0.1 + 0.2) == rank_key(0.3));
    CHECK(rank_key(0.5) > rank_key(0.4999));
  }

  TEST_CASE("rank keys round exactly as std::llround does, halves away from zero") {
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> any(-2.0, 2.0);
    for (int i = 0; i < 100000; ++i) {
      const double v = any(rng);
      CHECK(rank_key(v) == std::llround(v * 1e9));
    }
    for (const double v : {0.0, -0.0, 5e-10, -5e-10, 4.999999999e-10, 1.5e-9, 2.5e-9, -2.5e-9, 1.0, 1e9, -1e9}) {
      CHECK(rank_key(v) == std::llround(v * 1e9));
    }
  }

  TEST_CASE("the derived score table changes no score: content without it ranks the same") {
    // The built-in tracks, plus copies gated by years alone or by nothing, and one without weights:
    // every kind of row the table has.
    Content derived = builtin_content();
    const std::size_t originals = derived.tracks.size();
    for (std::size_t i = 0; i < originals; ++i) {
      Track years = derived.tracks[i];
      years.requirements = Rule{};
      years.requirements.kind = RuleKind::years;
      years.requirements.years = static_cast<double>(i % 5);
      derived.tracks.push_back(years);
      Track open = derived.tracks[i];
      open.requirements = Rule::always();
      if (i == 0) {
        for (auto& k : open.key_skills) k.weight = 0;
        open.certifications.clear();
      }
      derived.tracks.push_back(open);
    }
    derive_scores(derived);
    Content bare = derived;
    bare.scores = ScoreTable{};
    REQUIRE(derived.scores.rows.size() == derived.tracks.size());
    std::mt19937 rng(11);
    for (int round = 0; round < 100; ++round) {
      const Subject s = random_subject(derived, rng);
      for (Index t = 0; t < derived.tracks.size(); ++t) {
        const FitScore b = fit_score(bare, s, t);
        check_same_score(fit_score(derived, s, t), b.fit, b.reachable, b.closeness);
        CHECK(track_fit(derived, s, t).fit == b.fit);
      }
    }
  }
}
