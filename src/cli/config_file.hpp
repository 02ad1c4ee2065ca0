#pragma once
// Defaults from a TOML file, read through CLI11's config support (`--config FILE`, by default
// $XDG_CONFIG_HOME/careerplan/config.toml, else ~/.config/careerplan/config.toml; the file is
// optional). Only the keys in a fixed table are accepted, each named like the flag it stands
// for: content, color, hours-per-week. A flag on the command line or a set environment variable
// wins over the file. A bad file fails the run with FILE:LINE and exit 65 (docs/usage.md).
#include <CLI/CLI.hpp>

#include <string>

namespace careerplan::cli {

// The file read when --config is not given; empty when neither XDG_CONFIG_HOME nor HOME is set.
std::string default_config_path();

// Checks the config file named by --config (else the default one, when it exists) as every input
// is checked, before CLI11 opens it: a missing or unreadable file, a folder or a FIFO (which would
// block the read), or a file over the size limit fails with FILE: error: REASON (exit 66 or 65).
void check_config_file(int argc, char** argv);

// Adds --config to `app` (the root) and the formatter that checks and applies the file; with
// `ignore` (the run asks for --help or --version) the file is not read, so a typo in it cannot
// stand between a person and the help that would explain it.
void add_config_file(CLI::App& app, bool ignore);

// "FILE:LINE" where the config file set `content` in this run; empty when it did not.
std::string config_content_origin();

}  // namespace careerplan::cli
