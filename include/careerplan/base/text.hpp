#pragma once
// Small text utilities shared by loaders and renderers.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace careerplan {

// Levenshtein distance, capped: returns cap+1 when the distance exceeds cap.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap = 64);

// The closest candidate to `word` if it is plausibly a typo of it ("did you mean").
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// True when s is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool is_valid_utf8(std::string_view s);
// Byte offset of the first byte that breaks UTF-8, or npos when s is well-formed.
std::size_t first_invalid_utf8(std::string_view s);
// Code point of the first control character a value may not hold (C0 but TAB and LF, DEL, C1).
std::optional<unsigned> forbidden_control(std::string_view s);
// 1-based line and byte column of byte offset `pos` in `text`.
std::pair<int, int> line_col(std::string_view text, std::size_t pos);

// Replaces C0 controls (except TAB and LF), DEL and C1 controls with \xNN, and bidirectional
// formatting characters (U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069) with \uNNNN, so the text
// cannot drive a terminal; invalid UTF-8 bytes are escaped the same way.
std::string escape_controls(std::string_view s);
// escape_controls, and newlines and tabs turned into spaces: content or profile text for one line
// of a terminal report, where a line break would break a table or a label column.
std::string terminal_line(std::string_view s);
// escape_controls (or with `one_line`, terminal_line) appended to `out`.
void append_escaped(std::string& out, std::string_view s, bool one_line);

// kebab-case identifier: [a-z0-9]+ separated by single '-'.
bool is_kebab_id(std::string_view s);

// Decimal integer without sign tricks, leading zeros, or hex: "0", "12"; optional leading '-'.
std::optional<long long> parse_decimal(std::string_view s);
// Decimal number with optional fraction, no exponent, no NaN/inf: "1.5", "40".
std::optional<double> parse_decimal_number(std::string_view s);

}  // namespace careerplan
