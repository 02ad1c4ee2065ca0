#include "lookup.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"

namespace careerplan::cli {

Index find_id(const IdTable& ids, const std::string& typed, std::string_view kind,
              std::string_view list_command, std::string_view where) {
  if (auto it = ids.find_name(typed); it != ids.end()) return it->second;
  std::vector<std::string> names;
  for (const auto& [name, index] : ids) names.emplace_back(name);
  std::sort(names.begin(), names.end());  // the suggestion must not depend on hash order
  throw Failure(ExitCode::usage, Location{},
                fmt::format("unknown {} '{}'{}{}", kind, escape_controls(typed), where, did_you_mean_suffix(name_key(typed), names)),
                {fmt::format("list them with: {}", list_command)});
}

}  // namespace careerplan::cli
