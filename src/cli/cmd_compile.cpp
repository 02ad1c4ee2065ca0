#include <fmt/format.h>

#include <unistd.h>

#include <memory>

#include "careerplan/base/output.hpp"
#include "careerplan/load/pack_format.hpp"
#include "context.hpp"

namespace careerplan::cli {

namespace {

struct CompileOptions {
  std::string dir;
  std::string output;
  bool force = false;
};

// Validates the pack exactly as --content DIR would, then writes the compiled form atomically.
int run_compile(const CompileOptions& o, const Context& ctx) {
  if ((o.output == "-" || o.output == "/dev/stdout") && ::isatty(STDOUT_FILENO) == 1) {
    // A compiled pack is binary: on a terminal it is noise and may set the terminal's modes.
    throw Failure(ExitCode::usage, Location{}, "refusing to write a compiled pack (binary) to a terminal",
                  {"name a file with -o pack.cpk, or redirect: careerplan compile DIR -o - > pack.cpk"});
  }
  const Content content = load_content_path(o.dir, ctx.max_input_bytes());
  const std::string pack = write_pack(content);
  OutputOptions out;
  out.force = o.force;
  out.inputs = {o.dir};
  write_output(o.output, pack, out);
  if (o.output != "-" && o.output != "/dev/stdout") {
    Context::print(fmt::format("ok: compiled content pack '{}' ({} stages, {} tracks, {} skills) into {} ({} bytes)\n",
                               content.name, content.stages.size(), content.tracks.size(), content.skills.size(),
                               o.output, pack.size()));
  }
  return 0;
}

}  // namespace

static Command setup_compile(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<CompileOptions>();
  CLI::App* app = &sub;
  app->add_option("DIR", options->dir, "Content pack folder (or a compiled pack, to check and copy it)")->required()->type_name("DIR");
  app->add_option("-o,--output", options->output, "File to write, e.g. pack.cpk; - for stdout")->required();
  app->add_flag("-f,--force", options->force, "Replace the output file if it exists");
  app->footer("Example: careerplan compile my-pack -o my-pack.cpk\n"
              "Then: careerplan --content my-pack.cpk tracks");
  return Command{app, [options, &ctx] { return run_compile(*options, ctx); }};
}

const CommandSpec compile_command{"compile", "Compile a content pack folder into a file that loads without YAML",
                                   setup_compile};

}  // namespace careerplan::cli
