#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <thread>

#include "careerplan/match/related.hpp"
#include "test_content.hpp"

using namespace careerplan;
using namespace careerplan::test;

TEST_SUITE("related tracks") {
  TEST_CASE("tracks rank by the share of their own key skills the first one lists, then by skills shared") {
    ContentBuilder b;
    const Index a = b.skill("a", "A");
    const Index s = b.skill("s", "S");
    const Index c = b.skill("c", "C");
    const Index d = b.skill("d", "D");
    const Index x = b.skill("x", "X");
    const Index y = b.skill("y", "Y");
    const Index base = b.track("base", "Base", {key(a, 3), key(s, 3), key(c, 3), key(d, 3)});
    b.track("half", "Half", {key(a, 2), key(s, 2), key(c, 2), key(x, 2), key(y, 2)});  // 3 of 5
    b.track("pair", "Pair", {key(a, 4), key(s, 4)});                                   // 2 of 2
    b.track("none", "None", {key(x, 1)});                                              // nothing shared
    b.track("one", "One", {key(d, 1), key(x, 1)});                                     // 1 of 2
    b.track("quad", "Quad", {key(a, 1), key(s, 1), key(x, 1), key(y, 1)});             // 2 of 4
    const auto related = related_tracks(b.c, base, 10);
    REQUIRE(related.size() == 4);
    CHECK(related[0].id == "pair");
    CHECK(related[0].shared == 2);
    CHECK(related[0].of == 2);
    CHECK(related[0].share == doctest::Approx(1.0));
    CHECK(related[1].id == "half");
    CHECK(related[1].skills == std::vector<Index>{a, s, c});
    CHECK(related[2].id == "quad");  // 50% with two skills shared comes before 50% with one
    CHECK(related[3].id == "one");
    CHECK(related_tracks(b.c, base).size() == k_related_tracks);
    CHECK(related_tracks(b.c, 99).empty());
  }

  TEST_CASE("equal shares keep content order, however many tie") {
    ContentBuilder b;
    const Index a = b.skill("a", "A");
    const Index base = b.track("base", "Base", {key(a, 3)});
    std::vector<Index> tied;
    for (int i = 0; i < 40; ++i) tied.push_back(b.track(fmt::format("t{}", i), "T", {key(a, 1)}));
    const auto related = related_tracks(b.c, base, 40);
    REQUIRE(related.size() == 40);
    for (std::size_t i = 0; i < related.size(); ++i) CHECK(related[i].track == tied[i]);
  }

  TEST_CASE("the cache answers what related_tracks answers, from several threads at once") {
    ContentBuilder b;
    const Index a = b.skill("a", "A");
    const Index s = b.skill("s", "S");
    for (int i = 0; i < 30; ++i) b.track(fmt::format("t{}", i), "T", {key(i % 2 == 0 ? a : s, 1), key(a, 2)});
    RelatedCache cache(b.c);
    std::vector<std::thread> threads;
    std::vector<int> wrong(4, 0);
    for (std::size_t w = 0; w < wrong.size(); ++w) {
      threads.emplace_back([&, w] {
        for (Index t = 0; t < b.c.tracks.size(); ++t) {
          const auto& cached = cache.of(t);
          const auto fresh = related_tracks(b.c, t);
          if (cached.size() != fresh.size()) ++wrong[w];
          for (std::size_t i = 0; i < cached.size() && i < fresh.size(); ++i) {
            if (cached[i].track != fresh[i].track || cached[i].skills != fresh[i].skills) ++wrong[w];
          }
        }
      });
    }
    for (auto& t : threads) t.join();
    CHECK(wrong == std::vector<int>(4, 0));
    CHECK(cache.of(999).empty());
  }
}
