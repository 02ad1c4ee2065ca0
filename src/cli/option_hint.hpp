#pragma once
// "Did you mean" for a mistyped option, in place of CLI11's "argument was not expected".
#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace careerplan::cli {

// After a failed parse: "unknown option '--formt' (did you mean '--format'?)" for the first
// left-over argument that looks like an option, checked against the options of the chosen
// command and of the commands above it; nothing when no left-over argument is an option.
std::optional<std::string> unknown_option(const CLI::App& root);

}  // namespace careerplan::cli
