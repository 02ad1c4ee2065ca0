// libFuzzer target for the planner and the plan renderers: a profile, loaded as the CLI loads it,
// then planned and rendered as text (--explain), JSON and Markdown, as `recommend` and `export` do.
// Planning costs far more than loading, so the loader alone is fuzzed by fuzz_profile.cpp.
// careerplan::Failure is how careerplan refuses input; anything else escaping, a sanitizer report,
// a timeout or running out of memory is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/input.hpp"
#include "careerplan/plan/planner.hpp"
#include "careerplan/load/profile_loader.hpp"
#include "careerplan/render/render_plan.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerplan;
  // read_input refuses larger files before the loader sees them.
  if (size > k_default_max_input_bytes) return 0;
  static const Content& content = builtin_content();
  const TextFile file{"fuzz/profile.yaml", std::string(reinterpret_cast<const char*>(data), size)};
  try {
    const Profile profile = load_profile(file, content);
    const Plan plan = make_plan(content, profile, PlanOptions{});
    (void)render_plan_text(content, plan, TextStyle{}, true);
    (void)render_plan_json(content, plan);
    MarkdownOptions markdown;
    markdown.start_date = "2026-11-24";
    (void)render_plan_markdown(content, plan, markdown);
  } catch (const Failure&) {
  }
  return 0;
}
