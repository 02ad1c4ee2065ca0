// Writes a Content as a compiled pack; the field order here and in pack_reader.cpp is the format
// (docs/pack-format.md), so a change to either is a change to both and to k_pack_format_version.
#include <algorithm>
#include <bit>
#include <cstring>
#include <unordered_map>

#include "careerplan/load/pack_format.hpp"

namespace careerplan {

static_assert(std::endian::native == std::endian::little, "the pack writer stores numbers in host order");

// A tripwire for a model change that the pack would silently drop: when a struct grows, add
// the field to the writer, the reader, the round-trip test, and bump k_pack_format_version.
// (Content::scores is derived by derive_scores when a pack is read, so it is not stored; Content::files
// is the file-name table, which the payload stores first.)
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(FilePos) == 12 && sizeof(Rule) == 104 && sizeof(Source) == 96 && sizeof(Skill) == 408 &&
                  sizeof(Certification) == 240 && sizeof(Stage) == 456 && sizeof(Track) == 392 &&
                  sizeof(Strategy) == 264 && sizeof(Transition) == 136 && sizeof(Project) == 160 &&
                  sizeof(Content) == 696,
              "the content model changed: update pack_writer.cpp, pack_reader.cpp and the format version");
#endif

namespace {

class PackWriter {
public:
  // The payload: the file-name table, then the content.
  std::string payload(const Content& c) {
    content(c);
    std::string body = std::move(m_out);
    m_out.clear();
    u32(static_cast<std::uint32_t>(m_files.size()));
    for (const auto& f : m_files) str(f);
    m_out += body;
    return std::move(m_out);
  }

private:
  void u8(std::uint8_t v) { m_out.push_back(static_cast<char>(v)); }
  void boolean(bool v) { u8(v ? 1 : 0); }
  void raw(const void* p, std::size_t n) { m_out.append(static_cast<const char*>(p), n); }
  void u32(std::uint32_t v) { raw(&v, sizeof v); }
  void i32(int v) { u32(static_cast<std::uint32_t>(v)); }
  void f64(double v) { raw(&v, sizeof v); }
  void count(std::size_t n) { u32(static_cast<std::uint32_t>(n)); }
  void str(std::string_view s) {
    count(s.size());
    m_out += s;
  }
  void strings(const std::vector<std::string_view>& v) {
    count(v.size());
    for (const auto& s : v) str(s);
  }
  void indices(const std::vector<Index>& v) {
    count(v.size());
    for (Index i : v) u32(i);
  }

  // Files are numbered by name in first-seen order, whatever their index in Content::files.
  void location(const FilePos& p) {
    const std::string_view file = p.file < m_c->files.size() ? m_c->files[p.file] : std::string_view{};
    auto [it, added] = m_file_ids.try_emplace(file, static_cast<std::uint32_t>(m_files.size()));
    if (added) m_files.push_back(file);
    u32(it->second);
    i32(p.line);
    i32(p.column);
  }

  void range(const Range& r) {
    f64(r.low);
    f64(r.high);
  }
  void source_ref(const SourceRef& s) {
    u32(s.source);
    str(s.section);
  }
  void figure(const Figure& f) {
    range(f.range);
    source_ref(f.source);
  }
  void opt_figure(const std::optional<Figure>& f) {
    boolean(f.has_value());
    if (f) figure(*f);
  }

  void rule(const Rule& r) {
    u8(static_cast<std::uint8_t>(r.kind));
    count(r.children.size());
    for (const auto& child : r.children) rule(child);
    u32(r.index);
    indices(r.group);
    count(r.targets.size());
    for (const auto& t : r.targets) {
      boolean(t.is_track);
      u32(t.index);
    }
    i32(r.level);
    f64(r.years);
    location(r.where);
  }

  void source(const Source& s) {
    str(s.id);
    str(s.title);
    str(s.author);
    str(s.file);
    str(s.url);
    boolean(s.estimate);
    location(s.where);
  }

  void skill(const Skill& s) {
    str(s.id);
    str(s.name);
    u8(static_cast<std::uint8_t>(s.category));
    strings(s.aliases);
    for (const auto& l : s.levels) str(l);
    for (const auto& e : s.effort) figure(e);
    str(s.description);
    boolean(s.source.has_value());
    if (s.source) source_ref(*s.source);
    location(s.where);
  }

  void certification(const Certification& c) {
    str(c.id);
    str(c.name);
    str(c.issuer);
    strings(c.aliases);
    count(c.evidences.size());
    for (const auto& e : c.evidences) {
      u32(e.skill);
      i32(e.level);
    }
    figure(c.prep_hours);
    opt_figure(c.renewal_years);
    str(c.description);
    source_ref(c.source);
    location(c.where);
  }

  void stage(const Stage& s) {
    str(s.id);
    str(s.title);
    str(s.description);
    opt_figure(s.typical_years);
    rule(s.requirements);
    rule(s.inferred_when);
    indices(s.leads_to);
    strings(s.roles);
    opt_figure(s.salary);
    str(s.salary_currency);
    source_ref(s.source);
    location(s.where);
  }

  void track(const Track& t) {
    str(t.id);
    str(t.title);
    str(t.focus);
    str(t.description);
    count(t.key_skills.size());
    for (const auto& k : t.key_skills) {
      u32(k.skill);
      i32(k.level);
      f64(k.weight);
      boolean(k.essential);
    }
    indices(t.certifications);
    rule(t.requirements);
    strings(t.roles);
    boolean(t.salary.has_value());
    if (t.salary) {
      range(t.salary->range);
      str(t.salary->currency);
      str(t.salary->period);
      source_ref(t.salary->source);
    }
    boolean(t.level.has_value());
    if (t.level) u32(*t.level);
    source_ref(t.level_source);
    source_ref(t.source);
    location(t.where);
  }

  void strategy(const Strategy& s) {
    str(s.id);
    str(s.title);
    str(s.category);
    str(s.description);
    str(s.quote);
    str(s.action);
    indices(s.skills);
    rule(s.when);
    source_ref(s.source);
    location(s.where);
  }

  void transition(const Transition& t) {
    str(t.id);
    str(t.title);
    indices(t.skills);
    strings(t.fields);
    str(t.description);
    source_ref(t.source);
    location(t.where);
  }

  void project(const Project& p) {
    str(p.id);
    str(p.title);
    u8(static_cast<std::uint8_t>(p.difficulty));
    str(p.description);
    count(p.practises.size());
    for (const auto& e : p.practises) {
      u32(e.skill);
      i32(e.level);
    }
    figure(p.effort_hours);
    source_ref(p.source);
    location(p.where);
  }

  // Stored, not rebuilt: besides ids and aliases a table holds `renamed` ids. Sorted by key so
  // the same content always compiles to the same bytes.
  // An IdTable iterates in increasing key byte order, the order the format asks for.
  void id_table(const IdTable& table) {
    count(table.size());
    for (const auto& [key, index] : table) {
      count(key.size());
      m_out += key;
      u32(index);
    }
  }

  template <typename T, typename F>
  void list(const std::vector<T>& items, F&& write_one) {
    count(items.size());
    for (const auto& item : items) (this->*write_one)(item);
  }

  void content(const Content& c) {
    m_c = &c;
    str(c.name);
    str(c.title);
    str(c.description);
    i32(c.version);
    list(c.sources, &PackWriter::source);
    list(c.skills, &PackWriter::skill);
    list(c.certifications, &PackWriter::certification);
    list(c.stages, &PackWriter::stage);
    list(c.tracks, &PackWriter::track);
    list(c.strategies, &PackWriter::strategy);
    list(c.transitions, &PackWriter::transition);
    list(c.projects, &PackWriter::project);
    id_table(c.source_ids);
    id_table(c.skill_ids);
    id_table(c.cert_ids);
    id_table(c.stage_ids);
    id_table(c.track_ids);
    id_table(c.project_ids);
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
