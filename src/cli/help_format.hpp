#pragma once
// --help in words, wrapped to 80 columns (fewer on a narrower terminal or $COLUMNS), and CLI11's parse errors said the same way.
#include <CLI/CLI.hpp>

#include <memory>
#include <string>

namespace careerplan::cli {

// The help formatter every command uses: option values named by what they take ("N", "TRACK",
// "text|json"), ranges, defaults and "required" said in the description, every line within 80
// columns.
std::shared_ptr<CLI::Formatter> help_formatter();

// CLI11's message for a parse error of `app` (the command that failed), in words: "--top takes
// one value, and was given 2", "--format: 'foo' is not one of text, json".
std::string parse_error_words(const CLI::ParseError& e, const CLI::App& app);

}  // namespace careerplan::cli
