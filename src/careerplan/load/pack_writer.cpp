// Writes a Content as a compiled pack. The field order of content_fields.hpp is the format
// (docs/pack-format.md): a change there is a change to k_pack_format_version.
#include <algorithm>
#include <bit>
#include <cstring>
#include <unordered_map>

#include "careerplan/load/content_fields.hpp"
#include "careerplan/load/pack_format.hpp"

namespace careerplan {

static_assert(std::endian::native == std::endian::little, "the pack writer stores numbers in host order");

namespace {

// Writes one record after another, each field as content_fields.hpp describes it.
class PackWriter {
public:
  // The payload: the file-name table, then the content and its id tables.
  std::string payload(const Content& c) {
    m_c = &c;
    fields(*this, c);
    id_table(c.source_ids);
    id_table(c.skill_ids);
    id_table(c.cert_ids);
    id_table(c.stage_ids);
    id_table(c.track_ids);
    id_table(c.project_ids);
    std::string body = std::move(m_out);
    m_out.clear();
    u32(static_cast<std::uint32_t>(m_files.size()));
    for (const auto& f : m_files) str(f);
    m_out += body;
    return std::move(m_out);
  }

  // The visitor content_fields.hpp calls, one method per kind of field.
  void text(std::string_view, std::string_view s) { str(s); }
  void texts(std::string_view, const std::vector<std::string_view>& v) {
    count(v.size());
    for (const auto& s : v) str(s);
  }
  void index(std::string_view, Index i) { u32(i); }
  void opt_index(std::string_view name, const std::optional<Index>& i) {
    flag(name, i.has_value());
    if (i) u32(*i);
  }
  void indices(std::string_view, const std::vector<Index>& v) {
    count(v.size());
    for (Index i : v) u32(i);
  }
  void integer(std::string_view, int v) { u32(static_cast<std::uint32_t>(v)); }
  void level(std::string_view name, int v) { integer(name, v); }
  void number(std::string_view, double v) { raw(&v, sizeof v); }
  void flag(std::string_view, bool v) { u8(v ? 1 : 0); }
  template <class E>
  void enumeration(std::string_view, E, E v) { u8(static_cast<std::uint8_t>(v)); }
  // Files are numbered by name in first-seen order, whatever their index in Content::files.
  void location(std::string_view, const FilePos& p) {
    const std::string_view file = p.file < m_c->files.size() ? m_c->files[p.file] : std::string_view{};
    auto [it, added] = m_file_ids.try_emplace(file, static_cast<std::uint32_t>(m_files.size()));
    if (added) m_files.push_back(file);
    u32(it->second);
    u32(static_cast<std::uint32_t>(p.line));
    u32(static_cast<std::uint32_t>(p.column));
  }
  template <class T>
  void record(std::string_view, const T& t) { fields(*this, t); }
  template <class T>
  void optional(std::string_view name, const std::optional<T>& t) {
    flag(name, t.has_value());
    if (t) fields(*this, *t);
  }
  template <class T>
  void list(std::string_view, const std::vector<T>& items) {
    count(items.size());
    for (const auto& item : items) fields(*this, item);
  }

private:
  void u8(std::uint8_t v) { m_out.push_back(static_cast<char>(v)); }
  void raw(const void* p, std::size_t n) { m_out.append(static_cast<const char*>(p), n); }
  void u32(std::uint32_t v) { raw(&v, sizeof v); }
  void count(std::size_t n) { u32(static_cast<std::uint32_t>(n)); }
  void str(std::string_view s) {
    count(s.size());
    m_out += s;
  }

  // Stored, not rebuilt: besides ids and aliases a table holds `renamed` ids. An IdTable
  // iterates in increasing key byte order, the order the format asks for, so the same content
  // always compiles to the same bytes.
  void id_table(const IdTable& table) {
    count(table.size());
    for (const auto& [key, index] : table) {
      str(key);
      u32(index);
    }
  }

  const Content* m_c = nullptr;
  std::string m_out;
  std::vector<std::string_view> m_files;  // file names (views into the Content), each stored once
  std::unordered_map<std::string_view, std::uint32_t> m_file_ids;
};

void put_u32(std::string& out, std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void put_u64(std::string& out, std::uint64_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }

}  // namespace

std::uint64_t pack_checksum(std::string_view payload) {
  // Word-at-a-time multiply-rotate mix: every step is a bijection of the state, so any change
  // confined to one 8-byte word always changes the sum, at several GB/s.
  constexpr std::uint64_t k_seed = 0xcbf29ce484222325ull;
  constexpr std::uint64_t k_mul = 0x9e3779b97f4a7c15ull;
  std::uint64_t h = k_seed ^ payload.size();
  std::size_t i = 0;
  for (; i + 8 <= payload.size(); i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, payload.data() + i, 8);
    h = std::rotl(h ^ w, 31) * k_mul;
  }
  if (i < payload.size()) {
    std::uint64_t w = 0;
    std::memcpy(&w, payload.data() + i, payload.size() - i);
    h = std::rotl(h ^ w, 31) * k_mul;
  }
  return h ^ (h >> 29);
}

bool has_pack_magic(std::string_view bytes) {
  return bytes.size() >= k_pack_magic.size() && std::memcmp(bytes.data(), k_pack_magic.data(), k_pack_magic.size()) == 0;
}

std::string write_pack(const Content& content) {
  const std::string payload = PackWriter().payload(content);
  std::string out(k_pack_magic.begin(), k_pack_magic.end());
  put_u32(out, k_pack_format_version);
  put_u32(out, 0);  // reserved, must be zero
  put_u64(out, payload.size());
  put_u64(out, pack_checksum(payload));
  out += payload;
  return out;
}

}  // namespace careerplan
