#include "lookup.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <vector>

#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"

namespace careerplan::cli {

namespace {

struct KindInfo {
  CatalogueKind kind;
  std::string_view name;     // "track"
  std::string_view command;  // "tracks": lists them; "tracks show X" shows one (stages have no show)
};

constexpr std::array<KindInfo, 4> k_kinds = {{{CatalogueKind::track, "track", "tracks"},
                                              {CatalogueKind::stage, "stage", "stages"},
                                              {CatalogueKind::skill, "skill", "skills"},
                                              {CatalogueKind::cert, "certification", "certs"}}};

const IdTable& table_of(const Content& c, CatalogueKind kind) {
  switch (kind) {
    case CatalogueKind::track: return c.track_ids;
    case CatalogueKind::stage: return c.stage_ids;
    case CatalogueKind::skill: return c.skill_ids;
    case CatalogueKind::cert: return c.cert_ids;
  }
  return c.track_ids;
}

const KindInfo& info_of(CatalogueKind kind) {
  return *std::find_if(k_kinds.begin(), k_kinds.end(), [&](const KindInfo& k) { return k.kind == kind; });
}

}  // namespace

Index find_id(const Content& c, CatalogueKind kind, const std::string& typed, std::string_view where) {
  const IdTable& ids = table_of(c, kind);
  if (auto it = ids.find_name(typed); it != ids.end()) return it->second;
  const KindInfo& self = info_of(kind);
  const std::string message = fmt::format("unknown {} '{}'{}", self.name, escape_controls(typed), where);
  const std::string key = lookup_key(typed);
  const auto sorted_names = [](const IdTable& table) {
    std::vector<std::string> names;
    for (const auto& [name, index] : table) names.emplace_back(name);
    std::sort(names.begin(), names.end());  // the suggestion must not depend on the table's order
    return names;
  };
  // A name of another kind, exactly: "linux" typed for a track is the skill.
  const KindInfo* exact = nullptr;
  for (const KindInfo& other : k_kinds) {
    const IdTable& table = table_of(c, other.kind);
    if (other.kind != kind && exact == nullptr && table.find_name(typed) != table.end()) exact = &other;
  }
  std::vector<std::string> hints;
  if (exact != nullptr) {
    hints.push_back(exact->kind == CatalogueKind::stage
                        ? fmt::format("'{}' is a stage: careerplan stages", escape_controls(typed))
                        : fmt::format("'{}' is a {}: careerplan {} show {}", escape_controls(typed), exact->name,
                                      exact->command, key));
  }
  hints.push_back(fmt::format("list the {}s with: careerplan {}", self.name, self.command));
  if (auto guess = did_you_mean(key, sorted_names(ids))) {
    throw Failure(ExitCode::usage, Location{}, fmt::format("{} (did you mean '{}'?)", message, *guess), hints);
  }
  if (exact != nullptr) throw Failure(ExitCode::usage, Location{}, message, hints);
  // Nothing of this kind is close: the closest name of another kind, in the order of k_kinds.
  for (const KindInfo& other : k_kinds) {
    if (other.kind == kind) continue;
    if (auto guess = did_you_mean(key, sorted_names(table_of(c, other.kind)))) {
      throw Failure(ExitCode::usage, Location{}, fmt::format("{} (did you mean the {} '{}'?)", message, other.name, *guess),
                    hints);
    }
  }
  throw Failure(ExitCode::usage, Location{}, message, hints);
}

}  // namespace careerplan::cli
