#pragma once
// Tracks close to one another by the key skills they share: the lateral moves a person on one
// track is nearly ready for.
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/model/model.hpp"

namespace careerplan {

// How many related tracks a listing shows.
inline constexpr std::size_t k_related_tracks = 3;

struct RelatedTrack {
  Index track = 0;
  std::string_view id;     // views into the Content
  std::string_view title;
  int shared = 0;              // key skills of `track` the first track also lists
  int of = 0;                  // key skills `track` lists: "shared of `of` key skills"
  double share = 0;            // shared / of, in 0..1
  std::vector<Index> skills;   // the shared skills, in `track`'s key-skill order
};

// The tracks sharing at least one key skill with `track`, most of their own key skills shared
// first (then most skills shared, then content order); at most `limit`.
std::vector<RelatedTrack> related_tracks(const Content& content, Index track, std::size_t limit = k_related_tracks);

// related_tracks(content, track) computed once per track and shared, from any thread: the plans of
// a batch ask for the same few target tracks again and again.
class RelatedCache {
public:
  explicit RelatedCache(const Content& content)
      : m_c(content), m_once(content.tracks.size()), m_related(content.tracks.size()) {}
  const std::vector<RelatedTrack>& of(Index track);

private:
  const Content& m_c;
  std::vector<std::once_flag> m_once;
  std::vector<std::vector<RelatedTrack>> m_related;
};

}  // namespace careerplan
