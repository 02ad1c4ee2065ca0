#include "plan_options.hpp"

#include <fmt/format.h>

#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"
#include "bounded.hpp"

namespace careerplan::cli {

void add_plan_flags(CLI::App& app, PlanFlags& flags) {
  app.add_option("--top", flags.top, "How many tracks to show (tracks behind you are listed apart)")
      ->check(Bounded(1, 50))
      ->default_str(std::to_string(flags.top));
  app.add_option("--track", flags.track, "Focus on one target track (an id from 'careerplan tracks')")
      ->type_name("TRACK");  // the type name tells completion which ids to offer
  app.add_option("--hours-per-week", flags.hours_per_week,
                 "Hours a week for learning (default: the profile's goals.hours_per_week, else 5)")
      ->check(Bounded(0.5, 80.0));
  app.add_flag("--all", flags.all,
               "Show every strategy that applies, every practice project and the related tracks "
               "(by default: the 5 strategies that matter most to you and the best project)");
}

PlanOptions plan_options(const PlanFlags& flags, const Content& content) {
  PlanOptions o;
  o.top = flags.top;
  if (flags.all) o.max_strategies = -1;
  if (flags.hours_per_week > 0) o.hours_per_week = flags.hours_per_week;
  if (!flags.track.empty()) {
    auto it = content.track_ids.find(flags.track);
    if (it == content.track_ids.end()) {
      std::vector<std::string> ids;
      for (const auto& t : content.tracks) ids.emplace_back(t.id);
      std::string message = fmt::format("unknown track '{}' given to --track", escape_controls(flags.track));
      message += did_you_mean_suffix(flags.track, ids);
      throw Failure(ExitCode::usage, Location{}, std::move(message), {"list the tracks with: careerplan tracks"});
    }
    o.focus_track = it->second;
  }
  return o;
}

void add_assume_option(CLI::App& app, std::vector<std::string>& assumptions) {
  app.add_option("--assume", assumptions,
                 "What if: a certification you would hold, or SKILL=LEVEL; repeat for more (e.g. --assume itil-4-foundation "
                 "--assume sql=4)")
      ->type_name("CERT")  // completion offers certification ids; SKILL=LEVEL is typed
      ->allow_extra_args(false);
}

std::vector<Assumption> parse_assumptions(const std::vector<std::string>& typed, const Content& content) {
  std::vector<Assumption> out;
  out.reserve(typed.size());
  for (const auto& t : typed) out.push_back(parse_assumption(content, t));
  return out;
}

}  // namespace careerplan::cli
