// libFuzzer target for JSON Resumes and job postings: bytes read as a résumé .json (strict JSON ->
// Profile), written back by `import` and read again, and read as a job posting and matched.
// careerplan::Failure is how careerplan refuses input; anything else escaping, an imported profile
// that does not load, a sanitizer report, a timeout or running out of memory is a finding.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/input.hpp"
#include "careerplan/load/content_loader.hpp"
#include "careerplan/load/job_loader.hpp"
#include "careerplan/load/profile_loader.hpp"
#include "careerplan/plan/job_match.hpp"
#include "careerplan/render/profile_yaml.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerplan;
  if (size > k_default_max_input_bytes) return 0;
  static const Content& content = builtin_content();
  static const auto as_of = std::chrono::sys_days{std::chrono::year{2026} / std::chrono::November / 24};
  const TextFile file{"fuzz/resume.json", std::string(reinterpret_cast<const char*>(data), size)};
  Profile profile;
  try {
    profile = load_profile(file, content, ProfileSyntax::json, as_of);
  } catch (const Failure&) {
  }
  if (profile.resume) {
    const std::string imported = render_profile_yaml(content, profile, "fuzz/resume.json");
    try {
      (void)load_profile(TextFile{"imported.yaml", imported}, content);
    } catch (const Failure&) {
      std::abort();  // import must always write a profile careerplan reads back
    }
  }
  try {
    const JobPosting job = load_job(file, content);
    (void)match_job(content, profile, job);
  } catch (const Failure&) {
  }
  return 0;
}
