#include "careerplan/base/text_table.hpp"

#include <doctest/doctest.h>

#include <algorithm>
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

namespace {

// The wrapping contract stated word by word (the shape append_wrapped had before it copied runs):
// words split at spaces, a line breaks before a word that would pass `width`, `first` before the
// first line and `rest` before the others.
std::string wrap_word_by_word(std::string_view text, std::size_t width, std::string_view first, std::string_view rest) {
  std::string out;
  bool open = false, any = false;
  std::size_t line_width = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t end = std::min(text.find(' ', pos), text.size());
    const std::string_view word = text.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    const std::size_t w = display_width(word);
    if (open && width > 0 && line_width + 1 + w > width) out += '\n', open = false;
    if (open) {
      out += ' ';
      ++line_width;
    } else {
      out += any ? rest : first;
      any = open = true;
      line_width = 0;
    }
    out += word;
    line_width += w;
  }
  if (!any) out += first;
  return out;
}

}  // namespace

TEST_SUITE("wrapping") {
  TEST_CASE("text wraps at spaces under a hanging prefix, runs of spaces become one") {
    using careerplan::hanging_text;
    using careerplan::wrap;
    CHECK(wrap("one two three four", 9, "> ") == "> one two\n> three\n> four");
    CHECK(wrap("one  two   three", 0, "") == "one two three");
    CHECK(wrap("  ", 10, "> ") == "> ");
    CHECK(wrap("", 10, "") == "");
    CHECK(wrap("averyveryverylongword x", 5, "") == "averyveryverylongword\nx");
    CHECK(hanging_text("  1. ", "Raise Log analysis to level 2 now", 30) ==
          "  1. Raise Log analysis to\n     level 2 now\n");
    // Colour codes take no columns, UTF-8 sequences one each.
    CHECK(wrap("\x1b[1mbold\x1b[0m word", 9, "") == "\x1b[1mbold\x1b[0m word");
    CHECK(wrap("caf\xc3\xa9 caf\xc3\xa9", 9, "") == "caf\xc3\xa9 caf\xc3\xa9");
    CHECK(wrap("caf\xc3\xa9 caf\xc3\xa9", 8, "") == "caf\xc3\xa9\ncaf\xc3\xa9");
    // A hanging indent wider than the built-in run of spaces.
    const std::string wide(70, '-');
    CHECK(hanging_text(wide, "a b", 90) == wide + "a b\n");
    CHECK(hanging_text(wide, "aaaaaaaaaa bbbbbbbbbbbbbbb", 90) == wide + "aaaaaaaaaa\n" + std::string(70, ' ') + "bbbbbbbbbbbbbbb\n");
  }

  TEST_CASE("display width counts code points, colour codes none, at every offset") {
    // The reference: one byte at a time, a colour code skipped to its 'm'.
    const auto reference = [](std::string_view s) {
      std::size_t n = 0;
      for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\x1b' && i + 1 < s.size() && s[i + 1] == '[' && s.find('m', i) != std::string_view::npos) {
          i = s.find('m', i);
          continue;
        }
        n += (static_cast<unsigned char>(s[i]) & 0xc0u) != 0x80u;
      }
      return n;
    };
    const std::string_view inserts[] = {"\x1b[1m", "\xc3\xa9", "\xe2\x80\x93", "\x1b", "m"};
    for (std::size_t length = 0; length < 24; ++length) {
      for (std::size_t at = 0; at <= length; ++at) {
        for (const auto insert : inserts) {
          std::string s(length, 'a');
          s.insert(at, insert);
          INFO("length " << length << " at " << at);
          REQUIRE(display_width(s) == reference(s));
        }
      }
    }
  }

  TEST_CASE("wrapping agrees with the word-by-word statement on random text") {
    // Words of letters, UTF-8, colour codes and a stray escape, one to three spaces apart.
    const std::string_view pieces[] = {"a", "bb", "word", "longerword", "\xc3\xa9", "\xe6\x9d\xb1", "\x1b[1m", "\x1b[0m", "\x1b", "m", "-"};
    unsigned seed = 12345;
    const auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
    for (int round = 0; round < 4000; ++round) {
      // Every other round is plain: ASCII words one space apart, the text a line at a time takes.
      const bool plain = round % 2 == 0;
      std::string text;
      const unsigned words = next() % 30;
      for (unsigned w = 0; w < words; ++w) {
        if (w > 0 || !plain) text.append(!plain && next() % 4 == 0 ? 1 + next() % 3 : 1, ' ');
        for (unsigned k = 1 + next() % 3; k-- > 0;) text += pieces[next() % (plain ? 4 : std::size(pieces))];
      }
      if (!plain && next() % 2) text += ' ';
      const std::size_t width = next() % 5 == 0 ? 0 : 1 + next() % 40;
      INFO("text: " << text << " width: " << width);
      REQUIRE(careerplan::wrap(text, width, "> ") == wrap_word_by_word(text, width, "> ", "> "));
      // hanging_text: the prefix's width comes off the line, leaving at least 20 columns.
      const std::size_t room = width == 0 ? 0 : std::max<std::size_t>(width > 4 ? width - 4 : 0, 20);
      REQUIRE(careerplan::hanging_text("  - ", text, width) == wrap_word_by_word(text, room, "  - ", "    ") + "\n");
    }
  }

  TEST_CASE("with a wrap column only that column wraps; ids and titles stay whole, and no blocks") {
    TextTable table({"ID", "TITLE", "FOCUS"});
    table.add_row({"infrastructure-support", "Infrastructure Support Engineer", "servers, networks, storage and the tools that watch them"});
    table.set_wrap_column(2);
    const std::string out = table.render(80);
    CHECK(out ==
          "ID                      TITLE                            FOCUS\n"
          "infrastructure-support  Infrastructure Support Engineer  servers, networks,\n"
          "                                                         storage and the tools\n"
          "                                                         that watch them\n");
    // Narrower than the ids and titles: the lines stay long rather than break a title.
    const std::string narrow = table.render(40);
    CHECK(narrow.find("infrastructure-support  Infrastructure Support Engineer  ") != std::string::npos);
    CHECK(narrow.find("ID  ") == 0);
  }

  TEST_CASE("width 0 keeps every record on one line") {
    TextTable table({"ID", "FOCUS"});
    table.add_row({"a", std::string(300, 'x') + " " + std::string(300, 'y')});
    table.set_wrap_column(1);
    const std::string out = table.render(0);
    CHECK(std::count(out.begin(), out.end(), '\n') == 2);
  }

  TEST_CASE("tsv is a header line and a line per row, tabs and line breaks in cells made spaces") {
    TextTable table({"ID", "NAME"});
    table.add_row({"a", "one\ttwo\nthree"});
    table.add_row({"b"});
    CHECK(table.render_tsv() == "ID\tNAME\na\tone two three\nb\t\n");
  }
}
