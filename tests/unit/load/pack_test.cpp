#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <thread>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/load/embedded_pack.hpp"
#include "careerplan/base/input.hpp"
#include "careerplan/load/pack_format.hpp"
#include "careerplan/plan/planner.hpp"
#include "careerplan/load/profile_loader.hpp"
#include "careerplan/render/render_plan.hpp"
#include "content_equal.hpp"
#include "loader_test_support.hpp"

using namespace careerplan;
using careerplan::test::content_differences;
using careerplan::test::errors_of;

namespace {

// The built-in pack straight from YAML, named as the build names it.
Content builtin_from_yaml() {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(CAREERPLAN_SOURCE_DIR "/content")) {
    if (e.path().extension() == ".yaml") names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  std::vector<TextFile> files;
  for (const auto& n : names) {
    files.push_back(TextFile{"builtin:" + n, read_input(CAREERPLAN_SOURCE_DIR "/content/" + n).text});
  }
  return load_content(files);
}

const char* const k_small = R"(pack: {name: small, title: Small}
sources:
  - {id: notes, title: Notes, estimate: true}
skills:
  - id: linux
    name: Linux
    category: technical
    aliases: [gnu-linux]
    levels: [a, b, c, d, e]
    effort: {hours: [[1, 2], [2, 4], [4, 8], [8, 16], [16, 32]], source: notes}
stages:
  - {id: start, title: Start, description: First, leads_to: [next], source: notes}
  - {id: next, title: Next, description: Second, requires: {skill: {linux: 2}}, source: notes}
tracks:
  - id: ops
    title: Operations
    focus: Running things
    description: Keeps systems up
    key_skills: [{skill: gnu-linux, level: 3, weight: 2, essential: true}]
    requires: {not: {stage: next}}
    source: {id: notes, section: Ops}
projects:
  - {id: alert-bot, title: Alert bot, difficulty: advanced, description: Bot, practises: {linux: 2},
     effort_hours: {low: 5, high: 10, source: notes}, source: notes}
renamed:
  - {kind: skill, from: old-linux, to: linux}
)";

std::string pack_error(std::string_view bytes) {
  const auto errors = errors_of([&] { (void)read_pack(bytes, "p.cpk"); });
  return errors.empty() ? std::string("(accepted)") : errors.front();
}

// Rewrites the header's checksum so a change reaches the payload decoder instead of stopping at the sum.
std::string with_fixed_checksum(std::string bytes) {
  if (bytes.size() < k_pack_header_bytes) return bytes;
  const std::uint64_t sum = pack_checksum(std::string_view(bytes).substr(k_pack_header_bytes));
  std::memcpy(bytes.data() + 24, &sum, sizeof sum);
  return bytes;
}

}  // namespace

TEST_SUITE("pack") {
  TEST_CASE("the embedded snapshot is the built-in YAML, field for field") {
    const Content from_yaml = builtin_from_yaml();
    CHECK(content_differences(builtin_content(), from_yaml) == std::vector<std::string>{});
    CHECK(write_pack(from_yaml) == std::string(embedded_pack()));
  }

  TEST_CASE("the built-in pack, read untrusted (checksum and UTF-8 checked), is what it reads trusted") {
    const Content checked = read_pack(embedded_pack(), "built-in.cpk", PackTrust::file);
    CHECK(content_differences(builtin_content(), checked) == std::vector<std::string>{});
  }

  TEST_CASE("a round trip keeps every field, renamed ids and projects included") {
    const std::vector<TextFile> files{TextFile{"small.yaml", k_small}};
    const Content c = load_content(files);
    REQUIRE(c.projects.size() == 1);
    REQUIRE(c.skill_ids.count("old-linux") == 1);
    const std::string bytes = write_pack(c);
    const Content back = read_pack(bytes, "small.cpk");
    CHECK(content_differences(c, back) == std::vector<std::string>{});
    CHECK(write_pack(back) == bytes);
  }

  TEST_CASE("plans from the snapshot equal plans from YAML for every sample profile") {
    const Content from_yaml = builtin_from_yaml();
    for (const auto& e : std::filesystem::directory_iterator(CAREERPLAN_SOURCE_DIR "/profiles")) {
      const TextFile file = read_input(e.path().string());
      const Plan a = make_plan(builtin_content(), load_profile(file, builtin_content()), PlanOptions{});
      const Plan b = make_plan(from_yaml, load_profile(file, from_yaml), PlanOptions{});
      CHECK(render_plan_json(builtin_content(), a) == render_plan_json(from_yaml, b));
    }
  }

  TEST_CASE("the header is checked: magic, version, length, checksum") {
    const std::string good(embedded_pack());
    CHECK(pack_error("") == "p.cpk:0:0: not a compiled content pack (wrong magic bytes)");
    CHECK(pack_error("pack: {name: x}\n") == "p.cpk:0:0: not a compiled content pack (wrong magic bytes)");
    CHECK(pack_error(good.substr(0, 12)) == "p.cpk:0:0: compiled pack is corrupt: truncated: 12 bytes, shorter than the 32-byte header");

    std::string newer = good;
    newer[8] = static_cast<char>(k_pack_format_version + 1);
    CHECK(pack_error(newer) == fmt::format("p.cpk:0:0: compiled pack format version {} is newer than this careerplan reads (version {})",
                                           k_pack_format_version + 1, k_pack_format_version));

    const std::string cut = good.substr(0, good.size() - 1);
    CHECK(pack_error(cut) == "p.cpk:0:0: compiled pack is corrupt: truncated: the header promises " +
                                 std::to_string(good.size() - 32) + " payload bytes, the file holds " +
                                 std::to_string(good.size() - 33));
    CHECK(pack_error(good + "x") == "p.cpk:0:0: compiled pack is corrupt: 1 bytes after the end of the payload");

    std::string flipped = good;
    flipped[100] = static_cast<char>(flipped[100] ^ 1);
    CHECK(pack_error(flipped).starts_with("p.cpk:0:0: compiled pack is corrupt: checksum mismatch (stored "));
  }

  TEST_CASE("every truncation and every flipped byte of the snapshot is refused") {
    const std::string good(embedded_pack());
    int accepted = 0;
    for (std::size_t n = 0; n < good.size(); ++n) {
      if (pack_error(good.substr(0, n)) == "(accepted)") ++accepted;
    }
    for (std::size_t i = 0; i < good.size(); ++i) {
      std::string bad = good;
      bad[i] = static_cast<char>(bad[i] ^ 0x5a);
      if (pack_error(bad) == "(accepted)") ++accepted;
    }
    CHECK(accepted == 0);
  }

  TEST_CASE("past the checksum, the decoder refuses what it cannot trust and never crashes") {
    // Changes with a recomputed checksum: a flip inside a title may still be a valid pack, but
    // the reader must either refuse with Failure(data) or return a pack that checks out.
    const std::string good(embedded_pack());
    int refused = 0;
    // Each run of 1,000 changes has a thread of its own: under ASan's
    // detect_stack_use_after_return (CI's sanitizer run), the frames an exception unwinds stay
    // taken on the thread's fake stack, and thousands of refusals on one thread fill it, after
    // which every call scans it whole (minutes instead of seconds).
    constexpr std::size_t k_per_thread = 1000;
    for (std::size_t first = 0; first < good.size(); first += 3 * k_per_thread) {
      std::thread([&] {
        for (std::size_t i = first; i < good.size() && i < first + 3 * k_per_thread; i += 3) {
          std::string bad = good;
          bad[i] = static_cast<char>(bad[i] ^ 0xff);
          try {
            (void)read_pack(with_fixed_checksum(bad), "p.cpk");
          } catch (const Failure& f) {
            CHECK(f.code() == ExitCode::data);
            CHECK(f.diagnostics().front().where.file == "p.cpk");
            ++refused;
          }
        }
      }).join();
    }
    CHECK(refused > 0);
  }

  TEST_CASE("a count larger than the bytes left is refused before anything is allocated") {
    const std::vector<TextFile> files{TextFile{"small.yaml", k_small}};
    std::string bytes = write_pack(load_content(files));
    // The payload starts with the count of file names.
    const std::uint32_t huge = 0xffffffffu;
    std::memcpy(bytes.data() + k_pack_header_bytes, &huge, sizeof huge);
    CHECK(pack_error(with_fixed_checksum(bytes)).starts_with(
        "p.cpk:0:0: compiled pack is corrupt: 4294967295 file names cannot fit in the "));
  }
}
