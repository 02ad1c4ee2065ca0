#pragma once
// `recommend --format jsonl`: many profiles planned on every core, one compact JSON plan per
// line in input order, in constant memory however many profiles stream in (docs/batch.md).
#include <string>
#include <vector>

#include "careerplan/base/input.hpp"
#include "careerplan/model/model.hpp"
#include "careerplan/plan/planner.hpp"

namespace careerplan::cli {

struct BatchOptions {
  // Profile files, folders (their *.yaml files, sorted), and JSON Lines streams: "-" (stdin)
  // or a *.jsonl file, one profile object per line, named "<stdin>:LINE" / "FILE:LINE".
  std::vector<std::string> inputs;
  PlanOptions plan;
  unsigned jobs = 0;  // worker threads; 0: one per core
  std::size_t max_input_bytes = k_default_max_input_bytes;  // per profile file or JSON Lines record
};

// A bad profile is reported on stderr with its file (and line) and the run goes on; the exit
// code is then the worst seen (66 when an input could not be read, else 65), else 0.
int run_batch(const BatchOptions& options, const Content& content);

}  // namespace careerplan::cli
