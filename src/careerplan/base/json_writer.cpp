#include "careerplan/base/json_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "careerplan/base/text.hpp"
#include "careerplan/base/byte_lanes.hpp"

namespace careerplan {

namespace {

// Bytes a string cannot be copied through as they are: quote, backslash, C0 controls (escaped)
// and bytes above ASCII (valid only as part of well-formed UTF-8).
constexpr std::array<bool, 256> k_special = [] {
  std::array<bool, 256> table{};
  for (std::size_t c = 0; c < table.size(); ++c) table[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return table;
}();

bool special(char c) { return k_special[static_cast<unsigned char>(c)]; }

// Index of the first special byte at or after `from`, or s.size(): eight bytes a step while they
// are plain (no byte below 0x20 or above 0x7F, no quote, no backslash), then byte by byte.
std::size_t next_special(std::string_view s, std::size_t from) {
  std::size_t i = from;
  using lanes::k_highs;
  using lanes::k_ones;
  for (; s.size() - i >= 8; i += 8) {
    const std::uint64_t w = lanes::load(s.data() + i);
    // lanes::high | below | equal, folded: any lane < 0x20, zero after the xor (quote,
    // backslash), or >= 0x80 sets a high bit; only "any?" is asked, so no lane needs to be exact.
    const std::uint64_t quote = w ^ (k_ones * '"');
    const std::uint64_t slash = w ^ (k_ones * '\\');
    if ((((w - k_ones * 0x20) | (quote - k_ones) | (slash - k_ones) | w) & k_highs) != 0) break;
  }
  while (i < s.size() && !special(s[i])) ++i;
  return i;
}

}  // namespace

void JsonWriter::grow(std::size_t more) { m_out.resize(std::max(m_out.size() * 2, m_len + more + 256)); }

void JsonWriter::newline(std::size_t depth) {
  const std::size_t spaces = depth * static_cast<std::size_t>(m_indent);
  if (spaces + 1 > m_out.size() - m_len) grow(spaces + 1);
  m_out[m_len++] = '\n';
  std::memset(m_out.data() + m_len, ' ', spaces);
  m_len += spaces;
}

// Separates a value from the one before it in its container; after a key there is nothing to do.
void JsonWriter::before_value() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (m_levels.empty()) return;
  Level& level = m_levels.back();
  if (!level.empty) put(',');
  level.empty = false;
  if (m_indent >= 0) newline(m_levels.size());
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  put('{');
  m_levels.push_back(Level{});
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  put('[');
  m_levels.push_back(Level{});
  return *this;
}

void JsonWriter::close(char bracket) {
  const bool empty = m_levels.back().empty;
  m_levels.pop_back();
  if (!empty && m_indent >= 0) newline(m_levels.size());
  put(bracket);
}

JsonWriter& JsonWriter::end_object() {
  close('}');
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  close(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  // A key given at run time (literals take the header's overload): copied as it is when it has
  // nothing to escape.
  if (next_special(k, 0) == k.size()) {
    // "key": in one reservation.
    const std::size_t n = k.size() + (m_indent >= 0 ? 4 : 3);
    if (n > m_out.size() - m_len) grow(n);
    char* p = m_out.data() + m_len;
    *p++ = '"';
    std::copy_n(k.data(), k.size(), p);
    p += k.size();
    *p++ = '"';
    *p++ = ':';
    if (m_indent >= 0) *p = ' ';
    m_len += n;
    m_after_key = true;
    return *this;
  }
  string(k);
  put(m_indent >= 0 ? ": " : ":");
  m_after_key = true;
  return *this;
}

// nlohmann's escaping with ensure_ascii off: quote, backslash and C0 controls only. One pass;
// a string with bytes above ASCII is checked for valid UTF-8 only then.
void JsonWriter::string(std::string_view s) {
  const std::size_t first = next_special(s, 0);
  if (first == s.size()) {  // nothing to escape: the text between quotes in one reservation
    if (s.size() + 2 > m_out.size() - m_len) grow(s.size() + 2);
    char* p = m_out.data() + m_len;
    *p++ = '"';
    std::copy_n(s.data(), s.size(), p);  // not memcpy: an empty view (a model field never set) may be null
    p[s.size()] = '"';
    m_len += s.size() + 2;
    return;
  }
  const std::size_t start = m_len;
  put('"');
  bool non_ascii = false;
  std::size_t plain = 0;  // start of the run of bytes copied as they are
  for (std::size_t i = first; i < s.size(); i = next_special(s, i + 1)) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      non_ascii = true;
      continue;
    }
    put(s.substr(plain, i - plain));
    plain = i + 1;
    switch (c) {
      case '"': put("\\\""); break;
      case '\\': put("\\\\"); break;
      case '\b': put("\\b"); break;
      case '\t': put("\\t"); break;
      case '\n': put("\\n"); break;
      case '\f': put("\\f"); break;
      case '\r': put("\\r"); break;
      default: put(fmt::format("\\u{:04x}", c)); break;
    }
  }
  if (non_ascii && !is_valid_utf8(s)) {
    // Rare (a file name from the command line): nlohmann's own U+FFFD replacement, to the byte.
    m_len = start;
    put(nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    return;
  }
  put(s.substr(plain));
  put('"');
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  string(s);
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  before_value();
  put(b ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::integer(long long i) {
  before_value();
  const fmt::format_int digits(i);
  put(std::string_view(digits.data(), digits.size()));
  return *this;
}

JsonWriter& JsonWriter::value(double d) {
  before_value();
  if (!std::isfinite(d)) {
    put("null");
    return *this;
  }
  // nlohmann's own shortest round-trip formatting ("5.0", "0.4707"), so both writers agree.
  std::array<char, 64> buffer{};
  char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), d);
  put(std::string_view(buffer.data(), static_cast<std::size_t>(end - buffer.data())));
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  put("null");
  return *this;
}

JsonWriter& JsonWriter::value(const std::vector<std::string>& strings) {
  begin_array();
  for (const auto& s : strings) value(s);
  return end_array();
}

JsonWriter& JsonWriter::value(const nlohmann::ordered_json& document) {
  before_value();
  const std::string text = document.dump(m_indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  if (m_indent < 0) {
    put(text);
    return *this;
  }
  // Strings hold no raw newline, so every newline starts a line to indent to this depth.
  const std::string pad(m_levels.size() * static_cast<std::size_t>(m_indent), ' ');
  for (const char c : text) {
    put(c);
    if (c == '\n') put(pad);
  }
  return *this;
}

}  // namespace careerplan
