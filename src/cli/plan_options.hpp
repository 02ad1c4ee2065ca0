#pragma once
// Options that recommend and export share: which tracks to focus on and how many to show.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "careerplan/plan/assume.hpp"

#include "careerplan/plan/planner.hpp"
#include "context.hpp"

namespace careerplan::cli {

struct PlanFlags {
  int top = 3;
  std::string track;          // --track ID
  double hours_per_week = 0;  // 0: the profile's own
  bool all = false;           // --all: every strategy, practice project and related track
};

void add_plan_flags(CLI::App& app, PlanFlags& flags);

// Resolves --track against the pack (unknown id: usage error with "did you mean").
PlanOptions plan_options(const PlanFlags& flags, const Content& content);

// --assume ID | SKILL=LEVEL, repeatable: what-if assumptions (recommend, path).
void add_assume_option(CLI::App& app, std::vector<std::string>& assumptions);
// Parses every --assume (a bad one: usage error with "did you mean").
std::vector<Assumption> parse_assumptions(const std::vector<std::string>& typed, const Content& content);

}  // namespace careerplan::cli
