#pragma once
// The condition language used by stages, tracks and strategies, parsed once into a typed tree.
//   all: [R...]  any: [R...]  not: R
//   skill: {ID: LEVEL, ...}     every listed skill at or above LEVEL
//   years: N                    at least N years of experience
//   cert: ID | [ID...]          holds the certification (any of the group)
//   education: NAME             at least that education level
//   stage: ID                   current stage is ID or later on the ladder
//   target: ID | [ID...]        the person targets one of these tracks or stages
#include <cstdint>
#include <string>
#include <vector>

#include "careerplan/base/file_pos.hpp"

namespace careerplan {

enum class RuleKind : std::uint8_t { always, all, any, not_, skill, years, cert, education, stage, target };

struct TargetRef {
  bool is_track = true;
  std::uint32_t index = 0;
};

// Fields are ordered so that no padding sits between them: a pack holds thousands of rules.
struct Rule {
  RuleKind kind = RuleKind::always;
  std::uint32_t index = 0;           // skill or stage index
  std::vector<Rule> children;        // all / any / not (one child)
  std::vector<std::uint32_t> group;  // cert: any of these certification indices
  std::vector<TargetRef> targets;    // target: any of these
  double years = 0;
  FilePos where;                     // the rule's line in its file, for --explain
  int level = 0;                     // skill level, or education rank

  static Rule always() { return Rule{}; }
};

}  // namespace careerplan
