#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <memory>

#include "careerplan/base/calendar.hpp"
#include "careerplan/base/output.hpp"
#include "careerplan/render/render_html.hpp"
#include "careerplan/render/render_plan.hpp"
#include "careerplan/render/render_resume.hpp"
#include "careerplan/base/text.hpp"
#include "context.hpp"
#include "plan_options.hpp"

namespace careerplan::cli {

namespace {

struct ExportOptions {
  std::string profile;
  std::string output = "-";
  bool force = false;
  std::string format = "markdown";
  std::string start_date;  // YYYY-MM-DD; default: $SOURCE_DATE_EPOCH's day, else today
  PlanFlags plan;
};

// Dates are the only input not in the files; SOURCE_DATE_EPOCH makes builds and tests reproducible.
std::string default_start_date() {
  using namespace std::chrono;
  sys_seconds now = time_point_cast<seconds>(system_clock::now());
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    if (auto v = parse_decimal(epoch); v && *v >= 0) now = sys_seconds{seconds{*v}};
  }
  const year_month_day day{floor<days>(now)};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                     static_cast<unsigned>(day.day()));
}

int run_export(const ExportOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  PlanOptions options = plan_options(o.plan, c);
  options.route = true;  // the exported plan shows the route to its first target
  options.rule_checks = o.format == "json";  // Markdown and HTML do not show them
  if (!o.start_date.empty() && !is_iso_date(o.start_date)) {
    throw Failure(ExitCode::usage, Location{}, fmt::format("--start-date must be a date like 2026-11-24, found '{}'",
                                                          escape_controls(o.start_date)));
  }
  if (!o.start_date.empty()) ctx.start_day_option = parse_iso_day(o.start_date);
  const Profile profile = ctx.load_profile(o.profile);
  const Plan plan = make_plan(c, profile, options);
  std::string text;
  if (o.format == "json") {
    JsonWriter json(2);
    write_plan_json(json, c, plan, [&](JsonWriter& w) { write_resume_json(w, c, profile); });
    text = json.take() + "\n";
  } else if (o.format == "html") {
    HtmlOptions html;
    html.start_date = o.start_date.empty() ? default_start_date() : o.start_date;
    text = render_plan_html(c, plan, html);
  } else {
    MarkdownOptions md;
    md.start_date = o.start_date.empty() ? default_start_date() : o.start_date;
    text = render_plan_markdown(c, plan, md) + render_resume_note_markdown(c, profile);
  }
  OutputOptions out;
  out.force = o.force;
  out.inputs = ctx.inputs();
  write_output(o.output, text, out);
  return 0;
}

}  // namespace

static Command setup_export(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* app = &sub;
  app->add_option("PROFILE", options->profile, "Profile YAML file or JSON Resume (- for stdin)")->required();
  app->add_option("-o,--output", options->output, "File to write; - for stdout")->capture_default_str();
  app->add_flag("-f,--force", options->force, "Replace the output file if it exists");
  add_format_option(*app, options->format, {"markdown", "json", "html"});
  app->add_option("--start-date", options->start_date,
                  "Day the plan starts, YYYY-MM-DD, for target dates (default: today, or $SOURCE_DATE_EPOCH)");
  add_plan_flags(*app, options->plan);
  app->footer("Example: careerplan export profiles/junior-infra.yaml -o plan.md");
  return Command{app, [options, &ctx] { return run_export(*options, ctx); }};
}

const CommandSpec export_command{"export", "Write the plan as a file a person keeps: Markdown, HTML or JSON", setup_export};

}  // namespace careerplan::cli
