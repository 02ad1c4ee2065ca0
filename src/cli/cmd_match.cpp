#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "careerplan/base/input.hpp"
#include "careerplan/base/output.hpp"
#include "careerplan/load/job_loader.hpp"
#include "careerplan/plan/job_match.hpp"
#include "careerplan/render/render_match.hpp"
#include "bounded.hpp"
#include "context.hpp"

namespace careerplan::cli {

namespace {

struct MatchOptions {
  std::string profile;
  std::string job;
  bool explain = false;
  std::string format = "text";
  std::string output = "-";
  bool force = false;
  double hours_per_week = 0;
};

int run_match(const MatchOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  const Profile profile = ctx.load_profile(o.profile);
  const TextFile file = read_input(o.job, ctx.max_input_bytes());
  const JobPosting job = load_job(file, c);
  for (const auto& w : job.warnings) std::fprintf(stderr, "%s\n", format_diagnostic(w, "warning").c_str());
  const JobFit fit = match_job(c, profile, job, o.hours_per_week);
  std::string text;
  if (o.format == "json") {
    text = render_match_json(c, fit);
  } else if (o.format == "markdown") {
    text = render_match_markdown(c, fit);
  } else {
    text = render_match_text(c, fit, o.output == "-" ? ctx.text_style() : TextStyle{}, o.explain);
  }
  OutputOptions out;
  out.force = o.force;
  out.inputs = ctx.inputs();
  out.inputs.push_back(o.job);
  write_output(o.output, text, out);
  return 0;
}

}  // namespace

static Command setup_match(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<MatchOptions>();
  CLI::App* app = &sub;
  app->add_option("PROFILE", options->profile, "Profile YAML file or JSON Resume (- for stdin)")->required();
  app->add_option("JOB", options->job, "Job posting in the JSON Resume job schema, JSON or YAML")->required();
  app->add_flag("--explain", options->explain, "Show where in the posting each requirement was read");
  add_format_option(*app, options->format, {"text", "json", "markdown"});
  app->add_option("-o,--output", options->output, "File to write; - for stdout")->capture_default_str();
  app->add_flag("-f,--force", options->force, "Replace the output file if it exists");
  app->add_option("--hours-per-week", options->hours_per_week,
                  "Hours a week for learning (default: the profile's goals.hours_per_week, else 5)")
      ->check(Bounded(0.5, 80.0));
  app->footer("Example: careerplan match examples/priya.resume.json examples/dba.job.json --explain");
  return Command{app, [options, &ctx] { return run_match(*options, ctx); }};
}

const CommandSpec match_command{"match", "How well you fit one job posting, and the steps that close the gap", setup_match};

}  // namespace careerplan::cli
