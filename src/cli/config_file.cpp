#include "config_file.hpp"

#include <fmt/format.h>

#include <sys/stat.h>

#include <array>
#include <cctype>
#include <cstdlib>
#include <sstream>
#include <string_view>
#include <vector>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/input.hpp"
#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"
#include "plan_options.hpp"

namespace careerplan::cli {

namespace {

// The keys a config file may hold: the long name of the flag each one sets.
constexpr std::array<std::string_view, 3> k_config_keys = {"content", "color", "hours-per-week"};

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

// 1-based line where `key` is set, or 0.
int line_of(const std::string& text, std::string_view key) {
  std::istringstream in(text);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    const auto start = line.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    std::string_view rest = std::string_view(line).substr(start);
    if (!rest.empty() && (rest.front() == '"' || rest.front() == '\'')) rest.remove_prefix(1);
    if (!rest.starts_with(key)) continue;
    rest.remove_prefix(key.size());
    if (rest.empty() || rest.front() == ' ' || rest.front() == '\t' || rest.front() == '=' || rest.front() == '"' ||
        rest.front() == '\'' || rest.front() == ']') {
      return n;
    }
  }
  return 0;
}

// Every option called --name in the command tree, the root's first.
void options_named(CLI::App& app, const std::string& name, std::vector<CLI::Option*>& out) {
  if (CLI::Option* op = app.get_option_no_throw(name)) out.push_back(op);
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) options_named(*sub, name, out);
}

// Where `content` was set by the file read in this run ("FILE:LINE"), or empty.
std::string& content_origin() {
  static std::string origin;
  return origin;
}

// The first line that is neither blank, a comment, a [section] nor `key = value`: a file with
// one is not TOML, and saying so once beats an "unknown key" for each of its lines.
int first_non_toml_line(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    const auto start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos || line[start] == '#' || line[start] == '[') continue;
    const auto eq = line.find('=', start);
    if (eq == std::string::npos) return n;
    const auto key_end = line.find_last_not_of(" \t", eq - 1);
    if (key_end == std::string::npos || key_end < start) return n;
    for (auto i = start; i <= key_end; ++i) {
      const char c = line[i];
      const bool key_char = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.' ||
                            c == '"' || c == '\'';
      if (!key_char) return n;
    }
  }
  return 0;
}

class ConfigFile : public CLI::ConfigTOML {
public:
  ConfigFile(CLI::App& root, std::string default_path, bool ignore)
      : m_root(root), m_default_path(std::move(default_path)), m_ignore(ignore) {}

  // Checks every item and applies it to the options it names; CLI11 is handed nothing more,
  // so each problem can be reported with the file and line it comes from.
  std::vector<CLI::ConfigItem> from_config(std::istream& input) const override {
    if (m_ignore) return {};
    std::string text;
    for (std::string line; std::getline(input, line);) text += fmt::format("{}\n", line);
    const std::string path = file_path();
    if (const int bad = first_non_toml_line(text); bad != 0) {
      throw Failure(ExitCode::data, Location{path, bad, 0},
                    "not a TOML config file: this line is neither 'key = value', a [section] nor a # comment",
                    {"a config file holds lines like: color = \"never\" (docs: man careerplan, FILES)"});
    }
    std::istringstream copy(text);
    const std::vector<CLI::ConfigItem> parsed = CLI::ConfigTOML::from_config(copy);
    const std::vector<std::string> keys(k_config_keys.begin(), k_config_keys.end());
    Diagnostics diags;
    std::vector<std::string> seen;
    for (const auto& item : parsed) {
      if (!item.parents.empty()) {
        if (item.name == "++") {
          diags.error(Location{path, line_of(text, fmt::format("[{}", item.parents.front())), 0},
                      fmt::format("unknown section '[{}]': write every key at the top of the file",
                                  escape_controls(item.parents.front())),
                      {fmt::format("the keys are: {}", fmt::join(keys, ", "))});
        }
        continue;
      }
      const Location where{path, line_of(text, item.name), 0};
      if (std::find(keys.begin(), keys.end(), item.name) == keys.end()) {
        diags.error(where,
                    fmt::format("unknown key '{}'{}", escape_controls(item.name), did_you_mean_suffix(item.name, keys)),
                    {fmt::format("the keys are: {}", fmt::join(keys, ", "))});
        continue;
      }
      if (std::find(seen.begin(), seen.end(), item.name) != seen.end()) {
        diags.error(where, fmt::format("'{}' is set twice", item.name));
        continue;
      }
      seen.push_back(item.name);
      if (item.inputs.size() != 1) {
        diags.error(where, fmt::format("'{}' takes one value, found {}", item.name, item.inputs.size()));
        continue;
      }
      apply(item.name, item.inputs.front(), where, diags);
    }
    throw_if_any(diags, ExitCode::data);
    return {};
  }

private:
  std::string file_path() const {
    const CLI::Option* config = m_root.get_config_ptr();
    if (config != nullptr && config->count() > 0) return config->results().front();
    return m_default_path;
  }

  void apply(const std::string& key, std::string value, const Location& where, Diagnostics& diags) const {
    if (key == "content") {
      if (value.starts_with("~/")) value = env("HOME") + value.substr(1);
      if (!value.starts_with("/")) {
        diags.error(where, fmt::format("content must be an absolute path (or start with ~/), found '{}'",
                                       escape_controls(value)),
                    {"a relative path would depend on the folder careerplan runs in"});
        return;
      }
    }
    std::vector<CLI::Option*> options;
    options_named(m_root, fmt::format("--{}", key), options);
    // Only the command being run is set up; a key for the plan options of the others is still
    // checked, so a config file is valid or not whatever the command.
    CLI::App scratch;
    PlanFlags unused;
    if (options.empty()) {
      add_plan_flags(scratch, unused);
      options_named(scratch, fmt::format("--{}", key), options);
    }
    for (CLI::Option* op : options) {
      if (!op->empty()) continue;  // given on the command line: the flag wins
      if (!op->get_envname().empty() && !env(op->get_envname().c_str()).empty()) continue;  // so does the environment
      try {
        op->add_result(value);
        op->run_callback();
        if (key == "content") content_origin() = fmt::format("{}:{}", where.file, where.line);
      } catch (const CLI::Error& e) {
        diags.error(where, fmt::format("bad value for '{}': {}", key, escape_controls(e.what())));
        return;
      }
    }
  }

  CLI::App& m_root;
  std::string m_default_path;
  bool m_ignore;  // --help or --version: the file cannot change what they print
};

}  // namespace

std::string default_config_path() {
  const std::string xdg = env("XDG_CONFIG_HOME");
  if (xdg.starts_with("/")) return xdg + "/careerplan/config.toml";  // a relative one is ignored (XDG spec)
  const std::string home = env("HOME");
  return home.empty() ? std::string() : home + "/.config/careerplan/config.toml";
}

std::string config_content_origin() { return content_origin(); }

void check_config_file(int argc, char** argv) {
  std::string path;
  bool named = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--config" && i + 1 < argc) {
      path = argv[i + 1];
      named = true;
    } else if (arg.starts_with("--config=")) {
      path = std::string(arg.substr(9));
      named = true;
    }
  }
  if (!named) {
    path = default_config_path();
    struct stat st {};
    if (path.empty() || ::stat(path.c_str(), &st) != 0) return;  // no default file: nothing to read
  }
  if (path == "-") return;  // a file named "-": CLI11 reports it
  (void)read_input(path);   // throws Failure: missing, unreadable, not a regular file, too large
}

void add_config_file(CLI::App& app, bool ignore) {
  const std::string path = default_config_path();
  app.config_formatter(std::make_shared<ConfigFile>(app, path, ignore));
  app.set_config("--config", path, "TOML file of defaults: content, color, hours-per-week");
}

}  // namespace careerplan::cli
