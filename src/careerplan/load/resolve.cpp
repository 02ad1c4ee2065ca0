#include "careerplan/load/resolve.hpp"

#include <fmt/format.h>

#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"

namespace careerplan {

std::optional<std::string> suggest(const IdTable& table, std::string_view name) {
  Suggester s(name);
  for (const auto& [key, index] : table) s.offer(key);  // in byte order: ties never depend on the build
  return s.best();
}

std::optional<std::string> suggest(const IdTable& a, const IdTable& b, std::string_view name) {
  Suggester s(name);
  // Both in byte order, merged, as if the two were one table.
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() || j != b.end()) {
    if (j == b.end() || (i != a.end() && (*i).first <= (*j).first)) {
      s.offer((*i++).first);
    } else {
      s.offer((*j++).first);
    }
  }
  return s.best();
}

std::optional<Index> resolve_id(const YamlReader& reader, const yaml::Node& node, const IdTable& table,
                                std::string_view kind) {
  auto name = reader.text(node, kind);
  if (!name) return std::nullopt;
  if (auto it = table.find_name(*name); it != table.end()) return it->second;
  std::string message = fmt::format("unknown {} '{}'", kind, escape_controls(*name));
  if (!reader.will_show()) {
    // Past the cap on errors per file this one is only counted, so no suggestion is worked out.
  } else if (auto guess = suggest(table, lookup_key(*name))) {
    message += fmt::format(" (did you mean '{}'?)", *guess);
  }
  reader.error(node, std::move(message));
  return std::nullopt;
}

}  // namespace careerplan
