#pragma once
// Text eight bytes at a time: a 64-bit word read from the text holds eight byte lanes, and each
// test below marks the high bit of the lanes it finds. The word is read in host order, which is
// little-endian here, so the lowest marked lane is the first such byte of the text.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace careerplan::lanes {

static_assert(std::endian::native == std::endian::little, "the lowest lane is the first byte");

inline constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t k_highs = 0x8080808080808080ULL;

// The eight bytes at `p`, which must all be readable.
inline std::uint64_t load(const char* p) {
  std::uint64_t w = 0;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// Lanes at 0x80 or above: exact.
inline std::uint64_t high(std::uint64_t w) { return w & k_highs; }

// Lanes equal to `b`: exact up to the first one, after which a lane may be marked falsely, so the
// result answers "any?" and "which first?", not "how many?".
inline std::uint64_t equal(std::uint64_t w, unsigned char b) {
  const std::uint64_t x = w ^ (k_ones * b);
  return (x - k_ones) & ~x & k_highs;
}

// Lanes below `b` (at most 0x80), in a word with no high lane; exact as equal() is.
inline std::uint64_t below(std::uint64_t w, unsigned char b) { return (w - k_ones * b) & ~w & k_highs; }

// UTF-8 continuation bytes (10xxxxxx): exact.
inline std::uint64_t continuation(std::uint64_t w) { return w & ~(w << 1) & k_highs; }

// How many lanes are marked. std::popcount is a dozen instructions without -mpopcnt, and no mark
// at all (ASCII text) is the common case.
inline std::size_t count(std::uint64_t marks) {
  return marks == 0 ? 0 : static_cast<std::size_t>(std::popcount(marks));
}

// The index of the first marked lane; `marks` must not be 0.
inline std::size_t first(std::uint64_t marks) { return static_cast<std::size_t>(std::countr_zero(marks)) / 8; }

}  // namespace careerplan::lanes
