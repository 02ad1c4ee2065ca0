#include "careerplan/match/related.hpp"

#include <algorithm>

#include "careerplan/match/matcher.hpp"

namespace careerplan {

namespace {

// A candidate before it is described: the numbers the order is decided on.
struct Overlap {
  Index track = 0;
  int shared = 0;
  int of = 0;
  std::int64_t share_key = 0;  // rank_key(shared / of)
};

}  // namespace

// Counts overlaps in numbers for every track, keeps the best `limit`, and only then builds their
// texts: a pack of thousands of tracks costs one pass over its key skills.
std::vector<RelatedTrack> related_tracks(const Content& content, Index track, std::size_t limit) {
  std::vector<RelatedTrack> out;
  if (track >= content.tracks.size()) return out;
  std::vector<bool> mine(content.skills.size(), false);
  for (const auto& k : content.tracks[track].key_skills) {
    if (k.skill < mine.size()) mine[k.skill] = true;
  }
  const auto listed = [&](Index skill) { return skill < mine.size() && mine[skill]; };
  std::vector<Overlap> found;
  found.reserve(content.tracks.size());
  for (Index other = 0; other < content.tracks.size(); ++other) {
    if (other == track) continue;
    const Track& t = content.tracks[other];
    Overlap o{other, 0, static_cast<int>(t.key_skills.size()), 0};
    for (const auto& k : t.key_skills) o.shared += listed(k.skill) ? 1 : 0;
    if (o.shared == 0 || o.of == 0) continue;
    o.share_key = rank_key(static_cast<double>(o.shared) / o.of);
    found.push_back(o);
  }
  // Most of their own key skills shared first, then most skills shared, then content order.
  const auto before = [](const Overlap& a, const Overlap& b) {
    if (a.share_key != b.share_key) return a.share_key > b.share_key;
    if (a.shared != b.shared) return a.shared > b.shared;
    return a.track < b.track;
  };
  const std::size_t keep = std::min(limit, found.size());
  std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(keep), found.end(), before);
  out.reserve(keep);
  for (std::size_t i = 0; i < keep; ++i) {
    const Overlap& o = found[i];
    const Track& t = content.tracks[o.track];
    RelatedTrack r{o.track, t.id, t.title, o.shared, o.of, static_cast<double>(o.shared) / o.of, {}};
    r.skills.reserve(static_cast<std::size_t>(o.shared));
    for (const auto& k : t.key_skills) {
      if (listed(k.skill)) r.skills.push_back(k.skill);
    }
    out.push_back(std::move(r));
  }
  return out;
}

const std::vector<RelatedTrack>& RelatedCache::of(Index track) {
  static const std::vector<RelatedTrack> none;
  if (track >= m_related.size()) return none;
  std::call_once(m_once[track], [&] { m_related[track] = related_tracks(m_c, track); });
  return m_related[track];
}

}  // namespace careerplan
