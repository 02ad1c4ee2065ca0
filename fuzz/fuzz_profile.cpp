// libFuzzer target for the profile loader: bytes read the way the CLI reads a profile (guarded
// YAML -> Profile, resolved against the built-in pack). fuzz_plan.cpp goes on to plan and render.
// careerplan::Failure is how careerplan refuses input; anything else escaping, a sanitizer report,
// a timeout or running out of memory is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/input.hpp"
#include "careerplan/load/profile_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerplan;
  // read_input refuses larger files before the loader sees them.
  if (size > k_default_max_input_bytes) return 0;
  static const Content& content = builtin_content();
  const TextFile file{"fuzz/profile.yaml", std::string(reinterpret_cast<const char*>(data), size)};
  try {
    (void)load_profile(file, content);
  } catch (const Failure&) {
  }
  return 0;
}
