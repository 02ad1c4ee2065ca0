#pragma once
// Builds small hand-made content packs and profiles for the matcher and planner tests, so each
// test states only the facts it is about.
#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "careerplan/model/model.hpp"
#include "careerplan/model/profile.hpp"
#include "careerplan/model/rules.hpp"

namespace careerplan::test {

// Rules, written like the YAML they stand for.
inline Rule rule_skill(Index skill, int level) {
  Rule r;
  r.kind = RuleKind::skill;
  r.index = skill;
  r.level = level;
  r.where = FilePos{0, static_cast<int>(skill) + 1, 3};  // file 0: ContentBuilder's "test.yaml"
  return r;
}

inline Rule rule_years(double years) {
  Rule r;
  r.kind = RuleKind::years;
  r.years = years;
  return r;
}

inline Rule rule_cert(std::vector<Index> group) {
  Rule r;
  r.kind = RuleKind::cert;
  r.group = std::move(group);
  return r;
}

inline Rule rule_education(Education e) {
  Rule r;
  r.kind = RuleKind::education;
  r.level = static_cast<int>(e);
  return r;
}

inline Rule rule_stage(Index stage) {
  Rule r;
  r.kind = RuleKind::stage;
  r.index = stage;
  return r;
}

inline Rule rule_target(std::vector<TargetRef> targets) {
  Rule r;
  r.kind = RuleKind::target;
  r.targets = std::move(targets);
  return r;
}

inline Rule rule_group(RuleKind kind, std::vector<Rule> children) {
  Rule r;
  r.kind = kind;
  r.children = std::move(children);
  return r;
}
inline Rule rule_all(std::vector<Rule> children) { return rule_group(RuleKind::all, std::move(children)); }
inline Rule rule_any(std::vector<Rule> children) { return rule_group(RuleKind::any, std::move(children)); }
inline Rule rule_not(Rule child) { return rule_group(RuleKind::not_, {std::move(child)}); }

inline KeySkill key(Index skill, int level, double weight = 1, bool essential = false) {
  return KeySkill{skill, level, weight, essential};
}

// A content pack grown one item at a time; each add returns the new item's index. Its text is
// kept in the Content's store: the arguments are temporaries a view must not point into.
struct ContentBuilder {
  Content c;

  ContentBuilder() {
    c.name = "test";
    c.files = {"test.yaml"};
    c.sources.push_back(source("seed", "The seed", "seed.txt", false));
    c.sources.push_back(source("estimate", "careerplan estimates", "", true));
  }

  static Index next(std::size_t size) { return static_cast<Index>(size); }

  static Source source(std::string_view id, std::string_view title, std::string_view file, bool estimate) {
    Source s;
    s.id = id;
    s.title = title;
    s.file = file;
    s.estimate = estimate;
    return s;
  }

  // Effort to reach levels 1..5 in hours; each figure is a range [h/2, 3h/2] with mid h.
  Index skill(const std::string& id, const std::string& name,
              std::array<double, 5> hours = {10, 20, 40, 80, 160}) {
    Skill s;
    s.id = c.keep(id);
    s.name = c.keep(name);
    for (std::size_t i = 0; i < hours.size(); ++i) {
      s.effort[i] = Figure{Range{hours[i] / 2, hours[i] * 3 / 2}, SourceRef{1, ""}};
    }
    c.skill_ids.insert_or_assign(id, next(c.skills.size()));
    c.skills.push_back(std::move(s));
    return next(c.skills.size() - 1);
  }

  Index cert(const std::string& id, const std::string& name, double prep_hours,
             std::vector<SkillLevel> evidences = {}) {
    Certification cert;
    cert.id = c.keep(id);
    cert.name = c.keep(name);
    cert.evidences = std::move(evidences);
    cert.prep_hours = Figure{Range{prep_hours / 2, prep_hours * 3 / 2}, SourceRef{1, "prep"}};
    cert.source = SourceRef{0, ""};
    c.cert_ids.insert_or_assign(id, next(c.certifications.size()));
    c.certifications.push_back(std::move(cert));
    return next(c.certifications.size() - 1);
  }

  Index stage(const std::string& id, const std::string& title, Rule requirements = Rule::always(),
              Rule inferred_when = Rule::always(), std::optional<double> typical_years = std::nullopt) {
    Stage s;
    s.id = c.keep(id);
    s.title = c.keep(title);
    s.requirements = std::move(requirements);
    s.inferred_when = std::move(inferred_when);
    if (typical_years) s.typical_years = Figure{Range{*typical_years, *typical_years}, SourceRef{0, "ladder"}};
    s.roles = {s.title};
    s.source = SourceRef{0, "ladder"};
    c.stage_ids.insert_or_assign(id, next(c.stages.size()));
    c.stages.push_back(std::move(s));
    return next(c.stages.size() - 1);
  }

  void leads(Index from, std::vector<Index> to) { c.stages[from].leads_to = std::move(to); }

  Index track(const std::string& id, const std::string& title, std::vector<KeySkill> key_skills,
              std::vector<Index> certs = {}, Rule requirements = Rule::always()) {
    Track t;
    t.id = c.keep(id);
    t.title = c.keep(title);
    t.focus = c.keep(title + " focus");
    t.key_skills = std::move(key_skills);
    t.certifications = std::move(certs);
    t.requirements = std::move(requirements);
    t.roles = {t.title};
    t.source = SourceRef{0, "tracks"};
    c.track_ids.insert_or_assign(id, next(c.tracks.size()));
    c.tracks.push_back(std::move(t));
    return next(c.tracks.size() - 1);
  }

  void salary(Index track, double low, double high) {
    c.tracks[track].salary = Salary{Range{low, high}, "USD", "year", SourceRef{0, "salary"}};
  }

  Index strategy(const std::string& id, const std::string& title, Rule when) {
    Strategy s;
    s.id = c.keep(id);
    s.title = c.keep(title);
    s.category = "test";
    s.when = std::move(when);
    s.source = SourceRef{0, "strategies"};
    c.strategies.push_back(std::move(s));
    return next(c.strategies.size() - 1);
  }
};

// A profile with the given skill levels and certifications.
inline Profile person(double years, std::initializer_list<std::pair<Index, int>> skills,
                      std::initializer_list<Index> certs = {}, Education education = Education::bachelor) {
  Profile p;
  p.file = "person.yaml";
  p.name = "Test Person";
  p.years_experience = years;
  p.education = education;
  for (const auto& [skill, level] : skills) p.skills.push_back(ProfileSkill{skill, level, {}});
  for (Index cert : certs) p.certifications.push_back(ProfileCert{cert, std::nullopt, {}});
  return p;
}

// A slice of the seeds' ladder and its two specialised tracks.
struct Ladder {
  ContentBuilder b;
  Index linux_skill = b.skill("linux", "Linux");
  Index networking = b.skill("networking", "Networking");
  Index hardware = b.skill("hardware", "Hardware");
  Index monitoring = b.skill("monitoring", "Monitoring");
  Index debugging = b.skill("application-debugging", "Application debugging");
  Index sql = b.skill("sql", "SQL");
  Index customer = b.skill("customer-service", "Customer service");
  Index troubleshooting = b.skill("troubleshooting", "Troubleshooting");
  Index itil = b.cert("itil-4-foundation", "ITIL 4 Foundation", 20);
  Index network_plus = b.cert("comptia-network-plus", "CompTIA Network+", 80, {SkillLevel{networking, 3}});
  Index degree = b.stage("bachelor", "Bachelor's Degree", Rule::always(), Rule::always(), 4);
  Index entry = b.stage("entry-it-support", "Entry-Level IT Support", rule_education(Education::bachelor),
                        rule_years(0.5), 1.5);
  Index junior = b.stage("junior-production-support", "Junior Production Support Engineer",
                         rule_all({rule_years(2), rule_skill(linux_skill, 3), rule_skill(troubleshooting, 3)}),
                         rule_all({rule_years(2), rule_skill(troubleshooting, 3)}), 2.5);
  Index senior = b.stage("senior", "Senior Production Support Engineer", rule_years(6),
                         rule_all({rule_stage(junior), rule_years(6)}));
  Index infra = b.track("infrastructure-support", "Infrastructure Support Engineer",
                        {key(linux_skill, 3, 1, true), key(networking, 3, 1, true), key(hardware, 3), key(monitoring, 2)},
                        {network_plus}, rule_years(2));
  Index app = b.track("application-support", "Application Support Specialist",
                      {key(debugging, 3, 1, true), key(sql, 3, 1, true), key(customer, 3), key(monitoring, 2)}, {itil},
                      rule_years(2));

  Ladder() {
    b.leads(degree, {entry});
    b.leads(entry, {junior});
    b.leads(junior, {senior});
  }
};

}  // namespace careerplan::test
