#pragma once
// State shared by the subcommands: global options, the content pack (loaded once), and output.
#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "careerplan/content_loader.hpp"
#include "careerplan/profile.hpp"
#include "careerplan/render.hpp"

namespace careerplan::cli {

struct GlobalOptions {
  std::string content;         // --content DIR, or $CAREERPLAN_CONTENT; empty: the built-in pack
  std::string color = "auto";  // --color auto|always|never
};

class Context {
public:
  GlobalOptions globals;

  // The content pack, loaded on first use.
  const Content& content();
  // The profile at `path` ("-" for stdin), resolved against content(); remembered as an input.
  Profile load_profile(const std::string& path);
  [[nodiscard]] TextStyle text_style() const;
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

Command setup_tracks(CLI::App& root, Context& ctx);
Command setup_stages(CLI::App& root, Context& ctx);
Command setup_validate(CLI::App& root, Context& ctx);
Command setup_recommend(CLI::App& root, Context& ctx);
Command setup_export(CLI::App& root, Context& ctx);
Command setup_compile(CLI::App& root, Context& ctx);
Command setup_team(CLI::App& root, Context& ctx);
Command setup_skills(CLI::App& root, Context& ctx);
Command setup_certs(CLI::App& root, Context& ctx);
Command setup_init(CLI::App& root, Context& ctx);
Command setup_completion(CLI::App& root, Context& ctx);
Command setup_path(CLI::App& root, Context& ctx);
Command setup_progress(CLI::App& root, Context& ctx);

}  // namespace careerplan::cli
