#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>

#include "batch.hpp"
#include "careerplan/render/render_plan.hpp"
#include "careerplan/render/render_resume.hpp"
#include "careerplan/render/render_what_if.hpp"
#include "context.hpp"
#include "plan_options.hpp"
#include "profile_inputs.hpp"
#include "bounded.hpp"

namespace careerplan::cli {

namespace {

struct RecommendOptions {
  std::vector<std::string> profiles;
  PlanFlags plan;
  bool explain = false;
  std::string format = "text";
  unsigned jobs = 0;  // --format jsonl: worker threads, 0 = one per core
  std::vector<std::string> assume;  // --assume: what-if assumptions
};

// Loads every profile first, so a bad one fails the run before anything is printed.
int run_recommend(const RecommendOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  PlanOptions options = plan_options(o.plan, c);
  options.rule_checks = o.format != "text" || o.explain;  // the text report shows them only with --explain
  const std::vector<Assumption> assumptions = parse_assumptions(o.assume, c);
  if (!assumptions.empty() && o.format == "jsonl") {
    throw Failure(ExitCode::usage, Location{}, "--assume works with --format text or json, not jsonl");
  }
  std::vector<Profile> profiles;
  std::vector<Diagnostic> problems;
  ExitCode code = ExitCode::ok;
  if (o.format == "jsonl") return run_batch(BatchOptions{o.profiles, options, o.jobs, ctx.max_input_bytes()}, c);
  const std::vector<std::string> paths = expand_profile_args(o.profiles);
  if (o.format == "json" && paths.size() > 1) {
    // One document, one plan: the top-level shape never depends on how many files were given.
    throw Failure(ExitCode::usage, Location{},
                  fmt::format("--format json writes the plan of one profile, and {} were given", paths.size()),
                  {"for several profiles use --format jsonl: one plan a line, the same object as --format json"});
  }
  for (const auto& path : paths) {
    try {
      profiles.push_back(ctx.load_profile(path));
    } catch (const Failure& f) {
      problems.insert(problems.end(), f.diagnostics().begin(), f.diagnostics().end());
      if (code == ExitCode::ok || f.code() == ExitCode::no_input) code = f.code();
    }
  }
  if (!problems.empty()) throw Failure(code, std::move(problems));

  std::string out;
  if (o.format == "json") {
    JsonWriter json(2);
    for (const auto& p : profiles) {
      std::function<void(JsonWriter&)> more;
      if (!assumptions.empty() || p.resume) {
        more = [&](JsonWriter& w) {
          if (!assumptions.empty()) w.key("what_if").value(what_if_to_json(c, make_what_if(c, p, assumptions, options)));
          write_resume_json(w, c, p);
        };
      }
      write_plan_json(json, c, make_plan(c, p, options), more);
    }
    out = json.take() + "\n";
  } else {
    const TextStyle style = ctx.text_style();
    for (std::size_t i = 0; i < profiles.size(); ++i) {
      if (i > 0) out += "\n";
      std::string report = render_plan_text(c, make_plan(c, profiles[i], options), style, o.explain, o.plan.all);
      if (out.empty()) {
        out = std::move(report);  // the one profile of most runs: no copy
      } else {
        out += report;
      }
      if (!assumptions.empty()) out += render_what_if_text(make_what_if(c, profiles[i], assumptions, options), style);
      out += render_resume_note_text(c, profiles[i], style);
    }
  }
  Context::print(out);
  return 0;
}

}  // namespace

static Command setup_recommend(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<RecommendOptions>();
  CLI::App* app = &sub;
  app->add_option("PROFILE", options->profiles, "Profile YAML files, JSON Resume files, or folders of them (- for stdin; with --format jsonl, - and *.jsonl are JSON Lines streams)")->required();
  add_plan_flags(*app, options->plan);
  add_assume_option(*app, options->assume);
  app->add_flag("--explain", options->explain, "Show each fit's parts and which rule lines held");
  add_format_option(*app, options->format, {"text", "json", "jsonl"});
  app->add_option("-j,--jobs", options->jobs, "With --format jsonl: threads planning at once (default: one per core)")
      ->check(Bounded(1, 256));
  app->footer("Example: careerplan recommend profiles/junior-infra.yaml --explain");
  return Command{app, [options, &ctx] { return run_recommend(*options, ctx); }};
}

const CommandSpec recommend_command{"recommend", "Where you stand, which tracks fit and why, and the next steps that pay off most", setup_recommend};

}  // namespace careerplan::cli
