#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <random>
#include <string>

#include "careerplan/base/input.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/load/yaml_simple.hpp"
#include "careerplan/load/yaml_tree.hpp"
#include "tree_compare.hpp"

using careerplan::test::check_same;
namespace yaml = careerplan::yaml;

namespace {

std::string key(std::uint64_t n) {
  std::string k = "k";
  k += std::to_string(n);
  return k;
}
// Random YAML in and around the subset parse_simple reads: block mappings and lists, one-line flow
// collections, plain and quoted text, comments, nulls; a third of the texts then get a few random
// edits with the characters YAML gives meaning to. Mostly tame words, some that must fall back.
std::string random_scalar(std::mt19937& rng) {
  static const char* const words[] = {"linux", "Sam Rivera", "3", "-2", "2.5", "null", "~", "Null", "true",
    "'it''s'", "\"quoted\"", "\"a # b\"", "'x: y'", "http://x.y/z", "a#b", "caf\xc3\xa9", "\"\"", "''",
    "a, b", "x[1]", "{a: 1}", "[1, 2]", "<<", "- x", "a:b", "? q", "&a x", "*a", "!t x", "|", ">", "%x", "@x",
    "a # comment", "\"esc\\\"aped\"", "'multi", "NULL", "yes", "0x1F", "a  b  ", "\xe2\x80\xa8", "\t", "b\\"};
  static const char* const tame[] = {"linux", "Sam Rivera", "3", "2.5", "true", "'it''s'", "\"quoted\"", "x y z",
    "http://x.y/z", "caf\xc3\xa9", "a#b", "null", "~", "\"k: v\"", "'#'", "x-y_z.w", "1e3", "a, b"};
  if (rng() % 10 < 7) return tame[rng() % (sizeof tame / sizeof *tame)];
  return words[rng() % (sizeof words / sizeof *words)];
}
std::string random_flow(std::mt19937& rng, int depth) {
  const int k = static_cast<int>(rng() % 6);
  if (depth > 2 || k < 3) return random_scalar(rng);
  const bool map = k == 5;
  std::string s = map ? "{" : "[";
  const int n = static_cast<int>(rng() % 4);
  for (int i = 0; i < n; ++i) {
    if (i) s += rng() % 5 ? ", " : ",";
    if (map) {
      const std::string name = rng() % 4 ? key(rng() % 5) : random_scalar(rng);
      s += name;
      s += rng() % 6 ? ": " : ":";
    }
    s += random_flow(rng, depth + 1);
  }
  if (rng() % 8) s += map ? '}' : ']';
  return s;
}
void random_block(std::mt19937& rng, std::string& out, int indent, int depth, bool seq_ok = true) {
  const auto pad = [&](int n) { return std::string(static_cast<std::size_t>(n), ' '); };
  const bool seq = seq_ok && rng() % 3 == 0;
  const int n = 1 + static_cast<int>(rng() % 4);
  for (int i = 0; i < n; ++i) {
    if (rng() % 6 == 0) out.append(pad(static_cast<int>(rng() % 6))).append("# note\n");
    if (rng() % 8 == 0) out += "\n";
    out += pad(indent);
    if (seq) out += rng() % 5 ? "- " : "-";
    else {
      const std::string name = rng() % 5 ? key(rng() % 6) : random_scalar(rng);
      out += name;
      out += rng() % 10 ? ":" : " :";
    }
    const int k = static_cast<int>(rng() % 7);
    if (depth < 4 && k == 0) {
      out += rng() % 4 ? "\n" : "  # c\n";
      random_block(rng, out, indent + 1 + static_cast<int>(rng() % 3), depth + 1);
    } else if (depth < 4 && k == 1 && !seq) {
      out += "\n";
      random_block(rng, out, indent, depth + 1);  // often an indentless list
    } else if (depth < 4 && k == 2 && seq) {
      std::string inner;
      random_block(rng, inner, 0, depth + 1, false);
      // a mapping opened on the entry's line: later lines indented to its first key
      const std::size_t first = inner.find('\n');
      out.append(" ").append(inner, 0, first + 1);
      for (std::size_t p = first + 1; p < inner.size();) {
        const std::size_t e = inner.find('\n', p);
        out.append(pad(indent + 2 + static_cast<int>(rng() % 12 == 0))).append(inner, p, e - p + 1);
        p = e + 1;
      }
    } else if (k == 3) {
      out += rng() % 3 ? "\n" : " # empty\n";
    } else {
      out += ' ';
      out += k == 4 ? random_flow(rng, 0) : random_scalar(rng);
      if (rng() % 6 == 0) out += rng() % 2 ? " # trailing" : "   ";
      out += "\n";
    }
  }
}
std::string random_yaml(std::mt19937& rng) {
  std::string s;
  if (rng() % 10 == 0) s += "# header\n";
  random_block(rng, s, static_cast<int>(rng() % 10 == 0), 0);
  if (rng() % 5 == 0) s.pop_back();  // no final newline
  if (rng() % 3 == 0) {
    static const char specials[] = " -:#,[]{}'\"\n&*!|>?%@`\\~";
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits && !s.empty(); ++e) {
      const std::size_t p = rng() % s.size();
      switch (rng() % 3) {
        case 0: s.erase(p, 1); break;
        case 1: s.insert(p, 1, specials[rng() % (sizeof specials - 1)]); break;
        default: s[p] = specials[rng() % (sizeof specials - 1)]; break;
      }
    }
  }
  return s;
}

// The simple reader either declines or builds yaml-cpp's tree exactly, and yaml-cpp accepts it.
// Returns whether it read the text.
bool check_against_yaml_cpp(const std::string& text) {
  INFO(text);
  const auto simple = yaml::parse_simple(text);
  if (!simple) return false;
  yaml::Node general;
  REQUIRE_NOTHROW(general = yaml::parse_general(text, "t.yaml"));
  check_same(*simple, general, "root");
  return true;
}

}  // namespace

TEST_SUITE("simple yaml") {
  TEST_CASE("random YAML: read as yaml-cpp reads it, positions included, or left to yaml-cpp") {
    std::mt19937 rng(20261125);
    int read = 0;
    int tried = 0;
    for (int i = 0; i < 4000; ++i) {
      const std::string text = random_yaml(rng);
      if (careerplan::first_invalid_utf8(text) != std::string::npos) continue;  // parse() refuses it first
      ++tried;
      if (check_against_yaml_cpp(text)) ++read;
    }
    // The generator must reach both sides: most edited texts fall back, most clean ones are read.
    CHECK(read > tried / 5);
    CHECK(read < tried * 4 / 5);
  }

  TEST_CASE("every sample profile is read without yaml-cpp, to the same tree") {
    int n = 0;
    for (const auto& e : std::filesystem::directory_iterator(CAREERPLAN_SOURCE_DIR "/profiles")) {
      const std::string text = careerplan::read_input(e.path().string()).text;
      INFO(e.path().string());
      CHECK(check_against_yaml_cpp(text));
      ++n;
    }
    CHECK(n >= 5);
  }

  TEST_CASE("the shapes profiles are written in") {
    for (const char* text : {
             "name: Sam Rivera\nyears_experience: 3\nskills: {linux: 4, networking: 3}\ncertifications: [comptia-a-plus]\n",
             "# a comment\nskills:\n  - {id: linux, level: 4}\n  - id: kubernetes\n    level: 2\n",
             "skills:\n- id: linux\n  level: 4\n- id: sql\n",
             "progress:\n  \"skill:sql@3\": done   # quoted keys\n  'cert:pmp': skipped\n",
             "goals:\n  tracks: [devops-sre, 'it''s']\n  stage:\n  hours_per_week: 6\nname: ~\n",
             "certifications: [itil, {id: pmp, year: 2021}]\nempty_list: []\nempty_map: {}\n",
             "name: Jos\xc3\xa9 #x\nurl: http://x.y/z#frag\nnote: a#b, c\n",
             "a:\n  b:\n    c:\n      - x\n      -\n      - y\nd:\n",
             "  indented: root\n  second: key\n",
         }) {
      CHECK(check_against_yaml_cpp(text));
    }
  }

  TEST_CASE("what it leaves to yaml-cpp") {
    for (const char* text : {
             "a: |\n  block\n", "a: >\n  folded\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "---\na: 1\n",
             "a: 1\n...\n", "%YAML 1.2\n---\na: 1\n", "a:\tb\n", "a: b\r\n", "a: \"esc\\n\"\n",
             "a: [1,\n  2]\n", "a: plain\n  continued\n", "a: 'two\n  lines'\n", "? complex\n: key\n",
             "a: 1\na: 2\n", "<<: {a: 1}\n", "null: 1\n", "a : 1\n", "- - nested\n", "just text\n",
             "a: b: c\n", "a: [x, ]\n", "a: {b}\n", "a: [b?]\n", "a: [~]\n", "\xef\xbb\xbf" "a: 1\n",
             "a: \xe2\x80\xa8\n", "a: [x] y\n", "a: -1\n", "a:\n - b\n c: d\n", "a:", "-\n -  # c\n ",
         }) {
      INFO(text);
      CHECK_FALSE(yaml::parse_simple(text).has_value());
    }
  }

  TEST_CASE("the guards hold: more values or deeper nesting than allowed is left to yaml-cpp") {
    std::string many = "list: [";
    for (int i = 0; i < 50; ++i) many += (i ? ", " : "") + std::to_string(i);
    many += "]\n";
    CHECK(yaml::parse_simple(many).has_value());
    CHECK_FALSE(yaml::parse_simple(many, yaml::Limits{40, 64}).has_value());
    std::string deep;
    for (int i = 0; i < 70; ++i) deep += std::string(static_cast<std::size_t>(i) * 2, ' ') + "k:\n";
    deep += std::string(140, ' ') + "k: v\n";
    CHECK_FALSE(yaml::parse_simple(deep).has_value());
    CHECK_THROWS_AS((void)yaml::parse(deep, "t.yaml"), careerplan::Failure);
  }

  TEST_CASE("a block key is read up to yaml-cpp's 1024 bytes; a longer one is left to yaml-cpp, which refuses it") {
    // The fuzzer found this: yaml-cpp counts the bytes from the key's first byte (a quote
    // included) to its ':'. Multi-byte text reaches the limit in fewer characters.
    const auto text = [](std::size_t bytes, const std::string& unit, const std::string& before) {
      std::string key;
      while (key.size() < bytes) key += unit;
      return before + key + ": x\n";
    };
    for (const std::string& before : {std::string(), std::string("- "), std::string("a: 1\nb:\n  ")}) {
      for (const std::string& unit : {std::string("k"), std::string("\xc2\xa9")}) {
        const std::string fits = text(1024, unit, before);
        const std::string over = text(1026, unit, before);
        INFO(before, unit);
        CHECK(yaml::parse_simple(fits).has_value());
        CHECK(check_against_yaml_cpp(fits));
        CHECK_FALSE(yaml::parse_simple(over).has_value());
        CHECK_THROWS_AS((void)yaml::parse(over, "t.yaml"), careerplan::Failure);
      }
    }
    const std::string quoted = "'" + std::string(1022, 'q') + "': x\n";
    CHECK(yaml::parse_simple(quoted).has_value());
    CHECK(check_against_yaml_cpp(quoted));
    CHECK_FALSE(yaml::parse_simple("'" + std::string(1023, 'q') + "': x\n").has_value());
  }

  TEST_CASE("a flow mapping's key has the same 1024-byte limit, counted from its first byte") {
    // Found by fuzz_yaml_simple: "{<1025 bytes>: 3}" was read here though yaml-cpp refuses it.
    for (const std::string& before : {std::string("a: {"), std::string("a: {x: 1, "), std::string("a: {   ")}) {
      const std::string fits = before + std::string(1024, 'k') + ": 3}\n";
      const std::string over = before + std::string(1025, 'k') + ": 3}\n";
      INFO(before);
      CHECK(yaml::parse_simple(fits).has_value());
      CHECK(check_against_yaml_cpp(fits));
      CHECK_FALSE(yaml::parse_simple(over).has_value());
      CHECK_THROWS_AS((void)yaml::parse(over, "t.yaml"), careerplan::Failure);
    }
    const std::string quoted = "a: {\"" + std::string(1022, 'q') + "\": 3}\n";
    CHECK(yaml::parse_simple(quoted).has_value());
    CHECK(check_against_yaml_cpp(quoted));
    CHECK_FALSE(yaml::parse_simple("a: {\"" + std::string(1023, 'q') + "\": 3}\n").has_value());
  }

  TEST_CASE("a mapping with many keys is checked for duplicates in linear time") {
    std::string text;
    for (int i = 0; i < 20000; ++i) {
      const std::string n = std::to_string(i);
      text.append("k").append(n).append(": ").append(n).append("\n");
    }
    const auto tree = yaml::parse_simple(text);
    REQUIRE(tree.has_value());
    CHECK(tree->entries.size() == 20000);
    CHECK_FALSE(yaml::parse_simple(text + "k19999: again\n").has_value());
  }
}
