#pragma once
// "Did you mean …?" for ids and names typed by people.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careerplan {

// Finds the candidate a person most likely meant, offered one at a time in a fixed order (the
// first of equals wins): first an id holding all of the typed words in order
// ("infrastructure" -> "infrastructure-support"; the shortest wins), then the closest typo.
// Cost per candidate is bounded: a length check, a word scan, and an edit distance cut off at the
// best distance found so far; nothing is allocated.
class Suggester {
public:
  explicit Suggester(std::string_view typed);
  void offer(std::string_view candidate);
  [[nodiscard]] std::optional<std::string> best() const;

private:
  std::string_view m_typed;
  bool m_usable;                      // typed is short enough to be a typo of an identifier
  std::string_view m_words_match;     // shortest candidate holding the typed words
  bool m_have_words_match = false;
  std::string_view m_closest;         // closest typo so far
  std::size_t m_closest_distance;     // its distance; one more than allowed while there is none
};

// Suggester over `candidates`, in their order.
std::optional<std::string> did_you_mean(std::string_view typed, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "".
std::string did_you_mean_suffix(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace careerplan
