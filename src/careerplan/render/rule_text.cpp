#include "careerplan/render/rule_text.hpp"

#include <fmt/format.h>

namespace careerplan {

namespace {

std::string target_name(const TargetRef& t, const Content& c) {
  return std::string(t.is_track ? c.tracks[t.index].title : c.stages[t.index].title);
}

std::string text(const Rule& r, const Content& c, bool nested) {
  auto join = [&](std::string_view sep) {
    std::vector<std::string> parts;
    for (const auto& child : r.children) parts.push_back(text(child, c, true));
    std::string s = fmt::format("{}", fmt::join(parts, sep));
    return nested && parts.size() > 1 ? "(" + s + ")" : s;
  };
  switch (r.kind) {
    case RuleKind::always: return "none";
    case RuleKind::all: return join(" and ");
    case RuleKind::any: return join(" or ");
    case RuleKind::not_: return "not " + text(r.children.front(), c, true);
    case RuleKind::skill: return fmt::format("{} {}+", c.skills[r.index].name, r.level);
    case RuleKind::years: return fmt::format("{}+ years of experience", r.years);
    case RuleKind::cert: {
      std::vector<std::string_view> names;
      for (Index i : r.group) names.push_back(c.certifications[i].name);
      std::string s = fmt::format("{}", fmt::join(names, " or "));
      return nested && names.size() > 1 ? "(" + s + ")" : s;
    }
    case RuleKind::education:
      return fmt::format("education: {} or higher", education_name(static_cast<Education>(r.level)));
    case RuleKind::stage: return fmt::format("at or past {}", c.stages[r.index].title);
    case RuleKind::target: {
      std::vector<std::string> names;
      for (const auto& t : r.targets) names.push_back(target_name(t, c));
      return fmt::format("aiming at {}", fmt::join(names, " or "));
    }
  }
  return "none";
}

}  // namespace

std::string rule_text(const Rule& rule, const Content& content) { return text(rule, content, false); }

}  // namespace careerplan
