// Walks a checklist of the two seed documents' facts against the built-in content pack: every
// fact of the career card (001_e6ca06fccfd53640.txt) and of the HowMonk article
// (000_9ba688bdbcb7fcb6.txt) must be reachable from content/, citing the seed it comes from.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/load/content_loader.hpp"

using namespace careerplan;

namespace {

constexpr std::string_view k_card = "career-card";
constexpr std::string_view k_article = "howmonk-article";
constexpr std::string_view k_estimate = "careerplan-estimate";

// Sections of the seeds, as cited by the content.
constexpr std::string_view k_path = "Traditional Career Path";
constexpr std::string_view k_tracks = "Specialized Career Tracks";
constexpr std::string_view k_advancement = "Career Advancement Strategies";
constexpr std::string_view k_growth = "Strategies for Growth";
constexpr std::string_view k_networking = "Professional Networking";
constexpr std::string_view k_brand = "Building Your Brand";
constexpr std::string_view k_grow = "How Can You Grow Within Production Support?";
constexpr std::string_view k_opportunities = "What Opportunities Can Production Support Lead To?";
constexpr std::string_view k_industries = "Can Production Support Skills Transition to Other Industries?";
constexpr std::string_view k_mark = "How to Make Your Mark as a Production Support Professional?";
constexpr std::string_view k_trends = "What Are the Trends Shaping Production Support Careers?";

enum class Kind { pack, source, skill, cert, stage, track, strategy, transition };

// One fact of a seed: the item that carries it, the source id and section the item must cite
// (empty: not checked), and a phrase its text must hold (case-insensitive; empty: none).
struct Fact {
  std::string_view seed;
  Kind kind;
  std::string_view id;
  std::string_view source;
  std::string_view section;
  std::string_view phrase;
};

// The checklist: one row per fact of the two seeds.
constexpr Fact k_facts[] = {
    // --- career card: the role and the traditional path ----------------------------------
    {k_card, Kind::source, "career-card", "", "", "Production Support Engineer: Traditional Career Path"},
    {k_card, Kind::source, "career-card", "", "", "001_e6ca06fccfd53640.txt"},
    {k_card, Kind::pack, "", "", "", "responsible for managing and resolving issues in a production environment"},
    {k_card, Kind::pack, "", "", "", "combines elements of software engineering, systems administration, and customer service"},
    {k_card, Kind::stage, "production-support-engineer", k_card, k_path, "smooth and continuous operations"},
    {k_card, Kind::stage, "bachelors-degree", k_card, k_path, "Bachelor's Degree in Computer Science or Related Field"},
    {k_card, Kind::stage, "bachelors-degree", k_card, k_path, "computer science, information technology, or a related field"},
    {k_card, Kind::stage, "bachelors-degree", k_card, k_path, "foundational knowledge in programming, systems architecture, and network management"},
    {k_card, Kind::stage, "entry-level-it-support", k_card, k_path, "Entry-Level IT Support Role"},
    {k_card, Kind::stage, "entry-level-it-support", k_card, k_path, "problem-solving skills and customer interaction abilities"},
    {k_card, Kind::stage, "entry-level-it-support", k_card, k_path, "setting the stage for a Production Support role"},
    {k_card, Kind::stage, "junior-production-support-engineer", k_card, k_path, "Junior Production Support Engineer"},
    {k_card, Kind::stage, "junior-production-support-engineer", k_card, k_path,
     "assist senior team members in monitoring system performance, troubleshooting issues, and implementing solutions"},
    // --- career card: specialised tracks ----------------------------------------------------
    {k_card, Kind::stage, "production-support-engineer", k_card, k_path, "specialize in various tracks to enhance your career and expertise"},
    {k_card, Kind::track, "application-support", k_card, k_tracks, "Application Support Specialist"},
    {k_card, Kind::track, "application-support", k_card, k_tracks, "application-level issues"},
    {k_card, Kind::track, "application-support", k_card, k_tracks,
     "maintaining and troubleshooting specific applications to ensure they run smoothly and meet user needs"},
    {k_card, Kind::track, "infrastructure-support", k_card, k_tracks, "Infrastructure Support Engineer"},
    {k_card, Kind::track, "infrastructure-support", k_card, k_tracks, "backend infrastructure"},
    {k_card, Kind::track, "infrastructure-support", k_card, k_tracks,
     "hardware and network components of systems, ensuring optimal performance and reliability"},
    // --- career card: advancement -----------------------------------------------------------
    {k_card, Kind::stage, "senior-production-support-engineer", k_card, k_advancement,
     "increasing responsibility and technical expertise, often leading to management or specialized technical roles"},
    {k_card, Kind::stage, "production-support-lead-manager", k_card, k_advancement, "management"},
    {k_card, Kind::strategy, "itil-certification", k_card, k_growth, "Gain Certification in ITIL"},
    {k_card, Kind::strategy, "itil-certification", k_card, k_growth,
     "demonstrate your understanding of IT service management and improve your chances for advancement"},
    {k_card, Kind::cert, "itil-4-foundation", k_card, k_growth, "ITIL"},
    {k_card, Kind::skill, "itsm", "", "", "service management"},
    {k_card, Kind::strategy, "develop-soft-skills", k_card, k_growth, "Develop Soft Skills"},
    {k_card, Kind::strategy, "develop-soft-skills", k_card, k_growth,
     "communication, teamwork, and leadership are crucial for moving into senior or management positions"},
    {k_card, Kind::strategy, "join-professional-organizations", k_card, k_networking, "Join Professional Organizations"},
    {k_card, Kind::strategy, "join-professional-organizations", k_card, k_networking,
     "Association for Computing Machinery (ACM)"},
    {k_card, Kind::strategy, "join-professional-organizations", k_card, k_networking, "networking opportunities and resources"},
    {k_card, Kind::strategy, "participate-online-forums", k_card, k_networking, "Participate in Online Forums"},
    {k_card, Kind::strategy, "participate-online-forums", k_card, k_networking, "Stack Overflow"},
    {k_card, Kind::strategy, "participate-online-forums", k_card, k_networking, "learn from shared experiences"},
    {k_card, Kind::strategy, "create-professional-blog", k_card, k_brand, "Create a Professional Blog"},
    {k_card, Kind::strategy, "create-professional-blog", k_card, k_brand, "establish yourself as a thought leader"},
    {k_card, Kind::strategy, "leverage-linkedin", k_card, k_brand, "Leverage LinkedIn"},
    {k_card, Kind::strategy, "leverage-linkedin", k_card, k_brand,
     "connect with industry professionals and showcase your skills and accomplishments"},
    // --- article: author, framing and key takeaways ---------------------------------------
    {k_article, Kind::source, "howmonk-article", "", "", "Production Support Career Growth: Paths and Tips"},
    {k_article, Kind::source, "howmonk-article", "", "", "Alex Mitch"},
    {k_article, Kind::source, "howmonk-article", "", "", "000_9ba688bdbcb7fcb6.txt"},
    {k_article, Kind::pack, "", "", "", "founder of HowMonk.com with 10+ years in finance and tech"},
    {k_article, Kind::pack, "", "", "", "the cycle of ticket-solving and late-night deployment fixes"},
    {k_article, Kind::pack, "", "", "", "from the reactive realms of production support to proactive career progression"},
    {k_article, Kind::pack, "", "", "", "just a stepping stone"},
    {k_article, Kind::pack, "", "", "", "a launchpad for those looking to deeply comprehend system architecture"},
    {k_article, Kind::pack, "", "", "", "a treasure trove of knowledge, a gym for your problem-solving muscles"},
    {k_article, Kind::pack, "", "", "", "limited only by your ambition"},
    {k_article, Kind::pack, "", "", "", "Keep exploring, stay curious"},
    {k_article, Kind::pack, "", "", "", "remain adaptable, continuously learn, and always look for ways to provide value"},
    {k_article, Kind::pack, "", "", "", "not just keeping up with the trends"},
    {k_article, Kind::pack, "", "", "", "growth is not linear but expansive"},
    {k_article, Kind::pack, "", "", "", "networking for mentorship and sharing best practices"},
    {k_article, Kind::pack, "", "", "", "Adapting to emerging trends like DevOps, AI/ML in incident management, and agile methodologies"},
    {k_article, Kind::stage, "production-support-engineer", "", "", "analyzing patterns, predicting issues, and fine-tuning processes"},
    {k_article, Kind::stage, "production-support-engineer", "", "", "go-to maestro of the production environment"},
    // --- article: How Can You Grow Within Production Support? --------------------------------
    {k_article, Kind::strategy, "hone-technical-expertise", k_article, k_grow, "system logs, code, and infrastructure"},
    {k_article, Kind::strategy, "hone-technical-expertise", k_article, k_grow, "diagnose the root cause swiftly and accurately"},
    {k_article, Kind::strategy, "polish-soft-skills", k_article, k_grow,
     "communicate effectively, manage crises with poise, and problem-solve like Sherlock"},
    {k_article, Kind::strategy, "certifications-continuous-learning", k_article, k_grow,
     "ITIL, CompTIA, or vendor-specific credentials"},
    {k_article, Kind::strategy, "certifications-continuous-learning", k_article, k_grow, "passion for continuous learning"},
    {k_article, Kind::strategy, "seek-mentors", k_article, k_grow, "Seek mentors"},
    {k_article, Kind::strategy, "engage-tech-communities", k_article, k_grow,
     "engage in tech communities to exchange ideas and best practices"},
    {k_article, Kind::strategy, "automation-projects", k_article, k_grow, "automate solutions"},
    {k_article, Kind::strategy, "automation-projects", k_article, k_grow, "showcases your initiative to improve efficiency"},
    {k_article, Kind::cert, "comptia-a-plus", k_article, k_grow, "CompTIA"},
    {k_article, Kind::cert, "comptia-network-plus", k_article, k_grow, "CompTIA"},
    {k_article, Kind::cert, "comptia-security-plus", k_article, k_grow, "CompTIA"},
    {k_article, Kind::cert, "comptia-linux-plus", k_article, k_grow, "CompTIA"},
    {k_article, Kind::cert, "aws-sysops-administrator-associate", k_article, k_grow, "AWS"},
    {k_article, Kind::cert, "azure-administrator-associate", k_article, k_grow, "Azure"},
    {k_article, Kind::cert, "azure-database-administrator-associate", k_article, k_grow, "database"},
    {k_article, Kind::cert, "cisco-ccna", k_article, k_grow, "network"},
    // --- article: What Opportunities Can Production Support Lead To? -----------------------
    {k_article, Kind::track, "database-administration", k_article, k_opportunities, "database administration"},
    {k_article, Kind::track, "network-engineering", k_article, k_opportunities, "network engineering"},
    {k_article, Kind::track, "cybersecurity", k_article, k_opportunities, "cybersecurity"},
    {k_article, Kind::track, "cybersecurity", k_article, k_opportunities, "nuanced understanding of systems"},
    {k_article, Kind::track, "it-operations-leadership", k_article, k_opportunities, "Leadership positions within IT Operations"},
    {k_article, Kind::track, "it-operations-leadership", k_article, k_opportunities,
     "leading a team of sharpshooters in maintaining system health"},
    {k_article, Kind::track, "project-management", k_article, k_opportunities, "Transitioning to Project Management"},
    {k_article, Kind::track, "project-management", k_article, k_opportunities,
     "spearheading projects and driving innovation"},
    // --- article: Can Production Support Skills Transition to Other Industries? ------------
    {k_article, Kind::transition, "troubleshooting-to-it-engineering-healthcare", k_article, k_industries, "Swiss Army knife"},
    {k_article, Kind::transition, "troubleshooting-to-it-engineering-healthcare", k_article, k_industries,
     "Troubleshooting is akin to problem-solving"},
    {k_article, Kind::transition, "critical-thinking-to-finance-law-management", k_article, k_industries,
     "sift through the chaff to find the wheat"},
    {k_article, Kind::transition, "customer-service-to-retail-real-estate", k_article, k_industries,
     "exceptional customer service"},
    {k_article, Kind::transition, "production-support-to-construction-project-management", k_article, k_industries,
     "project management role within the construction industry"},
    {k_article, Kind::transition, "production-support-to-construction-project-management", k_article, k_industries,
     "identify bottlenecks, address client issues promptly, and manage a seamless workflow"},
    // --- article: How to Make Your Mark as a Production Support Professional? ---------------
    {k_article, Kind::strategy, "network-like-a-pro", k_article, k_mark, "Network Like a Pro"},
    {k_article, Kind::strategy, "network-like-a-pro", k_article, k_mark, "cross-departmental projects"},
    {k_article, Kind::strategy, "network-like-a-pro", k_article, k_mark, "professional meetups"},
    {k_article, Kind::strategy, "network-like-a-pro", k_article, k_mark, "coffee chat"},
    {k_article, Kind::strategy, "become-niche-guru", k_article, k_mark, "go-to person"},
    {k_article, Kind::strategy, "become-niche-guru", k_article, k_mark, "positions you as a leader in your field"},
    {k_article, Kind::strategy, "showcase-strategic-value", k_article, k_mark, "analyze the patterns"},
    {k_article, Kind::strategy, "showcase-strategic-value", k_article, k_mark, "reduces incident frequency"},
    {k_article, Kind::strategy, "proactive-monitoring", k_article, k_mark, "Jeff"},
    {k_article, Kind::strategy, "proactive-monitoring", k_article, k_mark, "recurring glitch that affected customer experience"},
    {k_article, Kind::strategy, "proactive-monitoring", k_article, k_mark, "proactive monitoring tool"},
    {k_article, Kind::strategy, "proactive-monitoring", k_article, k_mark, "reduced future complaints"},
    {k_article, Kind::strategy, "proactive-monitoring", k_article, k_mark, "well-deserved promotion"},
    // --- article: What Are the Trends Shaping Production Support Careers? -------------------
    {k_article, Kind::strategy, "embrace-devops", k_article, k_trends, "Fuse development with operations"},
    {k_article, Kind::strategy, "embrace-devops", k_article, k_trends,
     "faster deployment, more agile responses, and ultimately, happier customers"},
    {k_article, Kind::strategy, "embrace-devops", k_article, k_trends, "DevOps practices are becoming mainstream"},
    {k_article, Kind::strategy, "ai-ml-incident-management", k_article, k_trends, "predict incidents before they occur"},
    {k_article, Kind::strategy, "ai-ml-incident-management", k_article, k_trends, "considerable edge in the current job market"},
    {k_article, Kind::strategy, "stay-agile", k_article, k_trends, "not just for development teams anymore"},
    {k_article, Kind::strategy, "stay-agile", k_article, k_trends, "enhance collaboration and accelerate issue resolution"},
    {k_article, Kind::strategy, "stay-agile", k_article, k_trends, "transforming work cultures across the globe"},
    {k_article, Kind::strategy, "contribute-open-source", k_article, k_trends, "contributing to open-source projects"},
    {k_article, Kind::strategy, "contribute-open-source", k_article, k_trends, "shining addition to your resume"},
    {k_article, Kind::track, "devops-sre", k_article, k_trends, "Embrace DevOps"},
    {k_article, Kind::track, "ai-incident-management", k_article, k_trends, "AI-driven tools can predict incidents"},
    // --- skills the seeds name ----------------------------------------------------------------
    {k_card, Kind::skill, "programming", "", "", ""},
    {k_card, Kind::skill, "system-architecture", "", "", ""},
    {k_card, Kind::skill, "networking", "", "", ""},
    {k_card, Kind::skill, "problem-solving", "", "", ""},
    {k_card, Kind::skill, "customer-service", "", "", ""},
    {k_card, Kind::skill, "monitoring", "", "", ""},
    {k_card, Kind::skill, "troubleshooting", "", "", ""},
    {k_card, Kind::skill, "application-debugging", "", "", ""},
    {k_card, Kind::skill, "hardware", "", "", ""},
    {k_card, Kind::skill, "communication", "", "", ""},
    {k_card, Kind::skill, "teamwork", "", "", ""},
    {k_card, Kind::skill, "leadership", "", "", ""},
    {k_article, Kind::skill, "logging", "", "", ""},
    {k_article, Kind::skill, "root-cause-analysis", "", "", ""},
    {k_article, Kind::skill, "crisis-management", "", "", ""},
    {k_article, Kind::skill, "automation", "", "", ""},
    {k_article, Kind::skill, "databases", "", "", ""},
    {k_article, Kind::skill, "security", "", "", ""},
    {k_article, Kind::skill, "project-management", "", "", ""},
    {k_article, Kind::skill, "critical-thinking", "", "", ""},
    {k_article, Kind::skill, "devops", "", "", ""},
    {k_article, Kind::skill, "ai-ml-operations", "", "", "predict incidents"},
    {k_article, Kind::skill, "agile", "", "", ""},
    {k_article, Kind::skill, "open-source", "", "", ""},
    {k_article, Kind::skill, "incident-management", "", "", ""},
};

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
