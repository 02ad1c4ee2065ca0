#pragma once
// The compiled content pack (".cpk"): a validated Content in a versioned, checksummed binary
// form that loads without YAML. docs/pack-format.md documents it byte by byte.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "careerplan/model/model.hpp"

namespace careerplan {

// PNG-style magic: a high byte catches 7-bit transfers, CR LF and ^Z catch text-mode mangling.
inline constexpr std::array<char, 8> k_pack_magic = {'\x89', 'C', 'P', 'K', '\r', '\n', '\x1a', '\n'};
// Bumped on any change to the payload layout; a reader refuses versions newer than its own.
inline constexpr std::uint32_t k_pack_format_version = 2;
inline constexpr std::size_t k_pack_header_bytes = 32;
// Rules nest at most this deep, as in YAML (yaml::Limits::max_depth), so evaluation cannot overflow the stack.
inline constexpr int k_pack_max_rule_depth = 64;
// The largest compiled pack `--content` reads.
inline constexpr std::size_t k_max_pack_bytes = 512u * 1024u * 1024u;

// Serialises a Content as load_content() returns it (ids resolved, every check passed).
std::string write_pack(const Content& content);

// How much a pack is checked on reading. Every read is bounds-checked. A file's checksum, the
// UTF-8 of its strings, its indices and its stage graph are checked too; the built-in pack's are
// not: it was written at build time by this program's own loader from content that loader
// validated, and a unit test reads it fully checked.
enum class PackTrust : unsigned char { file, built_in };

// Reads a compiled pack; `name` names it in messages. A file that is not a pack, is newer,
// truncated, corrupt or inconsistent throws Failure(ExitCode::data, Location{name, 0, 0}, ...);
// nothing in the file can make it crash or allocate more than a small multiple of its size.
// The Content's text views the bytes: with PackTrust::built_in they must be static (the embedded
// pack) and are not copied; otherwise the Content keeps a copy of them.
Content read_pack(std::string_view bytes, const std::string& name, PackTrust trust = PackTrust::file);
// The same, keeping `bytes` themselves for the Content's text to view: a pack file is not copied.
Content read_pack(std::string&& bytes, const std::string& name, PackTrust trust = PackTrust::file);

// `--content PATH`: a compiled pack when PATH is a regular file, else a pack folder
// (load_content_dir, each YAML file at most max_file_bytes). Throws Failure as read_input,
// read_pack and load_content_dir do.
Content load_content_path(const std::string& path, std::size_t max_file_bytes);

// True when `bytes` starts with the pack magic.
bool has_pack_magic(std::string_view bytes);

// The payload checksum stored in the header (64-bit, see docs/pack-format.md).
std::uint64_t pack_checksum(std::string_view payload);

}  // namespace careerplan
