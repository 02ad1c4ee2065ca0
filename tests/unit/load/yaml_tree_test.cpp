#include <doctest/doctest.h>

#include <string>

#include "careerplan/load/yaml_tree.hpp"
#include "loader_test_support.hpp"

using careerplan::test::errors_of;
namespace yaml = careerplan::yaml;

namespace {

std::vector<std::string> parse_errors(const std::string& text, yaml::Limits limits = {}) {
  return errors_of([&] { (void)yaml::parse(text, "t.yaml", limits); });
}

}  // namespace

TEST_SUITE("yaml tree") {
  TEST_CASE("a mapping keeps its keys in file order with positions") {
    const auto root = yaml::parse("b: 1\na: [x, 'y']\n", "t.yaml");
    REQUIRE(root.is_map());
    REQUIRE(root.entries.size() == 2);
    CHECK(root.entries[0].key == "b");
    CHECK(root.entries[1].key == "a");
    CHECK(root.entries[1].line == 2);
    CHECK(root.entries[1].column == 1);
    const auto& list = root.entries[1].value;
    REQUIRE(list.items.size() == 2);
    CHECK(list.items[0].plain);
    CHECK_FALSE(list.items[1].plain);
    CHECK(list.items[1].column == 8);
  }

  TEST_CASE("an empty file or one with only comments is a null root") {
    CHECK(yaml::parse("", "t.yaml").is_null());
    CHECK(yaml::parse("# just a comment\n", "t.yaml").is_null());
  }

  TEST_CASE("duplicate keys are errors at the second key, nested ones too") {
    CHECK(parse_errors("name: a\nname: b\n") == std::vector<std::string>{"t.yaml:2:1: duplicate key 'name'"});
    CHECK(parse_errors("s:\n  x: 1\n  x: 2\n") == std::vector<std::string>{"t.yaml:3:3: duplicate key 'x'"});
  }

  TEST_CASE("anchors and aliases are refused once per file, so a billion laughs cannot flood") {
    CHECK(parse_errors("a: &x 1\nb: *x\nc: *x\n") ==
          std::vector<std::string>{"t.yaml:1:4: anchors (&x) are not allowed", "t.yaml:2:4: aliases (*name) are not allowed"});
  }

  TEST_CASE("a cyclic alias is refused without walking it") {
    CHECK(parse_errors("&a [*a]\n").size() == 2);
    CHECK(parse_errors("&:\n: \n*:\n: ").size() >= 2);
  }

  TEST_CASE("merge keys, non-string keys, tags and a second document are refused") {
    CHECK(parse_errors("<<: {a: 1}\n") == std::vector<std::string>{"t.yaml:1:1: merge keys (<<) are not supported"});
    CHECK(parse_errors("? [k]\n: v\n") == std::vector<std::string>{"t.yaml:1:3: mapping keys must be plain strings"});
    CHECK(parse_errors("a: !!str x\n") == std::vector<std::string>{"t.yaml:1:4: tags (tag:yaml.org,2002:str) are not supported"});
    CHECK(parse_errors("a: 1\n---\nb: 2\n") == std::vector<std::string>{"t.yaml:2:1: only one YAML document is allowed per file"});
  }

  TEST_CASE("bad UTF-8 and NUL bytes are refused with the byte's position") {
    CHECK(parse_errors("a: ok\nb: \xc0\xaf\n") == std::vector<std::string>{"t.yaml:2:4: file is not valid UTF-8"});
    CHECK(parse_errors("a: \xed\xa0\x80\n") == std::vector<std::string>{"t.yaml:1:4: file is not valid UTF-8"});
    CHECK(parse_errors(std::string("a: \"x\0y\"\n", 9)) == std::vector<std::string>{"t.yaml:1:6: file holds a NUL byte"});
  }

  TEST_CASE("control characters in values are refused") {
    CHECK(parse_errors("a: \"\\e[31m\"\n") == std::vector<std::string>{"t.yaml:1:4: text holds the control character U+001B"});
    CHECK(parse_errors("a: \"\\u009b\"\n") == std::vector<std::string>{"t.yaml:1:4: text holds the control character U+009B"});
    CHECK(parse_errors("a: \"tab\\there\"\n").empty());
  }

  TEST_CASE("an unterminated quote at the end of the file is an error, not a silent value") {
    CHECK(parse_errors("a: \"Alice\n") == std::vector<std::string>{"t.yaml:1:4: quoted text is never closed"});
    CHECK(parse_errors("a: 'it''s'\n").empty());
  }

  TEST_CASE("size and depth limits stop hostile input early") {
    yaml::Limits limits;
    limits.max_nodes = 10;
    CHECK(parse_errors("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n", limits) ==
          std::vector<std::string>{"t.yaml:1:29: file has more than 10 values"});
    limits = {};
    limits.max_depth = 3;
    CHECK(parse_errors("[[[[1]]]]\n", limits) == std::vector<std::string>{"t.yaml:1:4: nesting deeper than 3 levels"});
    CHECK(parse_errors(std::string(100000, '[')).size() == 1);
  }

  TEST_CASE("nested flow collections are refused at level 65 before yaml-cpp reads ahead") {
    // 4 MB of '[' made yaml-cpp hold a gigabyte of tokens before its first event.
    CHECK(parse_errors(std::string(4'000'000, '[')) == std::vector<std::string>{"t.yaml:1:65: nesting deeper than 64 levels"});
    CHECK(parse_errors("skills: " + std::string(100'000, '[')) ==
          std::vector<std::string>{"t.yaml:1:72: nesting deeper than 64 levels"});
    CHECK(parse_errors("a:\n  - b: " + std::string(100, '{')) ==
          std::vector<std::string>{"t.yaml:2:69: nesting deeper than 64 levels"});
    // A flow collection nested in another is read to its end by yaml-cpp: the value limit too.
    yaml::Limits limits;
    limits.max_nodes = 10;
    // The pass counts only the flow values it can prove (the two lists and 1 to 9): at '9'.
    CHECK(parse_errors("a: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]\n", limits) ==
          std::vector<std::string>{"t.yaml:1:30: file has more than 10 values"});
  }

  TEST_CASE("unclosed flow collections are reported as unclosed, however many") {
    for (const std::size_t n : std::vector<std::size_t>{1, 32, 33, 64}) {
      INFO(n << " unclosed");
      CHECK(parse_errors(std::string(n, '[')) == std::vector<std::string>{"t.yaml:1:1: end of sequence flow not found"});
    }
    CHECK(parse_errors(std::string(65, '[')) == std::vector<std::string>{"t.yaml:1:65: nesting deeper than 64 levels"});
  }

  TEST_CASE("brackets that open nothing are not counted as nesting") {
    const std::string deep(100, '[');
    const std::string closing(100, ']');
    // In quoted text, a block scalar, a comment, a plain value and its continuation lines.
    CHECK(yaml::parse("a: \"" + deep + "\"\nb: '" + deep + "'\n", "t.yaml").entries.size() == 2);
    CHECK(yaml::parse("a: |\n  " + deep + "\n  " + deep + "\nb: >\n  " + deep + "\n", "t.yaml").entries.size() == 2);
    CHECK(yaml::parse("a: 1 # " + deep + "\nb: x" + deep + "\n", "t.yaml").entries.size() == 2);
    CHECK(yaml::parse("a: one\n  " + deep + "\n  two\n", "t.yaml").entries[0].value.value == "one " + deep + " two");
    CHECK(yaml::parse("- it's [x]\n- [it's, \"a]\", 'b]']\n- " + deep.substr(0, 40) + closing.substr(0, 40) + "\n", "t.yaml")
              .items.size() == 3);
  }

  TEST_CASE("yaml-cpp's own syntax errors come through with their position and a tab hint") {
    try {
      (void)yaml::parse("a:\n\tb: 1\n", "t.yaml");
      FAIL("expected a failure");
    } catch (const careerplan::Failure& f) {
      REQUIRE(f.diagnostics().size() == 1);
      CHECK(f.diagnostics()[0].where.line == 2);
      REQUIRE(f.diagnostics()[0].hints.size() == 1);
      CHECK(f.diagnostics()[0].hints[0] == "YAML forbids tabs for indentation; use spaces");
    }
  }
}
