#include "careerplan/plan/assume.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"

namespace careerplan {

namespace {

const std::vector<std::string> k_assume_hints = {
    "assume a certification by id (careerplan certs) or a skill level as SKILL=LEVEL (careerplan skills), "
    "e.g. --assume itil-4-foundation --assume sql=4"};

[[noreturn]] void refuse(std::string_view text, std::string message) {
  throw Failure(ExitCode::usage, Location{},
                fmt::format("--assume '{}': {}", escape_controls(text), message), k_assume_hints);
}

std::vector<std::string> names_of(const IdTable& table) {
  std::vector<std::string> names;
  names.reserve(table.size());
  for (const auto& [name, index] : table) names.emplace_back(name);
  std::sort(names.begin(), names.end());  // the table's order is not stable; suggestions must be
  return names;
}

}  // namespace

Assumption parse_assumption(const Content& content, std::string_view text) {
  Assumption a;
  a.text = std::string(text);
  const auto eq = text.find('=');
  if (eq == std::string_view::npos) {
    const std::string id(text);
    if (id.empty()) refuse(text, "expected a certification id or SKILL=LEVEL");
    if (auto it = content.cert_ids.find_name(id); it != content.cert_ids.end()) {
      a.kind = AssumptionKind::cert;
      a.index = it->second;
      a.label = content.certifications[a.index].name;
      return a;
    }
    if (content.skill_ids.find_name(id) != content.skill_ids.end()) {
      refuse(text, fmt::format("'{}' is a skill; give the level to assume, like {}=3", escape_controls(id),
                               escape_controls(id)));
    }
    refuse(text, fmt::format("unknown certification '{}'{}", escape_controls(id),
                             did_you_mean_suffix(id, names_of(content.cert_ids))));
  }
  const std::string id(text.substr(0, eq));
  const auto level = parse_decimal(text.substr(eq + 1));
  const auto skill = content.skill_ids.find_name(id);
  if (skill == content.skill_ids.end()) {
    std::string message = fmt::format("unknown skill '{}'{}", escape_controls(id),
                                      did_you_mean_suffix(id, names_of(content.skill_ids)));
    refuse(text, std::move(message));
  }
  if (!level || *level < k_min_level || *level > k_max_level) {
    refuse(text, fmt::format("the level must be a whole number from {} to {}", k_min_level, k_max_level));
  }
  a.kind = AssumptionKind::skill;
  a.index = skill->second;
  a.level = static_cast<int>(*level);
  a.label = fmt::format("{} at level {}", content.skills[a.index].name, a.level);
  return a;
}

Profile apply_assumptions(Profile profile, const std::vector<Assumption>& assumptions) {
  for (const auto& a : assumptions) {
    if (a.kind == AssumptionKind::cert) {
      const bool held = std::any_of(profile.certifications.begin(), profile.certifications.end(),
                                    [&](const ProfileCert& pc) { return pc.cert == a.index; });
      if (!held) profile.certifications.push_back(ProfileCert{a.index, std::nullopt, {}});
      continue;
    }
    auto it = std::find_if(profile.skills.begin(), profile.skills.end(),
                           [&](const ProfileSkill& ps) { return ps.skill == a.index; });
    if (it != profile.skills.end()) {
      it->level = a.level;
    } else {
      profile.skills.push_back(ProfileSkill{a.index, a.level, {}});
    }
  }
  return profile;
}

}  // namespace careerplan
