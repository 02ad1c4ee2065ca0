// libFuzzer target for compiled content packs (`--content FILE.cpk`, pack_reader.cpp). The input
// is a pack's payload; the target puts a valid header and checksum in front of it so mutations
// reach the payload decoder instead of stopping at the checksum, and also reads the raw bytes as a
// whole file so the header checks are fuzzed too. A pack that reads must write and read back.
// careerplan::Failure is how careerplan refuses input; anything else escaping is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/load/pack_format.hpp"

namespace {

using namespace careerplan;

void put(std::string& out, std::uint64_t value, std::size_t bytes) {
  for (std::size_t i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xffu);
}

// The header write_pack() puts in front of a payload (docs/pack-format.md).
std::string with_header(std::string_view payload) {
  std::string out(k_pack_magic.begin(), k_pack_magic.end());
  put(out, k_pack_format_version, 4);
  put(out, 0, 4);
  put(out, payload.size(), 8);
  put(out, pack_checksum(payload), 8);
  out += payload;
  return out;
}

void read(const std::string& bytes) {
  Content content;
  try {
    content = read_pack(bytes, "fuzz.cpk");
  } catch (const Failure&) {
    return;
  }
  try {
    (void)read_pack(write_pack(content), "fuzz-again.cpk");
  } catch (const Failure& f) {
    std::fprintf(stderr, "a pack that reads does not read back after write_pack: %s\n", f.what());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  read(with_header(input));
  read(std::string(input));
  return 0;
}
