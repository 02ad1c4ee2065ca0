#include "plan_options.hpp"

#include <fmt/format.h>

#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"
#include "bounded.hpp"
#include "lookup.hpp"

namespace careerplan::cli {

void add_plan_flags(CLI::App& app, PlanFlags& flags) {
  app.add_option("--top", flags.top, "How many tracks to show (tracks behind you are listed apart)")
      ->check(Bounded(1, 50))
      ->default_str(std::to_string(flags.top));
  app.add_option("--track", flags.track, "Focus on one target track: its id or title, as 'careerplan tracks' lists them")
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
    o.focus_track = find_id(content, CatalogueKind::track, flags.track, " given to --track");
  }
  return o;
}

void add_assume_option(CLI::App& app, std::vector<std::string>& assumptions) {
  app.add_option("--assume", assumptions,
                 "What if: a certification you would hold, or SKILL=LEVEL; repeat for more (e.g. --assume itil-4-foundation "
                 "--assume sql=4)")
      ->type_name("ASSUMPTION")  // completion offers certifications and "SKILL="
      ->allow_extra_args(false);
}

std::vector<Assumption> parse_assumptions(const std::vector<std::string>& typed, const Content& content) {
  std::vector<Assumption> out;
  out.reserve(typed.size());
  for (const auto& t : typed) out.push_back(parse_assumption(content, t));
  return out;
}

}  // namespace careerplan::cli
