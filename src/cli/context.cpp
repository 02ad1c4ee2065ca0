#include "context.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>
#include <cstdlib>

#include "careerplan/base/calendar.hpp"
#include "careerplan/base/input.hpp"
#include "careerplan/base/output.hpp"
#include "careerplan/load/pack_format.hpp"
#include "careerplan/load/profile_loader.hpp"
#include "careerplan/base/text.hpp"

namespace careerplan::cli {

const Content& Context::content() {
  if (m_content == nullptr) {
    if (globals.content.empty()) {
      m_content = &builtin_content();
    } else {
      try {
        m_loaded = load_content_path(globals.content, max_input_bytes());  // a folder, or a compiled .cpk
      } catch (const Failure& f) {
        if (globals.content_origin.empty()) throw;
        // A pack nobody typed in this command: say where it was named.
        std::vector<Diagnostic> diags = f.diagnostics();
        if (!diags.empty()) {
          diags.front().hints.push_back(fmt::format("the content pack '{}' was named by {}", globals.content,
                                                    globals.content_origin));
        }
        throw Failure(f.code(), std::move(diags));
      }
      m_content = &*m_loaded;
    }
  }
  return *m_content;
}

Profile Context::load_profile(const std::string& path) {
  const Content& c = content();
  TextFile file = read_input(path, max_input_bytes());
  m_inputs.push_back(path);
  // A .json file is read by the strict JSON reader: faster than YAML's, and its messages speak JSON.
  const ProfileSyntax syntax = path.ends_with(".json") ? ProfileSyntax::json : ProfileSyntax::yaml;
  // The day only a JSON Resume needs: $SOURCE_DATE_EPOCH is read (and checked) only for one.
  Profile profile = careerplan::load_profile(file, c, syntax, start_day_option);
  if (profile.resume) {
    for (const auto& w : profile.resume->warnings) std::fprintf(stderr, "%s\n", format_diagnostic(w, "warning").c_str());
  }
  return profile;
}

std::chrono::sys_days Context::start_day() const { return start_day_option ? *start_day_option : plan_start_day(); }

TextStyle Context::text_style() const {
  TextStyle style;
  const bool tty = ::isatty(STDOUT_FILENO) == 1;
  const char* no_color = std::getenv("NO_COLOR");
  const bool no_color_set = no_color != nullptr && *no_color != '\0';
  style.color = globals.color == "always" || (globals.color == "auto" && tty && !no_color_set);
  winsize ws{};
  style.terminal = tty;
  style.width_set = tty;  // a terminal whose size is unknown is taken as 80 columns
  if (tty && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
    style.width = ws.ws_col;
    style.width_set = true;
  } else if (const char* cols = std::getenv("COLUMNS")) {
    if (auto v = parse_decimal(cols); v && *v >= 40 && *v <= 1000) {
      style.width = static_cast<std::size_t>(*v);
      style.width_set = true;
    }
  }
  return style;
}

void Context::print(std::string_view text) { write_output("-", text, OutputOptions{}); }

CLI::Option* add_format_option(CLI::App& app, std::string& format, std::vector<std::string> formats) {
  std::string names;
  for (const auto& f : formats) names += (names.empty() ? "" : "|") + f;
  return app.add_option("--format", format, "Output format: " + names)
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
}

}  // namespace careerplan::cli
