// libFuzzer target for JSON Lines records: bytes read the way a batch reads one stream line
// (strict JSON -> the YAML reader's tree -> Profile, resolved against the built-in pack).
// careerplan::Failure is how careerplan refuses input; anything else escaping is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/input.hpp"
#include "careerplan/load/profile_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerplan;
  // The line reader refuses longer records before the loader sees them.
  if (size > k_default_max_input_bytes) return 0;
  static const Content& content = builtin_content();
  const TextFile file{"<stdin>:1", std::string(reinterpret_cast<const char*>(data), size)};
  try {
    (void)load_profile(file, content, ProfileSyntax::json);
  } catch (const Failure&) {
  }
  return 0;
}
