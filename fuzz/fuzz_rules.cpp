// libFuzzer target for the rule language (rule_parser.cpp): the input is the `when:` rule of one
// strategy in a pack that extends the built-in pack, so every skill, certification, stage and track
// id resolves. A rule that parses is evaluated, explained and printed for a sample person.
// careerplan::Failure is how careerplan refuses input; anything else escaping is a finding.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/base/diagnostics.hpp"
#include "careerplan/match/evaluate.hpp"
#include "careerplan/base/input.hpp"
#include "careerplan/load/profile_loader.hpp"
#include "careerplan/render/rule_text.hpp"

namespace {

using namespace careerplan;

constexpr std::string_view k_head =
    "strategies:\n"
    "  - id: fuzz-strategy\n"
    "    title: Fuzz\n"
    "    category: fuzz\n"
    "    description: A strategy whose rule is the fuzz input\n"
    "    source: careerplan-estimate\n"
    "    when:\n";
constexpr std::string_view k_indent = "      ";

constexpr const char* k_profile =
    "current_stage: junior-production-support-engineer\n"
    "years_experience: 3\n"
    "education: bachelor\n"
    "skills: {linux: 4, networking: 3, sql: 1, communication: 2}\n"
    "certifications: [comptia-a-plus]\n"
    "goals: {tracks: [devops-sre], stage: production-support-engineer}\n";

// The input, every line indented under `when:`.
std::string pack_text(std::string_view input) {
  std::string text(k_head);
  text.reserve(k_head.size() + input.size() + input.size() / 8 + k_indent.size());
  text += k_indent;
  for (const char c : input) {
    text += c;
    if (c == '\n') text += k_indent;
  }
  text += '\n';
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > k_default_max_input_bytes / 2) return 0;
  static const Content& builtin = builtin_content();
  static const Profile person = load_profile(TextFile{"fuzz/profile.yaml", k_profile}, builtin);
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::vector<TextFile> files{TextFile{"fuzz/pack/strategies.yaml", pack_text(input)}};
  try {
    const Content content = load_content(files, &builtin);
    const auto it = std::find_if(content.strategies.begin(), content.strategies.end(),
                                 [](const Strategy& s) { return s.id == "fuzz-strategy"; });
    if (it == content.strategies.end()) return 0;
    const Rule& rule = it->when;
    (void)rule_text(rule, content);
    // Once while the stage is being inferred (stage leaves do not hold), once at the last stage.
    const auto last = static_cast<Index>(content.stages.size() - 1);
    for (const auto stage : {std::optional<Index>{}, std::optional<Index>{last}}) {
      const Subject subject = make_subject(content, person, stage);
      (void)holds(rule, subject, content);
      (void)explain(rule, subject, content);
    }
  } catch (const Failure&) {
  }
  return 0;
}
