#include <memory>
#include <optional>
#include <thread>

#include "careerplan/base/input.hpp"
#include "careerplan/load/profile_loader.hpp"
#include "careerplan/render/render_team.hpp"
#include "careerplan/plan/team.hpp"
#include "context.hpp"
#include "ordered_pool.hpp"
#include "plan_options.hpp"
#include "profile_inputs.hpp"
#include "bounded.hpp"

namespace careerplan::cli {

namespace {

struct TeamOptions {
  std::string dir;
  std::string format = "text";
  std::size_t tracks = 5;
  PlanFlags plan;
};

struct Planned {
  std::optional<Plan> plan;
  std::vector<Diagnostic> problems;
  ExitCode code = ExitCode::ok;
};

// Every member is planned (on every core) before anything is printed, so one bad profile fails
// the run with every problem listed, as `recommend` does.
int run_team(const TeamOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  const PlanOptions options = plan_options(o.plan, c);
  TeamBuilder team(c);
  std::vector<Diagnostic> problems;
  ExitCode worst = ExitCode::ok;
  const unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  OrderedPool<std::string, Planned> pool(
      jobs, jobs * 4,
      [&](std::string& path) {
        Planned p;
        try {
          p.plan = make_plan(c, load_profile(read_input(path, ctx.max_input_bytes()), c), options);
        } catch (const Failure& f) {
          p.problems = f.diagnostics();
          p.code = f.code();
        }
        return p;
      },
      [&](Planned& p) {
        if (p.plan) team.add(*p.plan);
        problems.insert(problems.end(), p.problems.begin(), p.problems.end());
        if (p.code != ExitCode::ok && (worst == ExitCode::ok || p.code == ExitCode::no_input)) worst = p.code;
      });
  for (auto& path : profiles_in(o.dir)) pool.submit(std::move(path));
  pool.finish();
  if (!problems.empty()) throw Failure(worst, std::move(problems));

  const TeamSummary summary = team.finish(o.tracks);
  if (o.format == "json") {
    Context::print(team_to_json(summary).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
  } else if (o.format == "markdown") {
    Context::print(render_team_markdown(summary));
  } else {
    Context::print(render_team_text(summary, ctx.text_style()));
  }
  return 0;
}

}  // namespace

static Command setup_team(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<TeamOptions>();
  CLI::App* app = &sub;
  app->add_option("DIR", options->dir, "Folder of profile YAML files (every *.yaml in it)")->required()->type_name("DIR");
  add_format_option(*app, options->format, {"text", "markdown", "json"});
  app->add_option("--tracks", options->tracks, "Tracks to list at least (every member's best track is always listed)")
      ->check(Bounded(1, 1000))
      ->default_str(std::to_string(options->tracks));
  add_plan_flags(*app, options->plan);
  app->footer("Example: careerplan team profiles/ --format markdown");
  return Command{app, [options, &ctx] { return run_team(*options, ctx); }};
}

const CommandSpec team_command{"team", "Summarise a folder of profiles: tracks the team fits, shared gaps, who is ready next", setup_team};

}  // namespace careerplan::cli
