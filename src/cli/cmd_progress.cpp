#include <memory>

#include "careerplan/plan/progress_report.hpp"
#include "careerplan/render/render_progress.hpp"
#include "context.hpp"
#include "plan_options.hpp"

namespace careerplan::cli {

namespace {

struct ProgressOptions {
  std::string before;
  std::string after;
  PlanFlags plan;
  std::string format = "text";
};

int run_progress(const ProgressOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  const PlanOptions options = plan_options(o.plan, c);
  const Profile before = ctx.load_profile(o.before);
  const Profile after = ctx.load_profile(o.after);
  const ProgressReport report = compare_progress(c, before, after, options);
  if (o.format == "json") {
    Context::print(progress_to_json(c, report).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
  } else if (o.format == "markdown") {
    Context::print(render_progress_markdown(report));
  } else {
    Context::print(render_progress_text(report, ctx.text_style()));
  }
  return 0;
}

}  // namespace

static Command setup_progress(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<ProgressOptions>();
  CLI::App* app = &sub;
  app->add_option("OLD", options->before, "The earlier profile YAML file")->required();
  app->add_option("NEW", options->after, "The later profile YAML file (- for stdin)")->required();
  add_plan_flags(*app, options->plan);
  add_format_option(*app, options->format, {"text", "json", "markdown"});
  app->footer("Example: careerplan progress old/me.yaml me.yaml");
  return Command{app, [options, &ctx] { return run_progress(*options, ctx); }};
}

const CommandSpec progress_command{"progress", "What changed between two versions of a profile: levels, certifications, fit, steps done, time saved", setup_progress};

}  // namespace careerplan::cli
