#pragma once
// Where a content item or rule was written, kept small: the model holds thousands of them, and
// a file name copied into each would be a heap block each.
#include <cstdint>
#include <limits>

namespace careerplan {

// No file: the position of something no file wrote (a default rule, a hand-built item).
inline constexpr std::uint32_t k_no_file = std::numeric_limits<std::uint32_t>::max();

// `file` indexes Content::files; line and column are as in Location (1-based, 0: none).
struct FilePos {
  std::uint32_t file = k_no_file;
  std::int32_t line = 0;
  std::int32_t column = 0;
};

}  // namespace careerplan
