#include "careerplan/load/resolve.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"

namespace careerplan {

std::optional<std::string> suggest(const IdTable& table, std::string_view name) {
  std::vector<std::string> names;
  names.reserve(table.size());
  for (const auto& [key, index] : table) names.emplace_back(key);
  std::sort(names.begin(), names.end());
  return did_you_mean(name, names);
}

std::optional<Index> resolve_id(const YamlReader& reader, const yaml::Node& node, const IdTable& table,
                                std::string_view kind) {
  auto name = reader.text(node, kind);
  if (!name) return std::nullopt;
  if (auto it = table.find_name(*name); it != table.end()) return it->second;
  std::string message = fmt::format("unknown {} '{}'", kind, escape_controls(*name));
  if (auto guess = suggest(table, lookup_key(*name))) message += fmt::format(" (did you mean '{}'?)", *guess);
  reader.error(node, std::move(message));
  return std::nullopt;
}

}  // namespace careerplan
