#pragma once
// Helpers of the matcher's tests: fit parts summed, two scores compared bit for bit, and a random
// person for a pack.
#include <doctest/doctest.h>

#include <random>

#include "careerplan/match/matcher.hpp"
#include "test_content.hpp"

namespace careerplan::test {

inline double sum_of_parts(const TrackFit& f) {
  double points = 0;
  for (const auto& p : f.parts) points += p.earned;
  return points / k_fit_points;
}

// Two ways of scoring a track must agree bit for bit.
inline void check_same_score(const FitScore& a, double fit, bool reachable, double closeness) {
  CHECK(a.fit == fit);
  CHECK(a.reachable == reachable);
  CHECK(a.closeness == closeness);
}

// A random person for a pack: some skills at random levels, some certifications (which raise
// the skills they evidence), years, education, maybe a stage and a target track.
inline Subject random_subject(const Content& c, std::mt19937& rng) {
  const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  Subject s;
  s.stated.assign(c.skills.size(), 0);
  s.certs.assign(c.certifications.size(), 0);
  for (auto& level : s.stated) level = static_cast<std::uint8_t>(pick(3) == 0 ? pick(k_max_level + 1) : 0);
  s.skills = s.stated;
  for (Index i = 0; i < c.certifications.size(); ++i) {
    if (pick(6) == 0) grant_cert(s, c, i);
  }
  s.years = pick(40) / 4.0;
  s.education = static_cast<Education>(pick(static_cast<int>(Education::doctorate) + 1));
  if (pick(4) != 0) s.stage = static_cast<Index>(pick(static_cast<int>(c.stages.size())));
  if (pick(2) == 0) s.targets.push_back(TargetRef{true, static_cast<Index>(pick(static_cast<int>(c.tracks.size())))});
  s.hours_per_week = 1 + pick(20);
  return s;
}

}  // namespace careerplan::test
