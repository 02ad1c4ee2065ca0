#include <doctest/doctest.h>

#include <random>
#include <string>

#include "careerplan/load/json_tree.hpp"
#include "careerplan/load/yaml_tree.hpp"
#include "loader_test_support.hpp"
#include "tree_compare.hpp"

using careerplan::test::check_same;
using careerplan::test::errors_of;
namespace yaml = careerplan::yaml;

namespace {

std::vector<std::string> json_errors(const std::string& text, yaml::Limits limits = {}) {
  return errors_of([&] { (void)yaml::parse_json(text, "t.jsonl", limits); });
}

// A random JSON value in the shapes profiles use: objects, lists, strings, numbers, literals.
// (No surrogate pairs: yaml-cpp 0.7 refuses them, the JSON reader decodes them; tested apart.)
std::string random_json(std::mt19937& rng, int depth) {
  const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  static const char* const words[] = {"linux", "sql", "Ada Lovelace", "a \\\"quoted\\\" word", "tab\\there",
                                      "caf\xc3\xa9", "\\u00e9t\\u00e9", "", "slash\\/", "x"};
  static const char* const numbers[] = {"0", "3", "-2", "2.5", "1e3", "-0.25E-2", "40"};
  switch (depth > 3 ? pick(4) : pick(6)) {
    case 0: return std::string("\"") + words[pick(10)] + "\"";
    case 1: return numbers[pick(7)];
    case 2: return pick(2) == 0 ? "true" : "false";
    case 3: return "null";
    case 4: {
      std::string s = "[";
      const int n = pick(4);
      for (int i = 0; i < n; ++i) s += (i ? ", " : "") + random_json(rng, depth + 1);
      return s + "]";
    }
    default: {
      std::string s = "{";
      const int n = pick(4);
      for (int i = 0; i < n; ++i) s += (i ? ", " : "") + std::string("\"k") + std::to_string(i) + "\": " + random_json(rng, depth + 1);
      return s + "}";
    }
  }
}

}  // namespace

TEST_SUITE("json tree") {
  TEST_CASE("a profile record reads as the YAML reader reads it") {
    const std::string text =
        R"({"name": "Ada", "years_experience": 2.5, "skills": {"linux": 3, "sql": 2}, "certifications": ["a", "b"], "goals": null, "x": true})";
    check_same(yaml::parse_json(text, "t.jsonl"), yaml::parse_general(text, "t.yaml"), "root");
  }

  TEST_CASE("random JSON values read the same as through yaml-cpp, positions included") {
    std::mt19937 rng(20261125);
    for (int i = 0; i < 300; ++i) {
      const std::string text = "{\"v\": " + random_json(rng, 0) + "}";
      INFO(text);
      check_same(yaml::parse_json(text, "t.jsonl"), yaml::parse_general(text, "t.yaml"), "root");
    }
  }

  TEST_CASE("escapes decode to UTF-8, surrogate pairs included") {
    const auto root = yaml::parse_json(R"(["\u00e9", "\ud83d\ude00", "a\/b", "\"\\"])", "t.jsonl");
    REQUIRE(root.items.size() == 4);
    CHECK(root.items[0].value == "\xc3\xa9");
    CHECK(root.items[1].value == "\xf0\x9f\x98\x80");
    CHECK(root.items[2].value == "a/b");
    CHECK(root.items[3].value == "\"\\");
  }

  TEST_CASE("empty text is a null root; positions count lines") {
    CHECK(yaml::parse_json("", "t.jsonl").is_null());
    CHECK(yaml::parse_json(" \t\r\n", "t.jsonl").is_null());
    const auto root = yaml::parse_json("{\n  \"a\": 1}", "t.jsonl");
    CHECK(root.entries[0].line == 2);
    CHECK(root.entries[0].column == 3);
  }

  TEST_CASE("syntax errors name the first problem and its column") {
    CHECK(json_errors(R"({"name": "Cy", "skills": )") ==
          std::vector<std::string>{"t.jsonl:1:26: expected a JSON value, found the end of the text"});
    CHECK(json_errors("{name: 1}") == std::vector<std::string>{"t.jsonl:1:2: expected a quoted key, found 'n'"});
    CHECK(json_errors(R"({"a" 1})") == std::vector<std::string>{"t.jsonl:1:6: expected ':' after the key, found '1'"});
    CHECK(json_errors(R"({"a": 1 "b": 2})") ==
          std::vector<std::string>{"t.jsonl:1:9: expected ',' or '}' after an entry, found '\"'"});
    CHECK(json_errors("[1 2]") == std::vector<std::string>{"t.jsonl:1:4: expected ',' or ']' after an item, found '2'"});
    CHECK(json_errors("{'a': 1}") == std::vector<std::string>{"t.jsonl:1:2: expected a quoted key, found '''"});
    CHECK(json_errors(R"(["a", tru])") == std::vector<std::string>{"t.jsonl:1:7: expected a JSON value, found 't'"});
    CHECK(json_errors("{} x") == std::vector<std::string>{"t.jsonl:1:4: 'x' after the end of the JSON value"});
    CHECK(json_errors("[01]") == std::vector<std::string>{"t.jsonl:1:3: expected ',' or ']' after an item, found '1'"});
    CHECK(json_errors("[1.]") == std::vector<std::string>{"t.jsonl:1:4: expected a digit after '.', found ']'"});
    CHECK(json_errors("[1e]") == std::vector<std::string>{"t.jsonl:1:4: expected a digit in the exponent, found ']'"});
    CHECK(json_errors("[-]") == std::vector<std::string>{"t.jsonl:1:3: expected a digit, found ']'"});
    CHECK(json_errors(R"(["abc)") == std::vector<std::string>{"t.jsonl:1:2: quoted text is never closed"});
    CHECK(json_errors(R"(["a\q"])") == std::vector<std::string>{"t.jsonl:1:5: unknown escape '\\q'"});
    CHECK(json_errors(R"(["\u12"])") == std::vector<std::string>{"t.jsonl:1:7: a \\u escape needs four hex digits"});
    CHECK(json_errors(R"(["\ude00"])") == std::vector<std::string>{"t.jsonl:1:3: a \\u escape holds a lone low surrogate"});
    CHECK(json_errors(R"(["\ud83d x"])") ==
          std::vector<std::string>{"t.jsonl:1:3: a \\u escape holds a high surrogate without its low half"});
    CHECK(json_errors("[\"a\tb\"]") == std::vector<std::string>{"t.jsonl:1:4: text holds the control character U+0009"});
  }

  TEST_CASE("the YAML reader's guards hold: duplicates, controls, bad UTF-8, depth, size") {
    CHECK(json_errors(R"({"a": 1, "a": 2})") == std::vector<std::string>{"t.jsonl:1:10: duplicate key 'a'"});
    CHECK(json_errors(R"({"a": "x\u0000y"})") ==
          std::vector<std::string>{"t.jsonl:1:7: text holds the control character U+0000"});
    CHECK(json_errors(R"({"a\u001b": 1})") == std::vector<std::string>{"t.jsonl:1:2: text holds the control character U+001B"});
    CHECK(json_errors("{\"a\": \"\xff\"}") == std::vector<std::string>{"t.jsonl:1:8: file is not valid UTF-8"});
    CHECK(json_errors("[[[[1]]]]", yaml::Limits{100, 3}) == std::vector<std::string>{"t.jsonl:1:4: nesting deeper than 3 levels"});
    CHECK(json_errors("[1, 2, 3]", yaml::Limits{3, 64}) ==
          std::vector<std::string>{"t.jsonl:1:8: file has more than 3 values"});
    // A deep document stops at the limit instead of running out of stack.
    CHECK(json_errors(std::string(100000, '[')).size() == 1);
  }
}
