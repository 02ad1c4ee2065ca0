#include "careerplan/base/suggest.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "careerplan/base/text.hpp"

using careerplan::did_you_mean;
using careerplan::Suggester;

namespace {

// The rule as first written, candidate by candidate with nothing cut short: the reference the
// bounded Suggester must agree with.
std::vector<std::string> split_words(const std::string& id) {
  std::vector<std::string> out;
  std::string word;
  for (const char c : id + "-") {
    if (c != '-') {
      word += c;
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  return out;
}

std::optional<std::string> reference(const std::string& typed, const std::vector<std::string>& candidates) {
  const std::string* best = nullptr;
  for (const auto& c : candidates) {
    const auto want = split_words(typed);
    std::size_t next = 0;
    for (const auto& w : split_words(c)) {
      if (next < want.size() && w == want[next]) ++next;
    }
    if (c != typed && !want.empty() && next == want.size() && (best == nullptr || c.size() < best->size())) best = &c;
  }
  if (best != nullptr) return *best;
  if (typed.size() > 128) return std::nullopt;
  const std::size_t allowed = std::max<std::size_t>(1, typed.size() / 3);
  std::size_t best_distance = allowed + 1;
  for (const auto& c : candidates) {
    const std::size_t d = careerplan::edit_distance(typed, c, 1000);
    if (d >= std::max(typed.size(), c.size())) continue;
    if (d < best_distance) {
      best = &c;
      best_distance = d;
    }
  }
  if (best == nullptr) return std::nullopt;
  return *best;
}

}  // namespace

TEST_SUITE("suggest") {
  TEST_CASE("typed words inside an id win over typos; the shortest, then the first") {
    const std::vector<std::string> ids{"infrastructure-support-lead", "infrastructure-support", "support-infrastructure"};
    CHECK(did_you_mean("infrastructure", ids) == "infrastructure-support");
    CHECK(did_you_mean("support", std::vector<std::string>{"ops-support", "dev-support"}) == "ops-support");
    CHECK(did_you_mean("kubernets", std::vector<std::string>{"linux", "kubernetes"}) == "kubernetes");
    CHECK(did_you_mean("abc", std::vector<std::string>{"abd", "abe"}) == "abd");
    CHECK_FALSE(did_you_mean("zzz", std::vector<std::string>{"linux", "sql"}).has_value());
    CHECK_FALSE(did_you_mean(std::string(200, 'a'), std::vector<std::string>{std::string(199, 'a')}).has_value());
  }

  TEST_CASE("candidates offered one at a time: a closer one offered later wins, an equal one does not") {
    Suggester s("track-00O12");
    for (const char* id : {"track-00011", "track-00012", "track-00013", "stage-1"}) s.offer(id);
    CHECK(s.best() == "track-00012");
  }

  TEST_CASE("the bounded search agrees with the unbounded rule on random ids") {
    unsigned seed = 11;
    const auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
    const std::string letters = "abcde-";
    const auto random_id = [&] {
      std::string id;
      for (unsigned n = next() % 9; n-- > 0;) id += letters[next() % letters.size()];
      return id;
    };
    for (int round = 0; round < 2000; ++round) {
      std::vector<std::string> candidates;
      for (unsigned n = next() % 12; n-- > 0;) candidates.push_back(random_id());
      const std::string typed = random_id();
      INFO("typed: " << typed);
      REQUIRE(did_you_mean(typed, candidates) == reference(typed, candidates));
    }
  }
}
