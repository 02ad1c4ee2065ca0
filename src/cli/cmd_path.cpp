#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "careerplan/render/render_route.hpp"
#include "careerplan/render/render_what_if.hpp"
#include "careerplan/plan/route.hpp"
#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/plan/what_if.hpp"
#include "context.hpp"
#include "plan_options.hpp"
#include "bounded.hpp"

namespace careerplan::cli {

namespace {

struct PathOptions {
  std::string profile;
  std::string to;
  int alternatives = 2;
  std::vector<std::string> assume;
  std::string format = "text";
  double hours_per_week = 0;  // 0: the profile's own
};

char ascii_lower(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = ascii_lower(ch);
  return out;
}

// Role titles are matched without regard to case, so the suggestion is too.
RouteTarget find_target(const Content& c, const std::string& typed) {
  if (auto target = resolve_route_target(c, typed)) return *target;
  const std::vector<std::string> names = route_target_names(c);
  std::vector<std::string> folded;
  folded.reserve(names.size());
  for (const auto& n : names) folded.push_back(lowered(n));
  std::string message = fmt::format("unknown target '{}' given to --to", escape_controls(typed));
  if (auto guess = did_you_mean(lowered(typed), folded)) {
    const auto at = static_cast<std::size_t>(std::find(folded.begin(), folded.end(), *guess) - folded.begin());
    message += fmt::format(" (did you mean '{}'?)", escape_controls(names[at]));
  }
  throw Failure(ExitCode::usage, Location{}, std::move(message),
                {"a target is a stage id (careerplan stages), a track id (careerplan tracks) or a role title"});
}

int run_path(const PathOptions& o, Context& ctx) {
  const Content& c = ctx.content();
  const RouteTarget target = find_target(c, o.to);
  const std::vector<Assumption> assumptions = parse_assumptions(o.assume, c);
  const Profile profile = ctx.load_profile(o.profile);
  RouteOptions options;
  options.alternatives = o.alternatives;
  if (o.hours_per_week > 0) options.hours_per_week = o.hours_per_week;
  const RouteResult route = find_route(c, profile, target, options);

  std::optional<WhatIf> what_if;
  if (!assumptions.empty()) {
    PlanOptions plan;
    plan.hours_per_week = options.hours_per_week;
    what_if = make_what_if(c, profile, assumptions, plan);
    add_route(*what_if, route, find_route(c, apply_assumptions(profile, assumptions), target, options));
  }

  std::string out;
  if (o.format == "json") {
    nlohmann::ordered_json json = route_to_json(c, route);
    json["what_if"] = what_if ? what_if_to_json(c, *what_if) : nlohmann::ordered_json(nullptr);
    out = json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  } else if (o.format == "markdown") {
    out = render_route_markdown(c, route);
    if (what_if) out += render_what_if_markdown(*what_if, 2);
  } else {
    const TextStyle style = ctx.text_style();
    out = render_route_text(c, route, style);
    if (what_if) out += render_what_if_text(*what_if, style);
  }
  Context::print(out);
  return 0;
}

}  // namespace

static Command setup_path(CLI::App& sub, Context& ctx) {
  auto options = std::make_shared<PathOptions>();
  CLI::App* app = &sub;
  app->add_option("PROFILE", options->profile, "Profile YAML file (- for stdin)")->required();
  app->add_option("--to", options->to,
                  "Target: a stage, a track or a role, by id or by name in any case, such as \"Network Engineer\"")
      ->required()
      ->type_name("TARGET");  // completion offers stages, tracks and roles
  app->add_option("--alternatives", options->alternatives, "Other routes to show that pass through different places")
      ->check(Bounded(0, k_max_route_alternatives))
      ->default_str(std::to_string(options->alternatives));
  add_assume_option(*app, options->assume);
  app->add_option("--hours-per-week", options->hours_per_week,
                  "Hours a week for learning (default: the profile's goals.hours_per_week, else 5)")
      ->check(Bounded(0.5, 80.0));
  add_format_option(*app, options->format, {"text", "json", "markdown"});
  app->footer("Example: careerplan path profiles/it-support.yaml --to \"Network Engineer\"");
  return Command{app, [options, &ctx] { return run_path(*options, ctx); }};
}

const CommandSpec path_command{"path", "The fastest route from where you stand to a stage, a track or a role, with alternatives", setup_path};

}  // namespace careerplan::cli
