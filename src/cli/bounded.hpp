#pragma once
// A numeric option check without CLI11's start-up cost. CLI::Range formats its description
// through a std::stringstream when it is made, on every run, though only --help shows it (as
// capture_default_str does a number's default: options give theirs with default_str instead).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <string>
#include <type_traits>

namespace careerplan::cli {

// CLI::Range(min, max): the same check and description ("INT in [1 - 50]", which the help
// formatter reads), and an error in words: "'abc' is not a whole number from 1 to 50".
class Bounded : public CLI::Validator {
public:
  template <typename T>
  Bounded(T min, T max) {
    desc_function_ = [min, max] { return fmt::format("{} in [{} - {}]", CLI::detail::type_name<T>(), min, max); };
    func_ = [min, max](std::string& input) {
      T value{};
      // Written so NaN, which compares false with everything, is out of range too.
      if (!CLI::detail::lexical_cast(input, value) || !(value >= min && value <= max)) {
        return fmt::format("'{}' is not {} from {} to {}", input,
                           std::is_integral_v<T> ? "a whole number" : "a number", min, max);
      }
      return std::string{};
    };
  }
};

}  // namespace careerplan::cli
