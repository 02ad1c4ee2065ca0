#include "careerplan/base/text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <memory>
#include <span>

#include "careerplan/base/byte_lanes.hpp"

namespace careerplan {

namespace {

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 when it is malformed.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  unsigned char low = 0x80;  // bounds of the second byte exclude overlongs and surrogates
  unsigned char high = 0xBF;
  if (lead < 0x80) {
    return 1;
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (s.size() - i < length) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

void append_hex_escape(std::string& out, unsigned value) {
  static constexpr char k_hex[] = "0123456789abcdef";
  out += "\\x";
  out += k_hex[(value >> 4) & 0xF];
  out += k_hex[value & 0xF];
}

// Longer words are not typos of an identifier, and skipping them keeps hostile input cheap.
constexpr std::size_t k_max_suggestion_length = 128;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Number of leading decimal digits of s, or 0 when they have a superfluous leading zero.
std::size_t integer_digits(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && is_digit(s[n])) ++n;
  if (n > 1 && s[0] == '0') return 0;
  return n;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
  const std::size_t length_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (length_gap > cap) return cap + 1;
  // Optimal string alignment: Levenshtein plus adjacent transpositions, three rolling rows, on the
  // stack for identifier-sized words (a "did you mean" compares one word with thousands).
  constexpr std::size_t k_stack_row = 192;
  std::array<std::size_t, 3 * k_stack_row> stack_rows;  // every cell is written before it is read
  std::unique_ptr<std::size_t[]> heap_rows;
  std::size_t* rows = stack_rows.data();
  if (b.size() + 1 > k_stack_row) {
    heap_rows = std::make_unique<std::size_t[]>(3 * (b.size() + 1));
    rows = heap_rows.get();
  }
  const std::size_t width = b.size() + 1;
  std::span<std::size_t> before(rows, width), previous(rows + width, width), current(rows + 2 * width, width);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, before[j - 2] + 1);
      }
      current[j] = best;
      row_min = std::min(row_min, best);
    }
    if (row_min > cap) return cap + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], cap + 1);
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
  if (word.size() > k_max_suggestion_length) return std::nullopt;
  // One edit per three characters, at least one: catches typos without suggesting unrelated words.
  const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
  const std::string* best = nullptr;
  std::size_t best_distance = allowed + 1;
  for (const std::string& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate, allowed);
    // A distance equal to the longer length means nothing was shared ("a" for "b").
    if (distance >= std::max(word.size(), candidate.size())) continue;
    if (distance < best_distance) {
      best = &candidate;
      best_distance = distance;
    }
  }
  if (best == nullptr) return std::nullopt;
  return *best;
}

std::size_t first_invalid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // ASCII, the bulk of any text here, eight bytes at a time.
    if (s.size() - i >= 8 && lanes::high(lanes::load(s.data() + i)) == 0) {
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = utf8_sequence_length(s, i);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) { return first_invalid_utf8(s) == std::string_view::npos; }

std::optional<unsigned> forbidden_control(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) return c;
    if (c == 0xc2 && i + 1 < s.size()) {
      const auto n = static_cast<unsigned char>(s[i + 1]);
      if (n >= 0x80 && n <= 0x9f) return n;
    }
  }
  return std::nullopt;
}

std::pair<int, int> line_col(std::string_view text, std::size_t pos) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < pos && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, static_cast<int>(pos - line_start) + 1};
}

namespace {

// True when all eight bytes are printable ASCII (0x20..0x7e): nothing in them to escape.
bool printable_ascii(std::uint64_t w) {
  return lanes::high(w) == 0 && lanes::below(w, 0x20) == 0 && lanes::equal(w, 0x7f) == 0;
}

}  // namespace

namespace {

// The code point of a bidirectional formatting character, or 0: marks, embeddings, overrides
// and isolates reorder the text around them on a terminal ("Trojan Source"), so like a control
// character they are shown escaped.
unsigned bidi_control(std::string_view c) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(c[k]); };
  if (c.size() == 2 && b(0) == 0xD8 && b(1) == 0x9C) return 0x061C;  // ARABIC LETTER MARK
  if (c.size() != 3 || b(0) != 0xE2) return 0;
  const unsigned cp = 0x2000u + ((b(1) & 0x3Fu) << 6) + (b(2) & 0x3Fu);
  const bool mark = cp == 0x200E || cp == 0x200F;
  const bool embedding = cp >= 0x202A && cp <= 0x202E;
  const bool isolate = cp >= 0x2066 && cp <= 0x2069;
  return mark || embedding || isolate ? cp : 0;
}

void append_code_point_escape(std::string& out, unsigned cp) {
  static constexpr char k_hex[] = "0123456789abcdef";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += k_hex[(cp >> shift) & 0xF];
}

}  // namespace

void append_escaped(std::string& out, std::string_view s, bool one_line) {
  const std::size_t n = s.size();
  std::size_t run = 0;  // start of the bytes that need no escape and are not yet appended
  for (std::size_t i = 0; i < n;) {
    if (n - i >= 8) {
      if (printable_ascii(lanes::load(s.data() + i))) {
        i += 8;
        continue;
      }
    }
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead >= 0x20 && lead < 0x7f) {
      ++i;
      continue;
    }
    std::size_t length = 1;
    unsigned bidi = 0;
    if (lead >= 0x80) {
      length = utf8_sequence_length(s, i);
      const bool c1 = lead == 0xC2 && length == 2 && static_cast<unsigned char>(s[i + 1]) <= 0x9F;
      if (length >= 2) bidi = bidi_control(s.substr(i, length));
      if (length >= 2 && !c1 && bidi == 0) {  // a printable multi-byte character
        i += length;
        continue;
      }
    }
    out.append(s.data() + run, i - run);
    if (bidi != 0) {
      append_code_point_escape(out, bidi);
      i += length;
    } else if (lead == '\t' || lead == '\n') {
      out += one_line ? ' ' : static_cast<char>(lead);
      i += 1;
    } else if (length == 2) {
      append_hex_escape(out, static_cast<unsigned char>(s[i + 1]));  // C1 control: U+0080..U+009F
      i += 2;
    } else {
      append_hex_escape(out, lead);  // C0 control, DEL, or a byte of malformed UTF-8
      i += 1;
    }
    run = i;
  }
  out.append(s.data() + run, n - run);
}

std::string escape_controls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_escaped(out, s, false);
  return out;
}

std::string terminal_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_escaped(out, s, true);
  return out;
}

bool is_kebab_id(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  char previous = '\0';
  for (const char c : s) {
    const bool alnum = (c >= 'a' && c <= 'z') || is_digit(c);
    if (!alnum && c != '-') return false;
    if (c == '-' && previous == '-') return false;
    previous = c;
  }
  return true;
}

std::optional<long long> parse_decimal(std::string_view s) {
  const std::size_t sign = (!s.empty() && s[0] == '-') ? 1 : 0;
  const std::size_t digits = integer_digits(s.substr(sign));
  if (digits == 0 || sign + digits != s.size()) return std::nullopt;
  long long value = 0;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<double> parse_decimal_number(std::string_view s) {
  const std::size_t sign = (!s.empty() && s[0] == '-') ? 1 : 0;
  const std::size_t digits = integer_digits(s.substr(sign));
  if (digits == 0) return std::nullopt;
  std::size_t end_of_number = sign + digits;
  if (end_of_number < s.size()) {
    if (s[end_of_number] != '.') return std::nullopt;
    std::size_t fraction = 0;
    while (end_of_number + 1 + fraction < s.size() && is_digit(s[end_of_number + 1 + fraction])) {
      ++fraction;
    }
    if (fraction == 0) return std::nullopt;
    end_of_number += 1 + fraction;
  }
  if (end_of_number != s.size()) return std::nullopt;
  double value = 0;
  const auto [end, error] =
      std::from_chars(s.data(), s.data() + s.size(), value, std::chars_format::fixed);
  if (error != std::errc{} || end != s.data() + s.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

}  // namespace careerplan
