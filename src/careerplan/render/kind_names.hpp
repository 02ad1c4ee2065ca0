#pragma once
// The names the plan's JSON writes its kinds under (docs/json-output.md).
#include <string_view>

#include "careerplan/match/matcher.hpp"
#include "careerplan/plan/planner.hpp"

namespace careerplan {

std::string_view need_kind_name(NeedKind k);          // "skill", "cert", "years", ...
std::string_view check_kind_name(CheckKind k);        // "leaf", "all", "any", "not"
std::string_view rule_kind_name(RuleKind k);          // "skill", "years", ...
std::string_view fit_part_kind_name(FitPartKind k);   // "skill", "certifications", "gates"
std::string_view target_choice_name(TargetChoice c);  // "focus", "goals", "top_fit", "step_up"

}  // namespace careerplan
