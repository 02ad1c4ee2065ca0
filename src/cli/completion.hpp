#pragma once
// Shell completion scripts generated from the live CLI11 command tree, so a new subcommand or
// option is completed without editing a list. An option's type name says what its value is:
// TRACK, SKILL, CERT, STAGE, TARGET and ASSUMPTION complete names from the content pack, COMMAND
// the commands, a {a,b} validator its choices, DIR folders; numbers complete nothing, anything
// else completes file names.
#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace careerplan::cli {

// id and title of each entry, per id kind: "TRACK", "SKILL", "CERT", "STAGE"; "TARGET" (what
// `path --to` takes: stages, tracks, roles), "ASSUMPTION" (certifications and "SKILL="), "COMMAND".
struct CompletionIds {
  std::string pack;
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>> kinds;
};

// `shell` is bash, zsh or fish.
std::string completion_script(const CLI::App& root, std::string_view shell, const CompletionIds& ids);

}  // namespace careerplan::cli
