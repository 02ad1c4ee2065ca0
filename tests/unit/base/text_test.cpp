#include "careerplan/base/text.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

using namespace std::string_literals;
using careerplan::closest_match;
using careerplan::edit_distance;
using careerplan::escape_controls;
using careerplan::is_kebab_id;
using careerplan::is_valid_utf8;
using careerplan::parse_decimal;
using careerplan::parse_decimal_number;

TEST_SUITE("text") {
  TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("kubernets", "kubernetes") == 1);
    CHECK(edit_distance("pyhton", "python") == 1);
    CHECK(edit_distance("ab", "ba") == 1);
  }

  TEST_CASE("edit distance stops at the cap and reports cap plus one") {
    CHECK(edit_distance("abcdef", "uvwxyz", 2) == 3);
    CHECK(edit_distance("a", "abcdefgh", 3) == 4);
    CHECK(edit_distance("abc", "abd", 1) == 1);
    CHECK(edit_distance("abc", "abd", 0) == 1);
    CHECK(edit_distance("abc", "abc", 0) == 0);
  }

  TEST_CASE("closest match suggests plausible typos") {
    const std::vector<std::string> skills{"python", "linux", "itil", "kubernetes", "go"};
    CHECK(closest_match("kubernets", skills) == "kubernetes");
    CHECK(closest_match("linx", skills) == "linux");
    CHECK(closest_match("itl", skills) == "itil");
    CHECK(closest_match("pyhton", skills) == "python");
    CHECK(closest_match("python", skills) == "python");
  }

  TEST_CASE("closest match refuses unrelated words") {
    const std::vector<std::string> skills{"python", "linux", "itil", "go"};
    CHECK_FALSE(closest_match("javascript", skills).has_value());
    CHECK_FALSE(closest_match("x", skills).has_value());
    CHECK_FALSE(closest_match("", skills).has_value());
    CHECK_FALSE(closest_match("linux", {}).has_value());
    CHECK_FALSE(closest_match("a", {"b"}).has_value());
    CHECK_FALSE(closest_match(std::string(100000, 'a'), {std::string(100001, 'a')}).has_value());
  }

  TEST_CASE("closest match breaks ties by candidate order") {
    CHECK(closest_match("cat", {"bat", "cab", "car"}) == "bat");
    CHECK(closest_match("cat", {"car", "bat"}) == "car");
  }

  TEST_CASE("valid UTF-8 is accepted") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("plain ascii"));
    CHECK(is_valid_utf8("Zoë, 東京, €, 😀"));
    CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
    CHECK(is_valid_utf8("\xEF\xBF\xBF"));      // U+FFFF
    CHECK(is_valid_utf8("\xC2\x80"));          // U+0080
    CHECK(is_valid_utf8("a\0b"s));
  }

  TEST_CASE("malformed UTF-8 is rejected") {
    CHECK_FALSE(is_valid_utf8("\xFF\xFE"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xC1\xBF"));          // overlong
    CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong three-byte
    CHECK_FALSE(is_valid_utf8("\xF0\x80\x80\xAF"));  // overlong four-byte
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
    CHECK_FALSE(is_valid_utf8("\xED\xBF\xBF"));      // surrogate U+DFFF
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
    CHECK_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
    CHECK_FALSE(is_valid_utf8("\xE2\x82"));  // truncated euro sign
    CHECK_FALSE(is_valid_utf8("abc\xC3"));   // truncated at the end
    CHECK_FALSE(is_valid_utf8("\x80"));      // lone continuation byte
    CHECK_FALSE(is_valid_utf8("\xC3\x28"));  // bad continuation
  }

  TEST_CASE("escaping leaves valid text, tabs and newlines alone") {
    CHECK(escape_controls("") == "");
    CHECK(escape_controls("Zoë\tworks\nin 東京 😀") == "Zoë\tworks\nin 東京 😀");
  }

  TEST_CASE("escaping replaces C0, DEL and C1 controls with their code") {
    CHECK(escape_controls("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
    CHECK(escape_controls("a\0b"s) == "a\\x00b");
    CHECK(escape_controls("\r\x7f\x01\x1f") == "\\x0d\\x7f\\x01\\x1f");
    CHECK(escape_controls("\xC2\x9B[2J") == "\\x9b[2J");
    CHECK(escape_controls("\xC2\x80\xC2\x9F\xC2\xA0") == "\\x80\\x9f\xC2\xA0");
  }

  TEST_CASE("escaping replaces bidirectional formatting characters with their code point") {
    // "Trojan Source": an override reverses what the terminal shows after it.
    CHECK(escape_controls("admin\xE2\x80\xAEnimda") == "admin\\u202enimda");
    CHECK(escape_controls("\xE2\x80\xAA\xE2\x80\xAB\xE2\x80\xAC\xE2\x80\xAD") == "\\u202a\\u202b\\u202c\\u202d");
    CHECK(escape_controls("\xE2\x81\xA6x\xE2\x81\xA7y\xE2\x81\xA8z\xE2\x81\xA9") == "\\u2066x\\u2067y\\u2068z\\u2069");
    CHECK(escape_controls("\xE2\x80\x8E\xE2\x80\x8F\xD8\x9C") == "\\u200e\\u200f\\u061c");
    CHECK(careerplan::terminal_line("a\xE2\x80\xAE" "b") == "a\\u202eb");
    // Their neighbours are ordinary text: zero-width joiner, quotes, Arabic letters.
    CHECK(escape_controls("\xE2\x80\x8D\xE2\x80\x99\xE2\x80\xAF\xE2\x81\xA5\xE2\x81\xAA\xD8\xB9") ==
          "\xE2\x80\x8D\xE2\x80\x99\xE2\x80\xAF\xE2\x81\xA5\xE2\x81\xAA\xD8\xB9");
  }

  TEST_CASE("escaping replaces every byte of invalid UTF-8") {
    CHECK(escape_controls("\xFF\xFE") == "\\xff\\xfe");
    CHECK(escape_controls("\xC0\xAF") == "\\xc0\\xaf");
    CHECK(escape_controls("\xED\xA0\x80") == "\\xed\\xa0\\x80");
    CHECK(escape_controls("ok\xE2\x82") == "ok\\xe2\\x82");
    CHECK(escape_controls("\xE2\x82\xAC\xE2") == "\xE2\x82\xAC\\xe2");
    CHECK(is_valid_utf8(escape_controls("\xF8\x88\x80\x80\x80")));
  }

  TEST_CASE("a terminal line also turns tabs and newlines into spaces") {
    CHECK(careerplan::terminal_line("a\tb\nc") == "a b c");
    CHECK(careerplan::terminal_line("Zo\xC3\xAB\r\n\x1b[0m") == "Zo\xC3\xAB\\x0d \\x1b[0m");
    std::string out = "> ";
    careerplan::append_escaped(out, "long plain text, then \x7f and \xE2\x80\x99 and\t", false);
    CHECK(out == "> long plain text, then \\x7f and \xE2\x80\x99 and\t");
  }

  TEST_CASE("escaping agrees with a byte-by-byte statement on random bytes") {
    // The contract one code point at a time: valid UTF-8 but C0 (not TAB, LF), DEL and C1 kept.
    const auto reference = [](std::string_view s) {
      std::string out;
      for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t length = 0;
        if (c < 0x80) length = 1;
        else if (i + 1 < s.size() && c >= 0xC2 && c <= 0xDF && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) length = 2;
        else length = careerplan::is_valid_utf8(s.substr(i, 3)) && c >= 0xE0 && c <= 0xEF ? 3
                    : careerplan::is_valid_utf8(s.substr(i, 4)) && c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        const bool c0 = c < 0x20 && c != '\t' && c != '\n';
        const bool c1 = length == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) <= 0x9F;
        if (length == 0 || c0 || c == 0x7f || c1) {
          out += fmt::format("\\x{:02x}", c1 ? static_cast<unsigned char>(s[i + 1]) : c);
          i += c1 ? 2 : 1;
        } else {
          out.append(s.substr(i, length));
          i += length;
        }
      }
      return out;
    };
    const std::string_view pieces[] = {"a", "plain words ", "\t", "\n", "\x1b", "\x7f", "\x00", "\xC2\x85", "\xC2\xA0",
                                       "\xC3\xA9", "\xE2\x80\x99", "\xF0\x9F\x98\x80", "\xE2\x80", "\xFF", "\x80"};
    unsigned seed = 7;
    const auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
    for (int round = 0; round < 3000; ++round) {
      std::string s;
      for (unsigned k = next() % 12; k-- > 0;) s += pieces[next() % std::size(pieces)];
      INFO("input: " << escape_controls(s));
      REQUIRE(escape_controls(s) == reference(s));
    }
  }

  TEST_CASE("kebab-case identifiers are lower-case words joined by single hyphens") {
    CHECK(is_kebab_id("python"));
    CHECK(is_kebab_id("site-reliability-engineer"));
    CHECK(is_kebab_id("k8s"));
    CHECK(is_kebab_id("2fa-setup"));
    CHECK_FALSE(is_kebab_id(""));
    CHECK_FALSE(is_kebab_id("-python"));
    CHECK_FALSE(is_kebab_id("python-"));
    CHECK_FALSE(is_kebab_id("a--b"));
    CHECK_FALSE(is_kebab_id("Python"));
    CHECK_FALSE(is_kebab_id("snake_case"));
    CHECK_FALSE(is_kebab_id("has space"));
    CHECK_FALSE(is_kebab_id("caf\xC3\xA9"));
    CHECK_FALSE(is_kebab_id("a\0b"s));
  }

  TEST_CASE("decimal integers parse only in their plain form") {
    CHECK(parse_decimal("0") == 0);
    CHECK(parse_decimal("7") == 7);
    CHECK(parse_decimal("40") == 40);
    CHECK(parse_decimal("-3") == -3);
    CHECK(parse_decimal("9223372036854775807") == 9223372036854775807LL);
    CHECK(parse_decimal("-9223372036854775808") == (-9223372036854775807LL - 1));
  }

  TEST_CASE("decimal integers reject octal, hex, signs, spaces and overflow") {
    for (const char* text :
         {"", "-", "+7", "010", "00", "-01", "0x1F", "1e3", "1.5", " 1", "1 ", "~", "abc",
          "9223372036854775808", "-9223372036854775809", "99999999999999999999", "１"}) {
      CAPTURE(text);
      CHECK_FALSE(parse_decimal(text).has_value());
    }
  }

  TEST_CASE("decimal numbers take an optional fraction") {
    CHECK(parse_decimal_number("40") == 40.0);
    CHECK(parse_decimal_number("1.5") == 1.5);
    CHECK(parse_decimal_number("-0.25") == -0.25);
    CHECK(parse_decimal_number("0.0") == 0.0);
    CHECK(parse_decimal_number("10.05") == doctest::Approx(10.05));
  }

  TEST_CASE("decimal numbers reject exponents, NaN, infinity and odd forms") {
    for (const char* text :
         {"",      ".",   "-",   ".5",   "1.",  "1..2", "1.2.3", "01.5",  "+1.5", "1e3",  "1E3",
          "1.5e2", "nan", "NaN", ".nan", "inf", "-inf", ".inf",  "0x1p3", "1,5",  " 1.5", "1.5 "}) {
      CAPTURE(text);
      CHECK_FALSE(parse_decimal_number(text).has_value());
    }
  }

  TEST_CASE("decimal numbers too large for a double are rejected") {
    CHECK_FALSE(parse_decimal_number(std::string(400, '9')).has_value());
    CHECK(parse_decimal_number(std::string(300, '9')).has_value());
  }
}
