#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <system_error>

#include "careerplan/base/output.hpp"
#include "careerplan/render/starter_profile.hpp"
#include "careerplan/base/text.hpp"
#include "context.hpp"
#include "interview.hpp"

namespace careerplan::cli {

namespace {

struct InitOptions {
  std::string output = "profile.yaml";
  bool force = false;
  bool interactive = false;
};

// The installed profile schema (PREFIX/share/careerplan/schema, beside PREFIX/bin), for the
// editor line; empty when careerplan runs from a build tree without one.
std::string installed_schema() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  const auto schema = exe.parent_path().parent_path() / "share/careerplan/schema/profile.schema.json";
  return std::filesystem::is_regular_file(schema, ec) ? schema.lexically_normal().string() : std::string();
}

int run_init(const InitOptions& o, Context& ctx) {
  if (o.interactive && ::isatty(STDIN_FILENO) != 1) {
    throw Failure(ExitCode::usage, Location{}, "--interactive needs a terminal on standard input",
                  {"without it, careerplan init writes a commented starter profile to fill in"});
  }
  std::error_code ec;
  // Refuse before asking anything, so no one answers every question for nothing.
  if (o.output != "-" && !o.force && std::filesystem::symlink_status(o.output, ec).type() != std::filesystem::file_type::not_found) {
    throw Failure(ExitCode::cant_create, Location{o.output, 0, 0}, "already exists (use --force to overwrite)");
  }
  const Content& c = ctx.content();
  TextStyle prompts = ctx.text_style();
  prompts.color = false;
  const std::string text = o.interactive ? answers_profile(c, interview(c, std::cin, stderr, prompts), installed_schema())
                                         : starter_profile(c, installed_schema());
  OutputOptions out;
  out.force = o.force;
  write_output(o.output, text, out);
  if (o.output != "-") {
    const std::string shown = escape_controls(o.output);
    std::fprintf(stderr, "wrote %s; check it with: careerplan validate %s\n", shown.c_str(), shown.c_str());
  }
  return 0;
}

}  // namespace

static Command setup_init(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<InitOptions>();
  CLI::App* app = &sub;
  app->add_option("-o,--output", options->output, "File to write; - for stdout")->capture_default_str();
  app->add_flag("-f,--force", options->force, "Replace the file if it exists");
  app->add_flag("-i,--interactive", options->interactive,
                "Ask for name, years, stage, skills and certifications (needs a terminal)");
  app->footer("Example: careerplan init -o me.yaml && careerplan recommend me.yaml");
  return Command{app, [options, &ctx] { return run_init(*options, ctx); }};
}

const CommandSpec init_command{"init", "Write a starter profile to fill in, or ask a few questions and write the answers", setup_init};

}  // namespace careerplan::cli
