#include <fmt/format.h>

#include <cstdio>

#include "careerplan/base/diagnostics.hpp"
#include <memory>

#include "context.hpp"

namespace careerplan::cli {

namespace {

struct ValidateOptions {
  std::vector<std::string> profiles;
};

// Checks the pack and every profile, reporting all problems before failing.
int run_validate(const ValidateOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  std::string out = fmt::format("ok: content pack '{}' ({} stages, {} tracks, {} skills, {} certifications, "
                                "{} strategies, {} transitions)\n",
                                c.name, c.stages.size(), c.tracks.size(), c.skills.size(), c.certifications.size(),
                                c.strategies.size(), c.transitions.size());
  std::vector<Diagnostic> problems;
  ExitCode worst = ExitCode::ok;
  for (const auto& path : o.profiles) {
    try {
      out += fmt::format("ok: {}\n", ctx.load_profile(path).file);
    } catch (const Failure& f) {
      problems.insert(problems.end(), f.diagnostics().begin(), f.diagnostics().end());
      if (worst == ExitCode::ok || f.code() == ExitCode::no_input) worst = f.code();
    }
  }
  Context::print(out);
  if (!problems.empty()) throw Failure(worst, std::move(problems));
  return 0;
}

}  // namespace

static Command setup_validate(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* app = &sub;
  app->add_option("PROFILE", options->profiles, "Profiles to check (YAML files, or - for stdin)");
  app->footer("Example: careerplan validate profiles/*.yaml");
  return Command{app, [options, &ctx] { return run_validate(*options, ctx); }};
}

const CommandSpec validate_command{"validate", "Check the content pack and profiles; print ok or every problem", setup_validate};

}  // namespace careerplan::cli
