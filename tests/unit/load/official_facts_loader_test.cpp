// The official facts' keys (issue #17): sources' grades and dates, a track's occupations, official
// wage and outlook, a certification's exam facts; what the loader accepts, what it refuses, and
// that a compiled pack keeps every one of them.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/load/pack_format.hpp"
#include "careerplan/plan/route.hpp"
#include "content_equal.hpp"
#include "loader_test_support.hpp"

using namespace careerplan;
using careerplan::test::errors_of;

namespace {

constexpr const char* k_pack = R"(pack: {name: tiny}
sources:
  - {id: notes, title: Notes, estimate: true}
  - {id: bls, title: BLS page, publisher: BLS, edition: "OOH 2024–34", url: "https://www.bls.gov/x", checked: "2026-12-07", grade: A}
skills:
  - id: linux
    name: Linux
    category: technical
    levels: [a, b, c, d, e]
    effort: {hours: [[1, 2], [2, 4], [4, 8], [8, 16], [16, 32]], source: notes}
certifications:
  - id: cert
    name: Cert
    issuer: Issuer
    prep_hours: {low: 1, high: 2, source: notes}
    exam:
      name: "EX-1"
      facts:
        - {fact: minutes, value: "90", source: bls}
        - {fact: renamed, value: "Old name became EX-1 on 1 May 2025", source: bls}
    source: notes
stages:
  - {id: start, title: Start, description: First, source: notes}
tracks:
  - id: ops
    title: Operations
    focus: Running things
    description: Keeps systems up
    key_skills: [{skill: linux, level: 3}]
    role_aliases: ["Systems Administrator"]
    occupations:
      - {soc: "15-1244", onet_soc: "15-1244.00", title: "Admins", job_zone: 4, related: ["15-1231.00 Support"], source: bls}
    official_wage: {occupation: "15-1244", median: 90520, currency: USD, period: year, reference: "May 2022", source: bls}
    outlook: {percent: -2, decade: "2022–32", source: bls}
    source: notes
  - id: new
    title: New
    focus: New things
    description: Not classified yet
    key_skills: [{skill: linux, level: 2}]
    no_occupation: "No occupation code covers it."
    source: notes
)";

Content load_text(const std::string& text) {
  const std::vector<TextFile> files{TextFile{"f.yaml", text}};
  return load_content(files);
}

std::vector<std::string> errors(const std::string& text) {
  return errors_of([&] { (void)load_text(text); });
}

// The pack with one piece of text replaced.
std::string with(std::string_view from, std::string_view to) {
  std::string text = k_pack;
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

}  // namespace

TEST_SUITE("official facts in content") {
  TEST_CASE("sources, occupations, wages, outlooks and exam facts load and survive a compiled pack") {
    const Content c = load_text(k_pack);
    const Source& bls = c.sources[1];
    CHECK(bls.grade == Grade::a);
    CHECK(bls.edition == "OOH 2024–34");
    CHECK(bls.checked == "2026-12-07");
    const Track& t = c.tracks[0];
    REQUIRE(t.occupations.size() == 1);
    CHECK(t.occupations[0].job_zone == 4);
    CHECK(t.occupations[0].related == std::vector<std::string_view>{"15-1231.00 Support"});
    REQUIRE(t.official_wage);
    CHECK(t.official_wage->median == 90520);
    CHECK(t.official_wage->reference == "May 2022");
    REQUIRE(t.outlook);
    CHECK(t.outlook->percent == -2);
    CHECK(c.tracks[1].no_occupation == "No occupation code covers it.");
    REQUIRE(c.certifications[0].exam_facts.size() == 2);
    CHECK(c.certifications[0].exam_facts[1].kind == ExamFactKind::renamed);
    const Content back = read_pack(write_pack(c), "p.cpk");
    CHECK(careerplan::test::content_differences(c, back) == std::vector<std::string>{});
  }

  TEST_CASE("a grade of C or D is refused, and so is every figure citing that source") {
    CHECK(errors(with("grade: A}", "grade: C}")) ==
          std::vector<std::string>{"f.yaml:4:134: grade must be A, A-data or B, found 'C'",
                                   "f.yaml:19:48: exam fact cites source 'bls', which has no grade",
                                   "f.yaml:20:80: exam fact cites source 'bls', which has no grade",
                                   "f.yaml:32:121: occupation cites source 'bls', which has no grade",
                                   "f.yaml:33:119: official_wage cites source 'bls', which has no grade",
                                   "f.yaml:34:57: outlook cites source 'bls', which has no grade"});
  }

  TEST_CASE("an official figure citing a source without a grade is refused") {
    CHECK(errors(with("reference: \"May 2022\", source: bls}", "reference: \"May 2022\", source: notes}")) ==
          std::vector<std::string>{"f.yaml:33:119: official_wage cites source 'notes', which has no grade"});
  }

  TEST_CASE("a wage for an occupation the track does not have is refused") {
    CHECK(errors(with("official_wage: {occupation: \"15-1244\"", "official_wage: {occupation: \"15-9999\"")) ==
          std::vector<std::string>{
              "f.yaml:33:33: official_wage is for occupation '15-9999', which is not one of the track's occupations"});
  }

  TEST_CASE("an unknown exam fact gets a suggestion, and codes and dates must have their shape") {
    CHECK(errors(with("fact: minutes", "fact: minuts")) ==
          std::vector<std::string>{"f.yaml:19:18: unknown exam fact 'minuts' (did you mean 'minutes'?)"});
    CHECK(errors(with("onet_soc: \"15-1244.00\"", "onet_soc: \"15-1244\"")) ==
          std::vector<std::string>{"f.yaml:32:36: onet_soc must look like 15-1242.00, found '15-1244'"});
    CHECK(errors(with("checked: \"2026-12-07\"", "checked: \"7 Dec 2026\"")) ==
          std::vector<std::string>{"f.yaml:4:113: checked must be a date like 2026-12-07, found '7 Dec 2026'"});
  }

  TEST_CASE("a track cannot both have occupations and say it has none") {
    CHECK(errors(with("    role_aliases:", "    no_occupation: \"none\"\n    role_aliases:")) ==
          std::vector<std::string>{"f.yaml:30:20: track 'ops' has occupations and a no_occupation reason"});
  }

  TEST_CASE("role aliases name their track for a route, after titles and roles") {
    const Content c = load_text(k_pack);
    const auto target = resolve_route_target(c, "systems administrator");
    REQUIRE(target);
    REQUIRE(target->nodes.size() == 1);
    CHECK(target->nodes[0].kind == NodeKind::track);
    CHECK(target->label == "Systems Administrator");
    const auto builtin = resolve_route_target(builtin_content(), "SQL DBA");
    REQUIRE(builtin);
    CHECK(builtin->nodes[0].index == builtin_content().track_ids.at("database-administration"));
  }
}
