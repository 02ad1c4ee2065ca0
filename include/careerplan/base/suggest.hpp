#pragma once
// "Did you mean …?" for ids and names typed by people.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careerplan {

// The candidate a person most likely meant: first an id holding all of the typed words in order
// ("infrastructure" -> "infrastructure-support"; the shortest wins), then the closest typo.
std::optional<std::string> did_you_mean(std::string_view typed, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "".
std::string did_you_mean_suffix(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace careerplan
