#include "careerplan/base/diagnostics.hpp"

#include <doctest/doctest.h>

#include <string>

using careerplan::Diagnostic;
using careerplan::Diagnostics;
using careerplan::ExitCode;
using careerplan::Failure;
using careerplan::format_diagnostic;
using careerplan::Location;

TEST_SUITE("diagnostics") {
  TEST_CASE("a diagnostic with a position names file, line and column") {
    const Diagnostic d{Location{"profile.yaml", 2, 7}, "duplicate key 'name'", {}};
    CHECK(format_diagnostic(d) == "careerplan: profile.yaml:2:7: error: duplicate key 'name'");
  }

  TEST_CASE("a diagnostic without a line names only the file") {
    const Diagnostic d{Location{"x.yaml", 0, 0}, "No such file or directory", {}};
    CHECK(format_diagnostic(d) == "careerplan: x.yaml: error: No such file or directory");
  }

  TEST_CASE("a diagnostic with a line but no column omits the column") {
    const Diagnostic d{Location{"x.yaml", 4, 0}, "bad", {}};
    CHECK(format_diagnostic(d) == "careerplan: x.yaml:4: error: bad");
  }

  TEST_CASE("a diagnostic without a file has no location") {
    const Diagnostic d{Location{}, "cannot write to stdout: No space left on device", {}};
    CHECK(format_diagnostic(d) ==
          "careerplan: error: cannot write to stdout: No space left on device");
  }

  TEST_CASE("hints follow on indented lines without a trailing newline") {
    const Diagnostic d{Location{"p.yaml", 3, 1},
                       "unknown skill 'kubernets'",
                       {"did you mean 'kubernetes'?", "see docs/profile.md"}};
    CHECK(format_diagnostic(d) ==
          "careerplan: p.yaml:3:1: error: unknown skill 'kubernets'\n"
          "  hint: did you mean 'kubernetes'?\n"
          "  hint: see docs/profile.md");
  }

  TEST_CASE("control bytes in every part are escaped") {
    const Diagnostic d{
        Location{"a\x1b[2J\nb.yaml", 1, 1}, "value '\x1b]0;pwned\x07' \xFF", {"try \x9b"}};
    CHECK(format_diagnostic(d) ==
          "careerplan: a\\x1b[2J\\x0ab.yaml:1:1: error: value '\\x1b]0;pwned\\x07' \\xff\n"
          "  hint: try \\x9b");
  }

  TEST_CASE("a failure's what() is its first diagnostic") {
    const Failure failure(ExitCode::data, {Diagnostic{Location{"a.yaml", 1, 2}, "first", {}},
                                           Diagnostic{Location{"a.yaml", 3, 4}, "second", {}}});
    CHECK(std::string(failure.what()) == "careerplan: a.yaml:1:2: error: first");
    CHECK(failure.code() == ExitCode::data);
    CHECK(failure.diagnostics().size() == 2);
  }

  TEST_CASE("a failure built from one location carries that diagnostic and its hints") {
    const Failure failure(ExitCode::no_input, Location{"x.yaml", 0, 0}, "Permission denied",
                          {"check the file's mode"});
    CHECK(std::string(failure.what()) ==
          "careerplan: x.yaml: error: Permission denied\n  hint: check the file's mode");
    CHECK(failure.code() == ExitCode::no_input);
    REQUIRE(failure.diagnostics().size() == 1);
    CHECK(failure.diagnostics()[0].hints.size() == 1);
  }

  TEST_CASE("a failure without diagnostics still explains itself") {
    const Failure failure(ExitCode::software, std::vector<Diagnostic>{});
    CHECK(std::string(failure.what()) == "careerplan: error: unknown failure");
  }

  TEST_CASE("diagnostics collect in order and append keeps both lists") {
    Diagnostics first;
    CHECK(first.empty());
    first.error(Location{"a.yaml", 1, 1}, "one");
    Diagnostics second;
    second.error(Location{"b.yaml", 2, 2}, "two", {"hint"});
    first.append(second);
    REQUIRE(first.items().size() == 2);
    CHECK(first.items()[0].message == "one");
    CHECK(first.items()[1].message == "two");
    CHECK(first.items()[1].hints == std::vector<std::string>{"hint"});
  }

  TEST_CASE("throw_if_any is silent when empty and throws every diagnostic otherwise") {
    Diagnostics diags;
    CHECK_NOTHROW(careerplan::throw_if_any(diags));
    diags.error(Location{"a.yaml", 1, 1}, "one");
    diags.error(Location{"a.yaml", 2, 1}, "two");
    try {
      careerplan::throw_if_any(diags);
      FAIL("expected a Failure");
    } catch (const Failure& failure) {
      CHECK(failure.code() == ExitCode::data);
      CHECK(failure.diagnostics().size() == 2);
    }
    CHECK_THROWS_AS(careerplan::throw_if_any(diags, ExitCode::usage), Failure);
  }

  TEST_CASE("exit codes follow sysexits") {
    CHECK(static_cast<int>(ExitCode::usage) == 64);
    CHECK(static_cast<int>(ExitCode::data) == 65);
    CHECK(static_cast<int>(ExitCode::no_input) == 66);
    CHECK(static_cast<int>(ExitCode::software) == 70);
    CHECK(static_cast<int>(ExitCode::cant_create) == 73);
    CHECK(static_cast<int>(ExitCode::io) == 74);
  }

  TEST_CASE("past 100 errors in one file, one line counts the rest") {
    Diagnostics diags;
    for (int i = 1; i <= 250; ++i) diags.error(Location{"big.yaml", i, 1}, "bad");
    diags.error(Location{"other.yaml", 1, 1}, "also bad");
    REQUIRE(diags.items().size() == 102);
    CHECK(diags.items()[99].where.line == 100);
    CHECK(format_diagnostic(diags.items()[100]) ==
          "careerplan: big.yaml: error: 150 more errors in this file not shown (at most 100 are shown)\n"
          "  hint: fix the errors shown and run again");
    CHECK(format_diagnostic(diags.items()[101]) == "careerplan: other.yaml:1:1: error: also bad");
    CHECK_FALSE(diags.will_show("big.yaml"));
    CHECK(diags.will_show("other.yaml"));
    CHECK(diags.will_show("new.yaml"));
  }

  TEST_CASE("the count survives being copied into another collection") {
    Diagnostics first;
    for (int i = 1; i <= 101; ++i) first.error(Location{"a.yaml", i, 1}, "bad");
    Diagnostics all;
    all.append(first);
    const Failure failure(ExitCode::data, first.items());
    for (const auto& d : failure.diagnostics()) all.add(d);
    REQUIRE(all.items().size() == 101);
    CHECK(all.items()[100].message == "102 more errors in this file not shown (at most 100 are shown)");
  }
}
