// Walks a checklist of the two seed documents' facts against the built-in content pack: every
// fact of the career card (001_e6ca06fccfd53640.txt) and of the HowMonk article
// (000_9ba688bdbcb7fcb6.txt) must be reachable from content/, citing the seed it comes from.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/load/content_loader.hpp"
#include "seed_facts_table.hpp"

using namespace careerplan;
using namespace careerplan::test;

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

std::string_view kind_name(Kind k) {
  switch (k) {
    case Kind::pack: return "pack";
    case Kind::source: return "source";
    case Kind::skill: return "skill";
    case Kind::cert: return "certification";
    case Kind::stage: return "stage";
    case Kind::track: return "track";
    case Kind::strategy: return "strategy";
    case Kind::transition: return "transition";
  }
  return "?";
}

void append(std::string& text, std::string_view part) {
  text += part;
  text += '\n';
}

template <typename T>
const T* by_id(const std::vector<T>& items, std::string_view id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

// An item of the pack, as far as the checklist needs it: whether it exists, its searchable
// text, and the source it cites (null for the pack and sources).
struct Found {
  bool exists = false;
  std::string text;
  const SourceRef* source = nullptr;
};

Found find(const Content& c, Kind kind, std::string_view id) {
  Found f;
  switch (kind) {
    case Kind::pack:
      f.exists = true;
      append(f.text, c.name);
      append(f.text, c.title);
      append(f.text, c.description);
      break;
    case Kind::source:
      if (const auto* s = by_id(c.sources, id)) {
        f.exists = true;
        for (const auto& part : {s->title, s->author, s->file, s->url}) append(f.text, part);
      }
      break;
    case Kind::skill:
      if (const auto* s = by_id(c.skills, id)) {
        f.exists = true;
        append(f.text, s->name);
        append(f.text, s->description);
        for (const auto& line : s->levels) append(f.text, line);
      }
      break;
    case Kind::cert:
      if (const auto* s = by_id(c.certifications, id)) {
        f.exists = true;
        for (const auto& part : {s->name, s->issuer, s->description}) append(f.text, part);
        f.source = &s->source;
      }
      break;
    case Kind::stage:
      if (const auto* s = by_id(c.stages, id)) {
        f.exists = true;
        append(f.text, s->title);
        append(f.text, s->description);
        for (const auto& role : s->roles) append(f.text, role);
        f.source = &s->source;
      }
      break;
    case Kind::track:
      if (const auto* s = by_id(c.tracks, id)) {
        f.exists = true;
        for (const auto& part : {s->title, s->focus, s->description}) append(f.text, part);
        for (const auto& role : s->roles) append(f.text, role);
        f.source = &s->source;
      }
      break;
    case Kind::strategy:
      if (const auto* s = by_id(c.strategies, id)) {
        f.exists = true;
        append(f.text, s->title);
        append(f.text, s->description);
        f.source = &s->source;
      }
      break;
    case Kind::transition:
      if (const auto* s = by_id(c.transitions, id)) {
        f.exists = true;
        append(f.text, s->title);
        append(f.text, s->description);
        for (const auto& field : s->fields) append(f.text, field);
        f.source = &s->source;
      }
      break;
  }
  return f;
}

std::string label(const Fact& fact) {
  return std::string(kind_name(fact.kind)) + " '" + std::string(fact.id) + "' (" + std::string(fact.seed) + "): " +
         std::string(fact.phrase);
}

const Source* source_by_id(const Content& c, std::string_view id) { return by_id(c.sources, id); }

}  // namespace

TEST_SUITE("seed facts") {
  TEST_CASE("every fact of the two seeds is reachable from the built-in pack") {
    const Content& c = builtin_content();
    for (const Fact& fact : k_facts) {
      const std::string what = label(fact);
      const Found found = find(c, fact.kind, fact.id);
      CHECK_MESSAGE(found.exists, what);
      if (!found.exists) continue;
      if (!fact.phrase.empty()) {
        CHECK_MESSAGE(lower(found.text).find(lower(fact.phrase)) != std::string::npos, what);
      }
      if (!fact.source.empty()) {
        REQUIRE_MESSAGE(found.source != nullptr, what);
        const Source& cited = c.source_of(*found.source);
        CHECK_MESSAGE(cited.id == fact.source, (what + " cites '" + std::string(cited.id) + "'"));
        if (!fact.section.empty()) {
          CHECK_MESSAGE(found.source->section == fact.section, (what + " cites section '" + std::string(found.source->section) + "'"));
        }
      }
    }
  }

  TEST_CASE("the checklist names every strategy, and each cites one of the two seeds") {
    const Content& c = builtin_content();
    for (const Strategy& s : c.strategies) {
      const bool listed = std::any_of(std::begin(k_facts), std::end(k_facts), [&](const Fact& f) {
        return f.kind == Kind::strategy && f.id == s.id;
      });
      CHECK_MESSAGE(listed, ("strategy '" + std::string(s.id) + "' has no row in the seed checklist"));
      const std::string_view cited = c.source_of(s.source).id;
      CHECK_MESSAGE((cited == k_card || cited == k_article), ("strategy '" + std::string(s.id) + "' cites '" + std::string(cited) + "'"));
    }
  }

  TEST_CASE("the career card's two salary ranges, in US dollars a year, and no other salary") {
    struct SalaryFact {
      std::string_view track;
      double low;
      double high;
    };
    constexpr SalaryFact k_salaries[] = {
        {"application-support", 60000, 80000},
        {"infrastructure-support", 70000, 90000},
    };
    const Content& c = builtin_content();
    for (const auto& fact : k_salaries) {
      INFO("track ", std::string(fact.track));
      const Track* t = by_id(c.tracks, fact.track);
      REQUIRE(t != nullptr);
      REQUIRE(t->salary.has_value());
      CHECK(t->salary->range.low == doctest::Approx(fact.low));
      CHECK(t->salary->range.high == doctest::Approx(fact.high));
      CHECK(t->salary->currency == "USD");
      CHECK(t->salary->period == "year");
      CHECK(c.source_of(t->salary->source).id == std::string(k_card));
      CHECK(t->salary->source.section == std::string(k_tracks));
      CHECK_FALSE(c.source_of(t->salary->source).estimate);
    }
    const auto with_salary = std::count_if(c.tracks.begin(), c.tracks.end(), [](const Track& t) { return t.salary.has_value(); });
    CHECK(with_salary == 2);
    for (const Stage& s : c.stages) {
      INFO("stage ", s.id);
      CHECK_FALSE(s.salary.has_value());
    }
  }

  TEST_CASE("the career card's ladder, in order, with its years") {
    struct StageFact {
      std::string_view stage;
      double low;   // 0: the card gives no years
      double high;
    };
    constexpr StageFact k_ladder[] = {
        {"bachelors-degree", 4, 4},
        {"entry-level-it-support", 1, 2},
        {"junior-production-support-engineer", 2, 3},
        {"production-support-engineer", 0, 0},
        {"senior-production-support-engineer", 0, 0},
        {"production-support-lead-manager", 0, 0},
    };
    const Content& c = builtin_content();
    REQUIRE(c.stages.size() >= std::size(k_ladder));
    for (std::size_t i = 0; i < std::size(k_ladder); ++i) {
      const auto& fact = k_ladder[i];
      INFO("stage ", std::string(fact.stage));
      CHECK(c.stages[i].id == std::string(fact.stage));
      const Stage* s = by_id(c.stages, fact.stage);
      REQUIRE(s != nullptr);
      if (i + 1 < std::size(k_ladder)) {
        const auto next = c.stage_ids.find(std::string(k_ladder[i + 1].stage));
        REQUIRE(next != c.stage_ids.end());
        CHECK(std::find(s->leads_to.begin(), s->leads_to.end(), next->second) != s->leads_to.end());
      }
      if (fact.low > 0) {
        REQUIRE(s->typical_years.has_value());
        CHECK(s->typical_years->range.low == doctest::Approx(fact.low));
        CHECK(s->typical_years->range.high == doctest::Approx(fact.high));
        CHECK(c.source_of(s->typical_years->source).id == std::string(k_card));
        CHECK(s->typical_years->source.section == std::string(k_path));
      } else if (s->typical_years) {
        // The card gives no years here: any figure must be marked as an estimate.
        CHECK(c.source_of(s->typical_years->source).estimate);
      }
    }
  }

  TEST_CASE("the article's transitions lead from its transferable skills to its fields") {
    struct TransitionFact {
      std::string_view id;
      std::vector<std::string_view> skills;
      std::vector<std::string_view> fields;
    };
    const TransitionFact k_transitions[] = {
        {"troubleshooting-to-it-engineering-healthcare", {"troubleshooting", "problem-solving"}, {"IT", "engineering", "healthcare"}},
        {"critical-thinking-to-finance-law-management", {"critical-thinking"}, {"finance", "law", "management"}},
        {"customer-service-to-retail-real-estate", {"customer-service"}, {"retail", "real estate"}},
        {"production-support-to-construction-project-management", {"project-management"}, {"construction"}},
    };
    const Content& c = builtin_content();
    for (const auto& fact : k_transitions) {
      INFO("transition ", std::string(fact.id));
      const Transition* t = by_id(c.transitions, fact.id);
      REQUIRE(t != nullptr);
      CHECK(c.source_of(t->source).id == std::string(k_article));
      CHECK(t->source.section == std::string(k_industries));
      for (auto skill : fact.skills) {
        INFO("skill ", std::string(skill));
        const auto it = c.skill_ids.find(std::string(skill));
        REQUIRE(it != c.skill_ids.end());
        CHECK(std::find(t->skills.begin(), t->skills.end(), it->second) != t->skills.end());
      }
      for (auto field : fact.fields) {
        INFO("field ", std::string(field));
        CHECK(std::find(t->fields.begin(), t->fields.end(), field) != t->fields.end());
      }
    }
  }

  TEST_CASE("figures no source publishes are marked as estimates") {
    const Content& c = builtin_content();
    const Source* estimate = source_by_id(c, k_estimate);
    REQUIRE(estimate != nullptr);
    CHECK(estimate->estimate);
    for (auto seed : {k_card, k_article}) {
      const Source* s = source_by_id(c, seed);
      REQUIRE(s != nullptr);
      CHECK_FALSE(s->estimate);
      CHECK_FALSE(s->file.empty());
    }
    for (const Skill& s : c.skills) {
      INFO("skill ", s.id);
      for (const Figure& f : s.effort) CHECK(c.source_of(f.source).estimate);
    }
    for (const Certification& cert : c.certifications) {
      INFO("certification ", cert.id);
      CHECK(c.source_of(cert.prep_hours.source).estimate);
      if (cert.renewal_years) {
        // A renewal period is the issuer's published policy: a public reference, not a guess.
        const Source& s = c.source_of(cert.renewal_years->source);
        CHECK_FALSE(s.estimate);
        CHECK_FALSE(s.url.empty());
      }
    }
  }

  TEST_CASE("everyday names of skills and certifications resolve") {
    const Content& c = builtin_content();
    constexpr std::string_view k_skill_names[] = {
        "linux", "windows", "networking", "hardware", "sql", "databases", "scripting", "python", "monitoring",
        "logging", "troubleshooting", "root-cause-analysis", "incident-management", "application-debugging",
        "customer-service", "communication", "teamwork", "leadership", "crisis-management", "problem-solving",
        "cloud", "security", "automation", "devops", "ci-cd", "agile", "project-management", "kubernetes",
        "critical-thinking", "programming", "system-architecture", "itsm", "ai-ml-operations", "open-source"};
    for (auto name : k_skill_names) {
      INFO("skill ", std::string(name));
      CHECK(c.skill_ids.contains(std::string(name)));
    }
    constexpr std::string_view k_cert_names[] = {
        "itil-4-foundation", "itil", "comptia-a-plus", "comptia-network-plus", "comptia-security-plus",
        "comptia-linux-plus", "pmp", "capm", "professional-scrum-master-i", "cisco-ccna",
        "aws-sysops-administrator-associate", "azure-administrator-associate",
        "azure-database-administrator-associate", "oracle-database-sql-associate", "cka"};
    for (auto name : k_cert_names) {
      INFO("certification ", std::string(name));
      CHECK(c.cert_ids.contains(std::string(name)));
    }
    CHECK(c.skill_ids.at("k8s") == c.skill_ids.at("kubernetes"));
    CHECK(c.skill_ids.at("rca") == c.skill_ids.at("root-cause-analysis"));
    CHECK(c.skill_ids.at("bash") == c.skill_ids.at("scripting"));
    CHECK(c.cert_ids.at("itil") == c.cert_ids.at("itil-4-foundation"));
  }
}
