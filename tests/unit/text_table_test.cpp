#include "careerplan/text_table.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using careerplan::display_width;
using careerplan::TextTable;

namespace {

std::size_t widest_line(const std::string& text) {
  std::istringstream in(text);
  std::size_t widest = 0;
  for (std::string line; std::getline(in, line);) widest = std::max(widest, display_width(line));
  return widest;
}

TextTable sample() {
  TextTable t({"ID", "TITLE", "FOCUS"});
  t.add_row({"application-support", "Application Support Specialist", "Application-level issues"});
  t.add_row({"devops-sre", "DevOps / Site Reliability Engineer", "Fusing development with operations"});
  return t;
}

}  // namespace

TEST_SUITE("text table") {
  TEST_CASE("a table that fits is aligned on two spaces, without trailing blanks") {
    TextTable t({"ID", "NAME"});
    t.add_row({"linux", "Linux"});
    t.add_row({"sql", "SQL"});
    CHECK(t.render(80) == "ID     NAME\nlinux  Linux\nsql    SQL\n");
    CHECK(t.render() == t.render(80));
  }

  TEST_CASE("a table too wide narrows its widest columns and wraps cells inside them") {
    const std::string out = sample().render(60);
    CHECK(widest_line(out) <= 60);
    CHECK(out.find("application-support") != std::string::npos);  // ids are never broken
    CHECK(out.find("devops-sre ") == out.find("devops-sre"));
  }

  TEST_CASE("a table that cannot fit even narrowed prints one block per row") {
    TextTable t({"ID", "LEADS TO"});
    t.add_row({"junior-production-support-engineer", "production-support-engineer"});
    t.add_row({"entry-level-it-support", "junior-production-support-engineer"});
    CHECK(t.render(40) ==
          "ID        junior-production-support-engineer\n"
          "LEADS TO  production-support-engineer\n"
          "\n"
          "ID        entry-level-it-support\n"
          "LEADS TO  junior-production-support-engineer\n");
  }

  TEST_CASE("colour codes take no columns, so coloured and plain cells line up alike") {
    CHECK(display_width("\x1b[1mLinux\x1b[0m") == 5);
    CHECK(display_width("caf\xc3\xa9") == 4);
    TextTable plain({"A", "B"});
    plain.add_row({"x", "y"});
    TextTable coloured({"A", "B"});
    coloured.add_row({"\x1b[32mx\x1b[0m", "y"});
    CHECK(coloured.render(80) == "A  B\n\x1b[32mx\x1b[0m  y\n");
    CHECK(plain.render(80) == "A  B\nx  y\n");
  }
}
