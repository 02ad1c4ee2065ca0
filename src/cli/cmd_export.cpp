#include <fmt/format.h>

#include <cctype>
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
  std::string format;  // empty: from the output file's extension, else markdown
  std::string start_date;  // YYYY-MM-DD; default: $SOURCE_DATE_EPOCH's day, else today
  PlanFlags plan;
};

// Dates are the only input not in the files; SOURCE_DATE_EPOCH makes builds and tests reproducible.
std::string default_start_date() { return iso_day(plan_start_day()); }

// The format an output file's extension names, or empty for none we know.
std::string format_of_extension(const std::string& output) {
  const auto slash = output.rfind('/');
  const auto dot = output.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string ext = output.substr(dot + 1);
  for (auto& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (ext == "html" || ext == "htm") return "html";
  if (ext == "json") return "json";
  if (ext == "md" || ext == "markdown") return "markdown";
  return {};
}

// --format when given, else the output's extension, else Markdown; a --format the extension
// contradicts is refused, so plan.html never holds Markdown.
std::string export_format(const ExportOptions& o) {
  const std::string from_name = format_of_extension(o.output);
  if (o.format.empty()) return from_name.empty() ? "markdown" : from_name;
  if (!from_name.empty() && from_name != o.format) {
    throw Failure(ExitCode::usage, Location{},
                  fmt::format("--format {} does not match the output file '{}', which names {}", o.format,
                              escape_controls(o.output), from_name),
                  {fmt::format("leave out --format to write {}, or name the file for {}", from_name, o.format)});
  }
  return o.format;
}

int run_export(ExportOptions o, Context& ctx) {
  o.format = export_format(o);
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
  app->add_option("--format", options->format,
                  "Output format: markdown|json|html (default: from the output file's extension, .md, .json or "
                  ".html; else markdown)")
      ->check(CLI::IsMember({"markdown", "json", "html"}));
  app->add_option("--start-date", options->start_date,
                  "Day the plan starts, YYYY-MM-DD, for target dates (default: today, or $SOURCE_DATE_EPOCH)");
  add_plan_flags(*app, options->plan);
  app->footer("Example: careerplan export profiles/junior-infra.yaml -o plan.html");
  return Command{app, [options, &ctx] { return run_export(*options, ctx); }};  // a copy: the format is settled there
}

const CommandSpec export_command{"export", "Write the plan as a file a person keeps: Markdown, HTML or JSON", setup_export};

}  // namespace careerplan::cli
