#include "careerplan/base/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "careerplan/base/text.hpp"

namespace careerplan {

namespace {

// Longer words are not typos of an identifier, and skipping them keeps hostile input cheap
// (the same bound as closest_match).
constexpr std::size_t k_max_typed_length = 128;

// The next '-'-separated word of `s` at or after `pos` (empty at the end); moves `pos` past it.
std::string_view next_word(std::string_view s, std::size_t& pos) {
  while (pos < s.size() && s[pos] == '-') ++pos;
  const std::size_t start = pos;
  while (pos < s.size() && s[pos] != '-') ++pos;
  return s.substr(start, pos - start);
}

// True when every word of `typed` appears among the words of `candidate`, in order.
bool words_within(std::string_view typed, std::string_view candidate) {
  std::size_t t = 0;
  std::size_t c = 0;
  std::string_view want = next_word(typed, t);
  if (want.empty()) return false;
  while (true) {
    const std::string_view have = next_word(candidate, c);
    if (have.empty()) return false;
    if (have == want) {
      want = next_word(typed, t);
      if (want.empty()) return true;
    }
  }
}

// One edit per three characters, at least one: catches typos without suggesting unrelated words.
std::size_t allowed_edits(std::string_view typed) { return std::max<std::size_t>(1, typed.size() / 3); }

}  // namespace

Suggester::Suggester(std::string_view typed)
    : m_typed(typed), m_usable(typed.size() <= k_max_typed_length), m_closest_distance(allowed_edits(typed) + 1) {}

void Suggester::offer(std::string_view c) {
  if (!m_usable) return;
  if (c != m_typed && words_within(m_typed, c)) {
    if (!m_have_words_match || c.size() < m_words_match.size()) m_words_match = c;
    m_have_words_match = true;
    return;
  }
  // A words match always wins, and a later typo must be strictly closer than the best so far.
  if (m_have_words_match || m_closest_distance == 0) return;
  const std::size_t cap = m_closest_distance - 1;
  const std::size_t gap = c.size() > m_typed.size() ? c.size() - m_typed.size() : m_typed.size() - c.size();
  if (gap > cap) return;
  const std::size_t distance = edit_distance(m_typed, c, cap);
  // A distance equal to the longer length means nothing was shared ("a" for "b").
  if (distance > cap || distance >= std::max(m_typed.size(), c.size())) return;
  m_closest = c;
  m_closest_distance = distance;
}

std::optional<std::string> Suggester::best() const {
  if (m_have_words_match) return std::string(m_words_match);
  if (m_closest_distance <= allowed_edits(m_typed)) return std::string(m_closest);
  return std::nullopt;
}

std::optional<std::string> did_you_mean(std::string_view typed, const std::vector<std::string>& candidates) {
  Suggester s(typed);
  for (const auto& c : candidates) s.offer(c);
  return s.best();
}

std::string did_you_mean_suffix(std::string_view typed, const std::vector<std::string>& candidates) {
  auto guess = did_you_mean(typed, candidates);
  return guess ? fmt::format(" (did you mean '{}'?)", *guess) : std::string();
}

}  // namespace careerplan
