// Every official figure of the built-in pack (issue #17) against tests/facts/official-facts.tsv:
// each figure the content states must have a row naming its URL, edition and a grade of A, A-data
// or B, each row must be a figure the content states, and every track shows an official median or
// says why none exists. A figure cannot enter content/ without a source someone checked.
#include <doctest/doctest.h>

#include <algorithm>
#include <fmt/format.h>
#include <sstream>
#include <string>
#include <vector>

#include "careerplan/base/input.hpp"
#include "careerplan/load/content_loader.hpp"

using namespace careerplan;

namespace {

struct Row {
  std::string kind, item, of, value, url, edition, grade;
  bool operator==(const Row&) const = default;
};

std::vector<Row> table_rows() {
  const std::string text = read_input(CAREERPLAN_SOURCE_DIR "/tests/facts/official-facts.tsv").text;
  std::vector<Row> rows;
  std::istringstream in(text);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> cells;
    std::size_t from = 0;
    for (std::size_t tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', from)) {
      cells.push_back(line.substr(from, tab - from));
      from = tab + 1;
    }
    cells.push_back(line.substr(from));
    REQUIRE_MESSAGE(cells.size() == 7, line);
    rows.push_back(Row{cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]});
  }
  return rows;
}

// The row a figure of the content must match: its source's URL, edition and grade.
Row row_for(const Content& c, std::string kind, std::string_view item, std::string of, std::string value,
            const SourceRef& ref) {
  const Source& s = c.source_of(ref);
  return Row{std::move(kind), std::string(item), std::move(of), std::move(value), std::string(s.url),
             s.edition.empty() ? "-" : std::string(s.edition), std::string(grade_name(s.grade))};
}

std::vector<Row> content_rows(const Content& c) {
  std::vector<Row> rows;
  for (const auto& t : c.tracks) {
    for (const auto& o : t.occupations) {
      rows.push_back(row_for(c, "job_zone", t.id, std::string(o.onet_soc), std::to_string(o.job_zone), o.source));
    }
    if (t.official_wage) {
      const auto& w = *t.official_wage;
      rows.push_back(row_for(c, "median_wage", t.id, fmt::format("{} {}", w.occupation, w.reference),
                             fmt::format("{}", w.median), w.source));
    }
    if (t.outlook) {
      rows.push_back(row_for(c, "outlook", t.id, std::string(t.outlook->decade), std::to_string(t.outlook->percent),
                             t.outlook->source));
    }
  }
  for (const auto& cert : c.certifications) {
    for (const auto& f : cert.exam_facts) {
      rows.push_back(row_for(c, "exam", cert.id, std::string(exam_fact_name(f.kind)), std::string(f.value), f.source));
    }
  }
  return rows;
}

std::string describe(const Row& r) { return fmt::format("{} {} {} = {} ({}, {}, grade {})", r.kind, r.item, r.of, r.value, r.url, r.edition, r.grade); }

}  // namespace

TEST_SUITE("official facts") {
  TEST_CASE("every official figure in the content has a row naming its URL, edition and grade, and every row is in the content") {
    const Content& c = builtin_content();
    const auto table = table_rows();
    const auto content = content_rows(c);
    CHECK(table.size() >= 90);
    for (const auto& r : content) {
      CHECK_MESSAGE(std::count(table.begin(), table.end(), r) == 1, "not in the facts table (or twice): " << describe(r));
    }
    for (const auto& r : table) {
      CHECK_MESSAGE(std::count(content.begin(), content.end(), r) == 1, "not in the content: " << describe(r));
    }
  }

  TEST_CASE("every row is graded A, A-data or B and names a URL") {
    for (const auto& r : table_rows()) {
      CHECK_MESSAGE((r.grade == "A" || r.grade == "A-data" || r.grade == "B"), describe(r));
      CHECK_MESSAGE(r.url.starts_with("http"), describe(r));
    }
  }

  TEST_CASE("every source of an official figure says when it was checked") {
    const Content& c = builtin_content();
    for (const auto& s : c.sources) {
      if (s.grade == Grade::none) continue;
      CHECK_MESSAGE(s.checked.size() == 10, s.id);
      CHECK_MESSAGE(!s.publisher.empty(), s.id);
    }
  }

  TEST_CASE("every track shows an official median or says why none exists, and the seed salaries stay the seed's") {
    const Content& c = builtin_content();
    for (const auto& t : c.tracks) {
      CHECK_MESSAGE((t.official_wage.has_value() != !t.no_occupation.empty()), t.id);
      if (t.salary) CHECK(c.source_of(t.salary->source).id == "career-card");
    }
  }

  TEST_CASE("the renamed AWS exam says so, with its date") {
    const Content& c = builtin_content();
    const auto& cert = c.certifications[c.cert_ids.find("aws-sysops-administrator-associate")->second];
    const auto renamed = std::find_if(cert.exam_facts.begin(), cert.exam_facts.end(),
                                      [](const ExamFact& f) { return f.kind == ExamFactKind::renamed; });
    REQUIRE(renamed != cert.exam_facts.end());
    CHECK(renamed->value.find("CloudOps Engineer") != std::string_view::npos);
    CHECK(renamed->value.find("30 September 2025") != std::string_view::npos);
  }
}
