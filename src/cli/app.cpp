#include "app.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <new>
#include <vector>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/output.hpp"
#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"
#include "config_file.hpp"
#include "context.hpp"
#include "help_format.hpp"
#include "option_hint.hpp"
#include "bounded.hpp"

namespace careerplan::cli {

namespace {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
}

// The innermost (sub)command the command line chose, and its path: "careerplan tracks show".
std::pair<const CLI::App*, std::string> chosen_command(const CLI::App& app) {
  const CLI::App* chosen = &app;
  std::string path = "careerplan";
  for (auto subs = app.get_subcommands(); !subs.empty(); subs = chosen->get_subcommands()) {
    chosen = subs.front();
    path += " " + chosen->get_name();
  }
  return {chosen, path};
}

// The chosen (sub)command's usage line with its full path: "Usage: careerplan tracks show [OPTIONS] ID".
std::string usage_line(const CLI::App& app) {
  const auto [chosen, path] = chosen_command(app);
  const std::string help = chosen->help();
  const auto start = help.find("Usage: ");
  if (start == std::string::npos) return {};
  std::string line = help.substr(start + 7, help.find('\n', start) - start - 7);
  const auto name_end = line.find(' ');
  return "Usage: " + path + (name_end == std::string::npos ? "" : line.substr(name_end));
}

// A global option whose value is the next word.
bool takes_value(std::string_view arg) {
  return arg == "--content" || arg == "--color" || arg == "--config" || arg == "--max-file-size";
}

// The first word that is neither an option nor an option's value: the subcommand the person typed.
std::string typed_command(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (takes_value(arg)) {
      ++i;
    } else if (!arg.starts_with("-")) {
      return std::string(arg);
    }
  }
  return {};
}

// --version with no command and no --help: nothing else needs the command list.
bool asks_only_version(int argc, char** argv) {
  bool version = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") return false;
    version = version || arg == "--version";
  }
  return version;
}

// `name` or `name=VALUE` is among the arguments.
bool given_on_command_line(int argc, char** argv, std::string_view name) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") return false;
    if (arg == name || (arg.starts_with(name) && arg.size() > name.size() && arg[name.size()] == '=')) return true;
  }
  return false;
}

// -h, --help or --version anywhere: what they print does not depend on the config file.
bool asks_help_or_version(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") return false;
    if (arg == "-h" || arg == "--help" || arg == "--version") return true;
  }
  return false;
}

// -h or --help before the command's name: CLI11 shows the top-level help, which lists every command.
bool asks_top_help(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") return true;
    if (takes_value(arg)) {
      ++i;
    } else if (!arg.starts_with("-")) {
      return false;
    }
  }
  return false;
}

Command setup_help(CLI::App& sub, Context&) {
  sub.add_option("COMMAND", "A command whose options to show; none: every command")->type_name("COMMAND");
  sub.footer("Example: careerplan help path");
  return Command{&sub, [] { return 0; }};  // never run: `help X` is read as `X --help`
}

// `careerplan help [COMMAND...]`: the help text a person expects from git and cargo.
const CommandSpec help_command{"help", "Show the options of careerplan or of one command", setup_help};

// In the order --help lists them.
constexpr const CommandSpec* k_commands[] = {&recommend_command, &export_command,   &tracks_command,
                                             &stages_command,    &validate_command, &compile_command,
                                             &team_command,      &skills_command,   &certs_command,
                                             &init_command,      &completion_command, &path_command,
                                             &progress_command,  &import_command,   &match_command,
                                             &help_command};

// `help` and the words after it become those words and --help: "help tracks show" is
// "tracks show --help". Arguments before `help` (global options) are kept.
std::vector<char*> rewrite_help(int argc, char** argv) {
  std::vector<char*> args(argv, argv + argc);
  static char k_help_flag[] = "--help";
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (takes_value(arg)) {
      ++i;
      continue;
    }
    if (arg.starts_with("-")) continue;
    if (arg != "help") break;
    for (int j = i + 1; j < argc; ++j) {
      const std::string_view later = argv[j];
      if (later == "-h" || later == "--help") return args;  // `help --help`: the help command's own
    }
    args.erase(args.begin() + i);
    args.push_back(k_help_flag);
    break;
  }
  return args;
}

// Keeps `p` reachable until the process exits and never destroys it: what run_parsed sets up
// lives as long as the process anyway, and freeing CLI11's option objects or a loaded pack's
// items at exit is work nobody waits for (the built-in content is kept the same way). Leak
// checkers do not count what stays reachable.
template <typename T>
T& until_exit(T* p) {
  static auto* const held = new std::vector<const void*>;
  held->push_back(p);
  return *p;
}

int run_parsed(int argc_given, char** argv_given) {
  std::vector<char*>& args = until_exit(new std::vector<char*>(rewrite_help(argc_given, argv_given)));
  const int argc = static_cast<int>(args.size());
  char** argv = args.data();
  Context& ctx = until_exit(new Context);
  CLI::App& app = until_exit(new CLI::App{
      "careerplan: where you stand in your career, which roles fit, and which next steps pay off", "careerplan"});
  app.formatter(help_formatter());
  app.set_version_flag("--version", fmt::format("careerplan {}", CAREERPLAN_VERSION));
  app.require_subcommand(1);
  app.fallthrough();  // global options may follow the subcommand: careerplan validate --content DIR
  app.footer("Example: careerplan recommend profiles/junior-infra.yaml\n"
             "Exit codes: 0 ok, 64 usage, 65 bad data, 66 cannot open input, 70 internal error, "
             "73 cannot create output, 74 I/O error");
  app.add_option("--content", ctx.globals.content, "Content pack folder, or a pack compiled with 'careerplan compile', to use instead of the built-in pack")
      ->envname("CAREERPLAN_CONTENT");
  app.add_option("--max-file-size", ctx.globals.max_file_mib,
                 "Largest input file read, in MiB: profiles, content pack files, JSON Lines records")
      ->check(Bounded(1, 1024))
      ->type_name("MIB")
      ->default_str(std::to_string(ctx.globals.max_file_mib));
  app.add_option("--color", ctx.globals.color, "Colour output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();

  // Only the command typed is set up: building every command's options is most of CLI11's
  // start-up cost. The others are listed by name only where they can show: in the top-level
  // --help and for "did you mean" after an unknown command. `completion` describes them all.
  const std::string typed = typed_command(argc, argv);
  const CommandSpec* chosen = nullptr;
  for (const CommandSpec* spec : k_commands) {
    if (typed == spec->name) chosen = spec;
  }
  const bool all = chosen == &completion_command;
  const bool listed = all || (chosen == nullptr ? !asks_only_version(argc, argv) : asks_top_help(argc, argv));
  std::vector<Command> commands;
  for (const CommandSpec* spec : k_commands) {
    if (spec != chosen && !listed) continue;
    CLI::App* sub = app.add_subcommand(spec->name, spec->description);
    if (all || spec == chosen) commands.push_back(spec->setup(*sub, ctx));
  }
  const bool help_or_version = asks_help_or_version(argc, argv);
  add_config_file(app, help_or_version);  // after the commands: the file may set their options
  if (!help_or_version) check_config_file(argc, argv);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::string message = e.what();
    if (app.get_subcommands().empty()) {
      if (!typed.empty()) {
        std::vector<std::string> names;
        for (const auto* sub : app.get_subcommands({})) names.push_back(sub->get_name());
        message = fmt::format("unknown command '{}'{}", typed, did_you_mean_suffix(typed, names));
      }
    } else if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
      if (auto hint = unknown_option(app)) message = *hint;
    } else {
      message = parse_error_words(e, *chosen_command(app).first);
    }
    std::fprintf(stderr, "careerplan: error: %s\n", escape_controls(message).c_str());
    if (auto usage = usage_line(app); !usage.empty()) std::fprintf(stderr, "%s\n", usage.c_str());
    std::fprintf(stderr, "Run '%s --help' for more information.\n", chosen_command(app).second.c_str());
    return static_cast<int>(ExitCode::usage);
  }
  if (!ctx.globals.content.empty() && !given_on_command_line(argc, argv, "--content")) {
    const char* env = std::getenv("CAREERPLAN_CONTENT");
    ctx.globals.content_origin = env != nullptr && *env != '\0' ? "the environment variable CAREERPLAN_CONTENT"
                                                                : "the config file, at " + config_content_origin();
  }
  for (const auto& command : commands) {
    if (command.app->parsed()) return command.action();
  }
  return static_cast<int>(ExitCode::usage);
}

}  // namespace

int run(int argc, char** argv) {
  int code = 0;
  try {
    code = run_parsed(argc, argv);
    finish_stdout();
  } catch (const Failure& f) {
    print_diagnostics(f.diagnostics());
    code = static_cast<int>(f.code());
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "careerplan: error: out of memory\n");
    code = static_cast<int>(ExitCode::software);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "careerplan: internal error: %s\n", escape_controls(e.what()).c_str());
    code = static_cast<int>(ExitCode::software);
  } catch (...) {
    std::fprintf(stderr, "careerplan: internal error: unknown exception\n");
    code = static_cast<int>(ExitCode::software);
  }
  return code;
}

}  // namespace careerplan::cli
