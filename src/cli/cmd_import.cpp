#include <fmt/format.h>

#include <memory>

#include "careerplan/base/calendar.hpp"
#include "careerplan/base/output.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/render/profile_yaml.hpp"
#include "context.hpp"

namespace careerplan::cli {

namespace {

struct ImportOptions {
  std::string resume;
  std::string output = "-";
  bool force = false;
  std::string start_date;  // YYYY-MM-DD: open-ended positions run to it
};

int run_import(const ImportOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  if (!o.start_date.empty()) {
    ctx.start_day_option = parse_iso_day(o.start_date);
    if (!ctx.start_day_option) {
      throw Failure(ExitCode::usage, Location{}, fmt::format("--start-date must be a date like 2026-11-24, found '{}'",
                                                            escape_controls(o.start_date)));
    }
  }
  const Profile profile = ctx.load_profile(o.resume);
  if (!profile.resume) {
    throw Failure(ExitCode::data, Location{profile.file, 0, 0}, "file is a careerplan profile, not a JSON Resume",
                  {"import reads a résumé (docs/resume.md); a profile is used as it is"});
  }
  OutputOptions out;
  out.force = o.force;
  out.inputs = ctx.inputs();
  write_output(o.output, render_profile_yaml(c, profile, o.resume == "-" ? "<stdin>" : o.resume), out);
  return 0;
}

}  // namespace

static Command setup_import(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* app = &sub;
  app->add_option("RESUME", options->resume, "JSON Resume file, JSON or YAML (- for stdin)")->required();
  app->add_option("-o,--output", options->output, "Profile file to write; - for stdout")->capture_default_str();
  app->add_flag("-f,--force", options->force, "Replace the output file if it exists");
  app->add_option("--start-date", options->start_date,
                  "Day open-ended positions are counted to, YYYY-MM-DD (default: today, or $SOURCE_DATE_EPOCH)");
  app->footer("Example: careerplan import examples/priya.resume.json -o profile.yaml");
  return Command{app, [options, &ctx] { return run_import(*options, ctx); }};
}

const CommandSpec import_command{"import", "Turn a JSON Resume into an editable careerplan profile", setup_import};

}  // namespace careerplan::cli
