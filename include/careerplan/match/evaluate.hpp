#pragma once
// Rule evaluation against a person, with explanations: which leaf checks hold, and for the ones
// that do not, what would make them hold ("needs") and what that costs.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "careerplan/model/model.hpp"
#include "careerplan/model/profile.hpp"
#include "careerplan/model/rules.hpp"

namespace careerplan {

inline constexpr double k_weeks_per_month = 4.33;

// A person as dense vectors indexed like the content's skills and certifications.
struct Subject {
  std::vector<std::uint8_t> stated;  // stated skill level per skill index, 0 = none
  std::vector<std::uint8_t> skills;  // effective level: max(stated, evidenced by held certs)
  std::vector<std::uint8_t> certs;   // 1 when the certification is held
  double years = 0;
  Education education = Education::none;
  std::optional<Index> stage;      // current stage; absent while it is being inferred
  std::vector<TargetRef> targets;  // tracks and stages the person aims at
  double hours_per_week = k_default_hours_per_week;  // always > 0
};

// Targets are the profile's goals: goals.tracks, then goals.stage.
Subject make_subject(const Content& content, const Profile& profile, std::optional<Index> current_stage);

// Marks the certification held and raises the skills it evidences.
void grant_cert(Subject& subject, const Content& content, Index cert);
// Raises a skill's effective level to at least `level` (never lowers it).
void raise_skill(Subject& subject, Index skill, int level);

// A `years: N` leaf holds for this many years of experience (a tolerance absorbs rounding).
bool years_held(double have, double need);

// A `stage` leaf holds when the current stage is known and at or after the rule's stage.
bool holds(const Rule& rule, const Subject& subject, const Content& content);

// Hours to take a skill from level `from` to level `to` (sum of the per-level effort figures).
Range skill_hours(const Content& content, Index skill, int from, int to);
// True when any per-level figure in (from, to] cites an estimate source.
bool skill_hours_estimate(const Content& content, Index skill, int from, int to);

enum class NeedKind : std::uint8_t { skill, cert, years, education, stage, target };

// One thing that would make an unmet check hold.
struct Need {
  NeedKind kind = NeedKind::skill;
  Index index = 0;                // skill (skill) or stage (stage) index
  int level = 0;                  // skill: level to reach; education: rank to reach
  std::vector<Index> certs;       // cert: any one of these
  std::vector<TargetRef> targets; // target: aim at any one of these
  double years = 0;               // years: more years of experience needed
  double hours = 0;               // learning effort (mid estimate); 0 for calendar-only needs
  double calendar_months = 0;     // time that cannot be studied away (years, stage, education)
  std::string text;               // "raise Linux to level 3", "get ITIL 4 Foundation", ...
};

// The time a set of needs takes: learning and calendar time run in parallel.
struct Effort {
  double hours = 0;            // learning hours, summed
  double calendar_months = 0;  // the longest calendar-only need
  double months = 0;           // max(calendar_months, hours / hours_per_week / 4.33)
  int whole_months = 0;        // months rounded up, for "about N months"
};
Effort effort_of(const std::vector<Need>& needs, double hours_per_week);
Effort effort_of(const Need* first, const Need* last, double hours_per_week);

enum class CheckKind : std::uint8_t { leaf, all, any, not_ };

// One line of an explanation. Group lines (all/any/not) precede their children, which sit one
// depth deeper, so a renderer can indent; `held` is the truth of that node itself.
struct Check {
  CheckKind kind = CheckKind::leaf;
  RuleKind rule = RuleKind::always;
  bool held = false;
  int depth = 0;
  std::string text;          // "Linux at level 3 or above (you: 2)", "one of:", "none of:"
  FilePos where;             // the rule's line, for --explain (Content::locate names its file)
  std::vector<Need> needs;   // unmet leaf outside any `not`: what makes it hold; else empty
};

// A rule's verdict with its reasons.
struct Explanation {
  bool held = false;
  std::vector<Check> checks;  // every node in rule order; empty for Rule::always()
  // What would make the whole rule hold: unmet needs of `all`, the cheapest alternative of a
  // failing `any`; merged per skill/cert group, in first-seen order. Empty when held.
  std::vector<Need> needs;
  // A failing `not` stands in the way: a disqualifier with no fix; `needs` then lists only the
  // fixable rest.
  bool blocked = false;
  Effort effort;              // effort_of(needs)
  // The rule's requirements are its top-level conjuncts (a top-level `all` is flattened, any
  // other rule is one requirement; Rule::always() has none).
  int requirements = 0;
  int requirements_held = 0;
};

// With `checks` false the explanation has no check lines (Explanation::checks stays empty) but
// the same verdict, needs (with their texts), effort and requirement counts.
Explanation explain(const Rule& rule, const Subject& subject, const Content& content, bool checks = true);

// The needs of explain(rule).checks without the explanation: for each leaf that does not hold
// and no `not` encloses, in rule order, what would meet it; unpriced and without text.
void add_unmet_leaves(const Rule& rule, const Subject& subject, const Content& content, std::vector<Need>& out);

// What explain() decides, without its checks and texts: the same held, blocked and effort, at a
// fraction of the cost, for ranking every track and weighing every candidate step.
struct Assessment {
  bool held = false;
  bool blocked = false;
  Effort effort;  // zero when held
};
Assessment assess(const Rule& rule, const Subject& subject, const Content& content);

// explain(rule, ...)'s requirements and requirements_held, without the explanation.
struct RequirementCount {
  int requirements = 0;
  int held = 0;
};
RequirementCount count_requirements(const Rule& rule, const Subject& subject, const Content& content);

}  // namespace careerplan
