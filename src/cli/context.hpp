#pragma once
// State shared by the subcommands: global options, the content pack (loaded once), and output.
#include <CLI/CLI.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/model/profile.hpp"
#include "careerplan/render/render.hpp"

namespace careerplan::cli {

struct GlobalOptions {
  std::string content;         // --content DIR, or $CAREERPLAN_CONTENT; empty: the built-in pack
  std::string content_origin;  // what named `content` when no flag did: "$CAREERPLAN_CONTENT" or "FILE:LINE"
  std::string color = "auto";  // --color auto|always|never
  unsigned max_file_mib = 4;   // --max-file-size: the largest input file read, in MiB
};

class Context {
public:
  GlobalOptions globals;

  // The content pack, loaded on first use.
  const Content& content();
  // The profile at `path` ("-" for stdin), resolved against content(); remembered as an input.
  // A JSON Resume is read as one; its warnings are printed to stderr.
  Profile load_profile(const std::string& path);
  // The day the plan starts (--start-date, else $SOURCE_DATE_EPOCH's day, else today): open-ended
  // résumé positions run to it.
  [[nodiscard]] std::chrono::sys_days start_day() const;
  std::optional<std::chrono::sys_days> start_day_option;  // --start-date, where a command has it
  [[nodiscard]] TextStyle text_style() const;
  // The largest input file (profile, pack file, JSON Lines record) read, in bytes.
  [[nodiscard]] std::size_t max_input_bytes() const { return std::size_t{globals.max_file_mib} << 20; }
  // Writes to stdout with a checked write loop, so a full disk is reported with its reason.
  static void print(std::string_view text);

  [[nodiscard]] const std::vector<std::string>& inputs() const { return m_inputs; }

private:
  std::optional<Content> m_loaded;     // a pack read from --content
  const Content* m_content = nullptr;  // the pack in use
  std::vector<std::string> m_inputs;
};

// A subcommand registers itself and the action that runs when it is chosen.
using Action = std::function<int()>;
struct Command {
  CLI::App* app = nullptr;
  Action action;
};

// "text" or "json", checked by CLI11.
CLI::Option* add_format_option(CLI::App& app, std::string& format, std::vector<std::string> formats = {"text", "json"});

// A subcommand: its name and one-line description, and how to add its options and action to the
// subcommand app made from them. Only the command being run is set up, so start-up does not pay
// for building every command's options.
struct CommandSpec {
  const char* name;
  const char* description;
  Command (*setup)(CLI::App& sub, Context& ctx);
};

extern const CommandSpec recommend_command;
extern const CommandSpec export_command;
extern const CommandSpec tracks_command;
extern const CommandSpec stages_command;
extern const CommandSpec validate_command;
extern const CommandSpec compile_command;
extern const CommandSpec team_command;
extern const CommandSpec skills_command;
extern const CommandSpec certs_command;
extern const CommandSpec init_command;
extern const CommandSpec completion_command;
extern const CommandSpec path_command;
extern const CommandSpec progress_command;
extern const CommandSpec import_command;
extern const CommandSpec match_command;

}  // namespace careerplan::cli
