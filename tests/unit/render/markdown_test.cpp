#include <doctest/doctest.h>

#include <string>

// A private helper of the core library; the test target only sees include/.
#include "careerplan/render/markdown.hpp"

using namespace std::string_literals;
using careerplan::Align;
using careerplan::markdown_escape;
using careerplan::MarkdownTable;

TEST_SUITE("markdown") {
  TEST_CASE("plain words, digits and non-ASCII letters pass through unchanged") {
    CHECK(markdown_escape("Linux 3") == "Linux 3");
    CHECK(markdown_escape("Zürich \u2013 München") == "Zürich \u2013 München");
    CHECK(markdown_escape("") == "");
  }

  TEST_CASE("a pipe is escaped so it cannot split a table cell") {
    CHECK(markdown_escape("C|C++ | 3") == "C\\|C++ \\| 3");
  }

  TEST_CASE("a backslash before a pipe is escaped too, so the pipe stays escaped") {
    CHECK(markdown_escape("a\\|b") == "a\\\\\\|b");
    CHECK(markdown_escape("a\\") == "a\\\\");
  }

  TEST_CASE("line breaks, tabs and other control characters become spaces") {
    CHECK(markdown_escape("line1\nline2") == "line1 line2");
    CHECK(markdown_escape("a\r\n===") == "a  ===");
    CHECK(markdown_escape("\n===") == " \\===");
    CHECK(markdown_escape("tab\there") == "tab here");
    CHECK(markdown_escape("\x1b[31mred") == " \\[31mred");
    CHECK(markdown_escape("nul\0byte"s) == "nul byte");
    CHECK(markdown_escape("del\x7f") == "del ");
  }

  TEST_CASE("C1 controls become a space and invalid UTF-8 becomes U+FFFD") {
    CHECK(markdown_escape("a\xc2\x85z") == "a z");
    CHECK(markdown_escape("a\xff\xfez") == "a\xEF\xBF\xBD\xEF\xBF\xBDz");
    CHECK(markdown_escape("cut \xe2\x80") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(markdown_escape("\xc0\xafoverlong") == "\xEF\xBF\xBD\xEF\xBF\xBDoverlong");
  }

  TEST_CASE("HTML is escaped so no tag survives") {
    CHECK(markdown_escape("<script>alert(1)</script>") == "\\<script>alert(1)\\</script>");
    CHECK(markdown_escape("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert(1)>");
    CHECK(markdown_escape("&amp;") == "\\&amp;");
    CHECK(markdown_escape("&#65; and &#x41;") == "\\&#65; and \\&#x41;");
    CHECK(markdown_escape("R&D, Q&A") == "R&D, Q&A");
  }

  TEST_CASE("block markers at the start of a line are escaped") {
    CHECK(markdown_escape("# heading") == "\\# heading");
    CHECK(markdown_escape("1986. A great year") == "1986\\. A great year");
    CHECK(markdown_escape("- item") == "\\- item");
    CHECK(markdown_escape("+ item") == "\\+ item");
    CHECK(markdown_escape("> quote") == "\\> quote");
    CHECK(markdown_escape("Title ##") == "Title \\##");
    CHECK(markdown_escape("C# and F#") == "C# and F#");
    CHECK(markdown_escape("  3) three") == "  3\\) three");
    CHECK(markdown_escape("***") == "\\*\\*\\*");
  }

  TEST_CASE("inline markup is escaped: code spans, emphasis, links") {
    CHECK(markdown_escape("`a|b`") == "\\`a\\|b\\`");
    CHECK(markdown_escape("*em* _u_") == "\\*em\\* \\_u\\_");
    CHECK(markdown_escape("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))");
    CHECK(markdown_escape("snake_case_id _u_") == "snake_case_id \\_u\\_");
    CHECK(markdown_escape("~~s~~") == "\\~\\~s\\~\\~");
  }

  TEST_CASE("punctuation that Markdown does not read is left alone, so the file reads as plain text") {
    CHECK(markdown_escape("profiles/junior-infra.yaml") == "profiles/junior-infra.yaml");
    CHECK(markdown_escape("(you: 3)") == "(you: 3)");
    CHECK(markdown_escape("CompTIA A+, ITIL 4: \"Foundation\"; 60-80 h. $5 @ 50% {x} ^ ? ! ' ,") ==
          "CompTIA A+, ITIL 4: \"Foundation\"; 60-80 h. $5 @ 50% {x} ^ ? ! ' ,");
  }

  TEST_CASE("a table has a header, an aligned delimiter row and padded cells") {
    MarkdownTable table({{"Skill", Align::left}, {"Level", Align::right}});
    table.add_row({"Linux", "3"});
    table.add_row({"Customer communication", "2"});
    CHECK(table.rows() == 2);
    CHECK(table.render() ==
          "| Skill                  | Level |\n"
          "| ---------------------- | ----: |\n"
          "| Linux                  |     3 |\n"
          "| Customer communication |     2 |\n");
  }

  TEST_CASE("a line break in a cell cannot end its row") {
    MarkdownTable table({{"A", Align::left}, {"B", Align::left}});
    table.add_row({"one\ntwo", "x\ry"});
    CHECK(table.render() ==
          "| A       | B   |\n"
          "| ------- | --- |\n"
          "| one two | x y |\n");
  }

  TEST_CASE("missing cells render empty and extra cells are dropped") {
    MarkdownTable table({{"A", Align::left}, {"B", Align::left}});
    table.add_row({"only"});
    table.add_row({"1", "2", "3"});
    CHECK(table.render() ==
          "| A    | B   |\n"
          "| ---- | --- |\n"
          "| only |     |\n"
          "| 1    | 2   |\n");
  }

  TEST_CASE("a table of no rows is a header and a delimiter") {
    MarkdownTable table({{"A", Align::right}});
    CHECK(table.render() == "|   A |\n| --: |\n");
  }
}
