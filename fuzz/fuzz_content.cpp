// libFuzzer target: one content-pack file, loaded twice as `--content DIR` would load it: on its own
// (a standalone pack) and extending the built-in pack. A pack that loads is listed and planned for
// a small profile, so hostile content also reaches the planner and the renderers.
// careerplan::Failure is how careerplan refuses input; anything else escaping is a finding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/input.hpp"
#include "careerplan/plan/planner.hpp"
#include "careerplan/load/profile_loader.hpp"
#include "careerplan/render/render_catalog.hpp"
#include "careerplan/render/render_plan.hpp"

namespace {

using namespace careerplan;

// A profile naming nothing the fuzzed pack must define; the planner infers the rest.
constexpr const char* k_profile = "name: Fuzz\nyears_experience: 3\neducation: bachelor\n";

void use(const Content& content) {
  (void)tracks_text(content, TextStyle{});
  (void)tracks_json(content).dump();
  for (Index i = 0; i < content.tracks.size(); ++i) {
    (void)track_text(content, i, TextStyle{});
    (void)track_json(content, i).dump();
  }
  (void)stages_text(content, TextStyle{});
  (void)stages_json(content).dump();
  const Profile profile = load_profile(TextFile{"fuzz/profile.yaml", k_profile}, content);
  const Plan plan = make_plan(content, profile, PlanOptions{});
  (void)render_plan_text(content, plan, TextStyle{}, true);
  (void)render_plan_json(content, plan);
  MarkdownOptions markdown;
  markdown.start_date = "2026-11-24";
  (void)render_plan_markdown(content, plan, markdown);
}

void load(const std::vector<TextFile>& files, const Content* base) {
  try {
    use(load_content(files, base));
  } catch (const Failure&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > k_default_max_input_bytes) return 0;
  static const Content& builtin = builtin_content();
  const std::vector<TextFile> files{
      TextFile{"fuzz/pack/pack.yaml", std::string(reinterpret_cast<const char*>(data), size)}};
  load(files, nullptr);
  load(files, &builtin);
  return 0;
}
