#include "careerplan/related.hpp"

#include <algorithm>

#include "careerplan/matcher.hpp"

namespace careerplan {

std::vector<RelatedTrack> related_tracks(const Content& content, Index track, std::size_t limit) {
  std::vector<RelatedTrack> out;
  if (track >= content.tracks.size()) return out;
  const auto& mine = content.tracks[track].key_skills;
  const auto listed = [&](Index skill) {
    return std::any_of(mine.begin(), mine.end(), [&](const KeySkill& k) { return k.skill == skill; });
  };
  for (Index other = 0; other < content.tracks.size(); ++other) {
    if (other == track) continue;
    const Track& t = content.tracks[other];
    RelatedTrack r{other, t.id, t.title, 0, static_cast<int>(t.key_skills.size()), 0, {}};
    for (const auto& k : t.key_skills) {
      if (listed(k.skill)) r.skills.push_back(k.skill);
    }
    r.shared = static_cast<int>(r.skills.size());
    if (r.shared == 0 || r.of == 0) continue;
    r.share = static_cast<double>(r.shared) / r.of;
    out.push_back(std::move(r));
  }
  // Stable: equal shares and counts keep content order.
  std::stable_sort(out.begin(), out.end(), [](const RelatedTrack& a, const RelatedTrack& b) {
    if (rank_key(a.share) != rank_key(b.share)) return rank_key(a.share) > rank_key(b.share);
    return a.shared > b.shared;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace careerplan
