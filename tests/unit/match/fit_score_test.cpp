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

TEST_SUITE("fit scores") {
  // fit_score and assess rank every track of a pack without building texts; the plan explains the
  // shown tracks with track_fit and explain. They must agree bit for bit, or a plan could rank a
  // track by one number and explain it with another.
  TEST_CASE("fit_score and assess give exactly what track_fit and explain give, on the built-in pack") {
    const Content& c = builtin_content();
    std::mt19937 rng(20261125);
    for (int round = 0; round < 400; ++round) {
      const Subject s = random_subject(c, rng);
      for (Index t = 0; t < c.tracks.size(); ++t) {
        const TrackFit full = track_fit(c, s, t);
        check_same_score(fit_score(c, s, t), full.fit, full.reachable, full.closeness);
        const Assessment a = assess(c.tracks[t].requirements, s, c);
        CHECK(a.held == full.gate.held);
        CHECK(a.blocked == full.gate.blocked);
        CHECK(a.effort.months == full.gate.effort.months);
        CHECK(a.effort.whole_months == full.gate.effort.whole_months);
      }
      for (const auto& st : c.stages) {
        const Explanation e = explain(st.requirements, s, c);
        const RequirementCount n = count_requirements(st.requirements, s, c);
        CHECK(n.requirements == e.requirements);
        CHECK(n.held == e.requirements_held);
        const Assessment a = assess(st.requirements, s, c);
        CHECK(a.effort.hours == e.effort.hours);
        CHECK(a.effort.calendar_months == e.effort.calendar_months);
      }
    }
  }

  TEST_CASE("rank_tracks: best fit first, equal fits in content order, every track once") {
    ContentBuilder b;
    const Index a = b.skill("a", "A");
    b.stage("s", "S");
    std::vector<Index> ids;
    for (int i = 0; i < 60; ++i) ids.push_back(b.track(fmt::format("t{}", i), "T", {key(a, 1 + i % 3)}));
    const Subject s = make_subject(b.c, person(1, {{a, 2}}), 0);
    const auto ranked = rank_tracks(b.c, s);
    REQUIRE(ranked.size() == ids.size());
    for (std::size_t i = 1; i < ranked.size(); ++i) {
      const bool ordered = rank_key(ranked[i - 1].fit) > rank_key(ranked[i].fit) ||
                           (rank_key(ranked[i - 1].fit) == rank_key(ranked[i].fit) && ranked[i - 1].track < ranked[i].track);
      CHECK(ordered);
    }
    CHECK(ranked.front().track == ids[0]);  // needs level 1: met, first of its equals
    CHECK(ranked.back().track == ids[59]);  // needs level 3: the last of the worst fits
  }

  TEST_CASE("rank_tracks on a large pack (radix-sorted) gives the comparison sort's order") {
    ContentBuilder b;
    std::vector<Index> skills;
    for (int i = 0; i < 12; ++i) skills.push_back(b.skill(fmt::format("s{}", i), "S"));
    b.stage("s", "S");
    std::mt19937 rng(3);
    for (int i = 0; i < 2000; ++i) {
      b.track(fmt::format("t{}", i), "T", {key(skills[rng() % 12], 1 + static_cast<int>(rng() % 5)),
                                           key(skills[rng() % 12], 1 + static_cast<int>(rng() % 5))});
    }
    const Subject s = make_subject(b.c, person(2, {{skills[0], 3}, {skills[5], 2}, {skills[9], 5}}), 0);
    const auto ranked = rank_tracks(b.c, s);
    std::vector<FitScore> expected;
    for (Index t = 0; t < b.c.tracks.size(); ++t) expected.push_back(fit_score(b.c, s, t));
    std::stable_sort(expected.begin(), expected.end(),
                     [](const FitScore& x, const FitScore& y) { return rank_key(x.fit) > rank_key(y.fit); });
    REQUIRE(ranked.size() == expected.size());
    for (std::size_t i = 0; i < ranked.size(); ++i) CHECK(ranked[i].track == expected[i].track);
  }
}
