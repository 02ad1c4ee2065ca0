#include "careerplan/render/kind_names.hpp"

namespace careerplan {

std::string_view need_kind_name(NeedKind k) {
  switch (k) {
    case NeedKind::skill: return "skill";
    case NeedKind::cert: return "cert";
    case NeedKind::years: return "years";
    case NeedKind::education: return "education";
    case NeedKind::stage: return "stage";
    case NeedKind::target: return "target";
  }
  return "unknown";
}

std::string_view check_kind_name(CheckKind k) {
  switch (k) {
    case CheckKind::leaf: return "leaf";
    case CheckKind::all: return "all";
    case CheckKind::any: return "any";
    case CheckKind::not_: return "not";
  }
  return "unknown";
}

std::string_view rule_kind_name(RuleKind k) {
  switch (k) {
    case RuleKind::always: return "always";
    case RuleKind::all: return "all";
    case RuleKind::any: return "any";
    case RuleKind::not_: return "not";
    case RuleKind::skill: return "skill";
    case RuleKind::years: return "years";
    case RuleKind::cert: return "cert";
    case RuleKind::education: return "education";
    case RuleKind::stage: return "stage";
    case RuleKind::target: return "target";
  }
  return "unknown";
}

std::string_view fit_part_kind_name(FitPartKind k) {
  switch (k) {
    case FitPartKind::skill: return "skill";
    case FitPartKind::certifications: return "certifications";
    case FitPartKind::gates: return "gates";
  }
  return "unknown";
}

std::string_view target_choice_name(TargetChoice c) {
  switch (c) {
    case TargetChoice::focus: return "focus";
    case TargetChoice::goals: return "goals";
    case TargetChoice::top_fit: return "top_fit";
    case TargetChoice::step_up: return "step_up";
  }
  return "unknown";
}

}  // namespace careerplan
