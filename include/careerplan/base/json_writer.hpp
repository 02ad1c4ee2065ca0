#pragma once
// JSON text written straight into a string, byte for byte as nlohmann::ordered_json::dump writes
// the same document (indent 2 or compact; UTF-8 kept as is; invalid UTF-8 replaced by U+FFFD).
// The plan renderers stream through it: building a document first cost more than the planning.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careerplan {

class JsonWriter {
public:
  // indent < 0: compact, one line (JSON Lines); else pretty with that many spaces per level.
  // capacity: bytes reserved up front, when the caller knows about how long the text gets.
  explicit JsonWriter(int indent = 2, std::size_t capacity = 0) : m_out(capacity, '\0'), m_indent(indent) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // The key of the next value inside an object.
  JsonWriter& key(std::string_view k);
  // A key written in the code, the common case by far: a literal of printable ASCII with no
  // quote or backslash, so it is copied as it is, without a scan (debug builds check it).
  template <std::size_t N>
  JsonWriter& key(const char (&k)[N]) {
    static_assert(N > 1, "a JSON key literal is not empty");
    assert(plain_literal(k, N - 1));
    before_value();
    constexpr std::size_t n = N - 1 + 3;  // "key":
    if (n + 1 > m_out.size() - m_len) grow(n + 1);
    char* p = m_out.data() + m_len;
    *p = '"';
    std::memcpy(p + 1, k, N - 1);
    std::memcpy(p + N, "\":", 2);
    m_len += n;
    if (m_indent >= 0) m_out[m_len++] = ' ';
    m_after_key = true;
    return *this;
  }

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(bool b);
  JsonWriter& value(int i) { return integer(i); }
  JsonWriter& value(unsigned i) { return integer(i); }
  JsonWriter& value(long i) { return integer(i); }
  JsonWriter& value(unsigned long i) { return integer(static_cast<long long>(i)); }
  JsonWriter& value(double d);  // not finite: null, as nlohmann writes it
  JsonWriter& null();
  // The value, or null when there is none.
  template <typename T>
  JsonWriter& value(const std::optional<T>& v) {
    return v ? value(*v) : null();
  }
  JsonWriter& value(const std::vector<std::string>& strings);
  // A value built as a document elsewhere (the route), laid out at the current depth.
  JsonWriter& value(const nlohmann::ordered_json& document);

  // key(k) then value(v).
  template <typename T>
  JsonWriter& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }
  template <std::size_t N, typename T>
  JsonWriter& field(const char (&k)[N], const T& v) {
    key(k);
    return value(v);
  }

  [[nodiscard]] std::string_view text() const { return {m_out.data(), m_len}; }
  std::string take() {
    m_out.resize(m_len);
    return std::move(m_out);
  }

private:
  static bool plain_literal(const char* k, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      if (k[i] < 0x20 || k[i] > 0x7E || k[i] == '"' || k[i] == '\\') return false;
    }
    return true;
  }
  JsonWriter& integer(long long i);
  void before_value();
  void newline(std::size_t depth);
  void close(char bracket);
  void string(std::string_view s);

  struct Level {
    bool empty = true;
  };
  // Appends without std::string's out-of-line push_back: m_out is storage, m_len the text's length.
  void put(char c) {
    if (m_len == m_out.size()) grow(1);
    m_out[m_len++] = c;
  }
  void put(std::string_view s) {
    if (s.size() > m_out.size() - m_len) grow(s.size());
    std::copy_n(s.data(), s.size(), m_out.data() + m_len);  // not memcpy: an empty view may be null
    m_len += s.size();
  }
  void grow(std::size_t more);

  std::string m_out;
  std::size_t m_len = 0;
  std::vector<Level> m_levels;
  int m_indent;
  bool m_after_key = false;
};

}  // namespace careerplan
