#include "careerplan/base/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "careerplan/base/text.hpp"

namespace careerplan {

namespace {

std::vector<std::string_view> words(std::string_view id) {
  std::vector<std::string_view> out;
  for (std::size_t pos = 0; pos <= id.size();) {
    const std::size_t end = std::min(id.find('-', pos), id.size());
    if (end > pos) out.push_back(id.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

bool words_within(std::string_view typed, std::string_view candidate) {
  const auto want = words(typed);
  const auto have = words(candidate);
  std::size_t next = 0;
  for (const auto w : have) {
    if (next < want.size() && w == want[next]) ++next;
  }
  return !want.empty() && next == want.size();
}

}  // namespace

std::optional<std::string> did_you_mean(std::string_view typed, const std::vector<std::string>& candidates) {
  const std::string* best = nullptr;
  for (const auto& c : candidates) {
    if (c != typed && words_within(typed, c) && (best == nullptr || c.size() < best->size())) best = &c;
  }
  if (best != nullptr) return *best;
  return closest_match(typed, candidates);
}

std::string did_you_mean_suffix(std::string_view typed, const std::vector<std::string>& candidates) {
  auto guess = did_you_mean(typed, candidates);
  return guess ? fmt::format(" (did you mean '{}'?)", *guess) : std::string();
}

}  // namespace careerplan
