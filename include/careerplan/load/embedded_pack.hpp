#pragma once
// The built-in content pack as a compiled snapshot, generated at build time by careerplan_packc
// (tools/packc.cpp) from content/*.yaml, so start-up parses no YAML.
#include <string_view>

namespace careerplan {

// The compiled pack's bytes (docs/pack-format.md).
std::string_view embedded_pack();

}  // namespace careerplan
