#include <doctest/doctest.h>
#include <fmt/format.h>

#include "careerplan/load/content_loader.hpp"
#include "loader_test_support.hpp"

using namespace careerplan;
using careerplan::test::errors_of;

namespace {

const char* const k_base = R"(pack: {name: tiny, title: Tiny}
sources:
  - {id: notes, title: Notes, estimate: true}
skills:
  - id: linux
    name: Linux
    category: technical
    aliases: [gnu-linux]
    levels: [a, b, c, d, e]
    effort: {hours: [[1, 2], [2, 4], [4, 8], [8, 16], [16, 32]], source: notes}
stages:
  - {id: start, title: Start, description: First, leads_to: [next], source: notes}
  - {id: next, title: Next, description: Second, requires: {skill: {linux: 2}}, source: notes}
tracks:
  - id: ops
    title: Operations
    focus: Running things
    description: Keeps systems up
    key_skills: [{skill: gnu-linux, level: 3, weight: 2, essential: true}]
    source: {id: notes, section: Ops}
)";

Content load(const std::vector<std::string>& texts, const Content* base = nullptr) {
  std::vector<TextFile> files;
  for (std::size_t i = 0; i < texts.size(); ++i) files.push_back(TextFile{fmt::format("f{}.yaml", i), texts[i]});
  return load_content(files, base);
}

std::vector<std::string> content_errors(const std::vector<std::string>& texts) {
  return errors_of([&] { (void)load(texts); });
}

}  // namespace

TEST_SUITE("content loader") {
  TEST_CASE("a small pack loads with ids, aliases, rules and sources resolved") {
    const Content c = load({k_base});
    CHECK(c.name == "tiny");
    REQUIRE(c.skills.size() == 1);
    CHECK(c.skill_ids.at("gnu-linux") == 0);
    CHECK(c.skills[0].effort[4].range.high == 32);
    CHECK(c.sources[c.skills[0].effort[0].source.source].estimate);
    REQUIRE(c.stages.size() == 2);
    CHECK(c.stages[0].leads_to == std::vector<Index>{1});
    CHECK(c.stages[1].requirements.kind == RuleKind::skill);
    CHECK(c.stages[1].requirements.level == 2);
    CHECK(c.stages[1].inferred_when.kind == RuleKind::skill);
    REQUIRE(c.tracks.size() == 1);
    CHECK(c.tracks[0].key_skills[0].essential);
    CHECK(c.tracks[0].source.section == "Ops");
  }

  TEST_CASE("display names are filed too, in any case, without taking an id's or alias's place") {
    const Content c = load({k_base});
    CHECK(c.track_ids.find_name("Operations")->second == 0);
    CHECK(c.track_ids.find_name("OPERATIONS")->second == 0);
    CHECK(c.stage_ids.find_name("Next")->second == 1);
    CHECK(c.skill_ids.find_name("GNU Linux")->second == 0);  // the alias, spaced
    CHECK(c.skill_ids.find_name("Linux")->second == 0);      // the id, capitalised
    // A pack that extends this one may use a base title's name as a new id: the id wins.
    const Content more = load({R"(pack: {name: more, title: More}
tracks:
  - id: operations
    title: Night operations
    focus: Nights
    description: Keeps systems up at night
    key_skills: [{skill: linux, level: 2, weight: 1, essential: false}]
    source: notes
)"},
                              &c);
    REQUIRE(more.tracks.size() == 2);
    CHECK(more.track_ids.find_name("operations")->second == 1);
    CHECK(more.track_ids.find_name("Night Operations")->second == 1);
    CHECK(more.track_ids.find_name("ops")->second == 0);
  }

  TEST_CASE("items may be split across files and refer to each other in any order") {
    std::string base = k_base;
    const auto cut = base.find("tracks:");
    const Content c = load({base.substr(cut), base.substr(0, cut)});
    CHECK(c.tracks.size() == 1);
    CHECK(c.skills.size() == 1);
  }

  TEST_CASE("the rule language parses every form") {
    const Content c = load({std::string(k_base) + R"(certifications:
  - {id: cert-a, name: A, issuer: X, prep_hours: {value: 10, source: notes}, source: notes}
  - {id: cert-b, name: B, issuer: X, prep_hours: {low: 5, high: 9, source: notes}, source: notes}
strategies:
  - id: s
    title: S
    category: learning
    description: d
    when:
      - any: [{cert: [cert-a, cert-b]}, {education: bachelor}]
      - not: {stage: next}
      - years: 1.5
      - target: [ops, next]
      - skill: {linux: 2, gnu-linux: 3}
    source: notes
)"});
    const Rule& r = c.strategies.at(0).when;
    REQUIRE(r.kind == RuleKind::all);
    REQUIRE(r.children.size() == 5);
    CHECK(r.children[0].kind == RuleKind::any);
    CHECK(r.children[0].children[0].group == std::vector<Index>{0, 1});
    CHECK(r.children[0].children[1].level == static_cast<int>(Education::bachelor));
    CHECK(r.children[1].kind == RuleKind::not_);
    CHECK(r.children[1].children[0].index == 1);
    CHECK(r.children[2].years == 1.5);
    REQUIRE(r.children[3].targets.size() == 2);
    CHECK(r.children[3].targets[0].is_track);
    CHECK_FALSE(r.children[3].targets[1].is_track);
    CHECK(r.children[4].kind == RuleKind::all);
    CHECK(r.children[4].children.size() == 2);
    CHECK(r.where.line == 30);
  }

  TEST_CASE("unknown sections, keys and rules get suggestions") {
    CHECK(content_errors({std::string(k_base) + "strategys: []\n"}) ==
          std::vector<std::string>{"f0.yaml:21:1: unknown section 'strategys' (did you mean 'strategies'?)"});
    CHECK(content_errors({"sources:\n  - {id: s, titel: T}\n"})[0] == "f0.yaml:2:5: source 's' is missing required key 'title'");
    std::string bad_rule = k_base;
    bad_rule.replace(bad_rule.find("requires: {skill:"), 17, "requires: {skils:");
    CHECK(content_errors({bad_rule}) == std::vector<std::string>{"f0.yaml:13:61: unknown rule 'skils' (did you mean 'skill'?)"});
  }

  TEST_CASE("duplicate ids across files point at the first definition") {
    const auto errors = errors_of([&] {
      (void)load({k_base, "skills:\n  - {id: linux, name: L, category: technical, levels: [a, b, c, d, e], "
                          "effort: {hours: [[1, 2], [1, 2], [1, 2], [1, 2], [1, 2]], source: notes}}\n"});
    });
    CHECK(errors == std::vector<std::string>{"f1.yaml:2:10: duplicate skill id 'linux'"});
  }

  TEST_CASE("a second pack header in another file is a duplicate, not a silent override") {
    CHECK(content_errors({k_base, "pack: {name: other}\n"}) == std::vector<std::string>{"f1.yaml:1:1: duplicate pack header"});
  }

  TEST_CASE("an unknown id gets a suggestion only while its error is still shown") {
    // 150 unknown skills in one rule: 100 errors are shown, each with its suggestion; the rest
    // are only counted, and no suggestion is worked out for them.
    std::string rule = "{";
    for (int i = 0; i < 150; ++i) rule += fmt::format("{}linu{}: 1", i == 0 ? "" : ", ", i);
    rule += "}";
    std::string text = k_base;
    text.replace(text.find("{skill: {linux: 2}}"), 19, "{skill: " + rule + "}");
    const auto errors = content_errors({text});
    REQUIRE(errors.size() == 101);
    CHECK(errors[0].ends_with("unknown skill 'linu0' (did you mean 'linux'?)"));
    CHECK(errors[100] == "f0.yaml:0:0: 50 more errors in this file not shown (at most 100 are shown)");
  }

  TEST_CASE("references to missing items, cycles and backward edges are errors") {
    std::string missing = k_base;
    missing.replace(missing.find("skill: gnu-linux"), 16, "skill: linx");
    CHECK(content_errors({missing}) == std::vector<std::string>{"f0.yaml:19:26: unknown skill 'linx' (did you mean 'linux'?)"});
    std::string cycle = k_base;
    cycle.replace(cycle.find("requires: {skill: {linux: 2}}"), 29, "leads_to: [start]");
    CHECK(content_errors({cycle}) == std::vector<std::string>{"f0.yaml:13:5: stages form a cycle: start -> next -> start"});
  }

  TEST_CASE("figures must be ranges with a source, low not above high") {
    std::string bad = k_base;
    bad.replace(bad.find("[[1, 2]"), 7, "[[3, 2]");
    CHECK(content_errors({bad}) == std::vector<std::string>{"f0.yaml:10:22: effort hours low (3) is above high (2)"});
  }

  TEST_CASE("a pack extending another adds new items and replaces items by id") {
    const Content base = load({k_base});
    const Content c = load({R"(tracks:
  - id: ops
    title: Operations (ours)
    focus: Ours
    description: Replaced
    key_skills: [{skill: linux, level: 2}]
    source: notes
  - id: dev
    title: Development
    focus: Code
    description: New
    key_skills: [{skill: linux, level: 1}]
    source: notes
)"}, &base);
    REQUIRE(c.tracks.size() == 2);
    CHECK(c.tracks[0].title == "Operations (ours)");
    CHECK(c.tracks[1].id == "dev");
    CHECK(c.track_ids.at("dev") == 1);
    CHECK(c.skills.size() == 1);
  }

  TEST_CASE("the built-in pack loads and holds the ladder and the tracks the seeds name") {
    const Content& c = builtin_content();
    CHECK(c.stages.size() >= 6);
    for (const char* id : {"application-support", "infrastructure-support", "database-administration",
                           "network-engineering", "cybersecurity", "it-operations-leadership", "project-management",
                           "devops-sre"}) {
      CAPTURE(id);
      CHECK(c.track_ids.count(id) == 1);
    }
  }

  TEST_CASE("projects load with the skills they practise, and renamed ids keep resolving") {
    const Content c = load({std::string(k_base) + R"(projects:
  - id: alert-bot
    title: Alert bot
    difficulty: intermediate
    description: Automate a recurring alert
    practises: {linux: 3}
    effort_hours: {low: 10, high: 20, source: notes}
    source: notes
renamed:
  - {kind: skill, from: unix, to: linux}
  - {kind: track, from: operations, to: ops}
)"});
    REQUIRE(c.projects.size() == 1);
    CHECK(c.projects[0].difficulty == Difficulty::intermediate);
    CHECK(c.projects[0].practises.at(0).level == 3);
    CHECK(c.skill_ids.at("unix") == 0);
    CHECK(c.track_ids.at("operations") == 0);
    CHECK(content_errors({std::string(k_base) + "renamed:\n  - {kind: skill, from: linux, to: linux}\n"}).empty());
    CHECK(content_errors({std::string(k_base) + "renamed:\n  - {kind: skills, from: a, to: linux}\n"}) ==
          std::vector<std::string>{"f0.yaml:22:5: renamed kind must be skill, certification, stage, track or project, found 'skills'"});
  }
}
