#include "option_hint.hpp"

#include <fmt/format.h>

#include <vector>

#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"

namespace careerplan::cli {

std::optional<std::string> unknown_option(const CLI::App& root) {
  std::vector<std::string> names;
  const CLI::App* app = &root;
  for (;;) {
    for (const CLI::Option* opt : app->get_options()) {
      for (const auto& l : opt->get_lnames()) names.push_back(fmt::format("--{}", l));
      for (const auto& s : opt->get_snames()) names.push_back(fmt::format("-{}", s));
    }
    const auto chosen = app->get_subcommands();
    if (chosen.empty()) break;
    app = chosen.front();
  }
  for (const auto& arg : root.remaining(true)) {
    if (arg.size() < 2 || arg.front() != '-') continue;
    const std::string name = arg.substr(0, arg.find('='));
    return fmt::format("unknown option '{}'{}", escape_controls(name), did_you_mean_suffix(name, names));
  }
  return std::nullopt;
}

}  // namespace careerplan::cli
