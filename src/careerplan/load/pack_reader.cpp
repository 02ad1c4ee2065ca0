// Reads a compiled pack with every read bounds-checked: a hostile file ends in Failure(data).
#include <fmt/format.h>

#include <cmath>
#include <cstring>

#include "careerplan/match/matcher.hpp"
#include "careerplan/load/pack_format.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/load/content_graph.hpp"

namespace careerplan {

namespace {

// The smallest encoded sizes, so a count can be checked against the bytes left before any
// allocation: a count can never ask for more items than the rest of the file could hold.
constexpr std::size_t k_min_string = 4;
constexpr std::size_t k_min_location = 12;
constexpr std::size_t k_min_source_ref = 4 + k_min_string;
constexpr std::size_t k_min_figure = 16 + k_min_source_ref;
constexpr std::size_t k_min_rule = 1 + 4 + 4 + 4 + 4 + 4 + 8 + k_min_location;
constexpr std::size_t k_min_source = 5 * k_min_string + 1 + k_min_location;
constexpr std::size_t k_min_skill = 2 * k_min_string + 1 + 4 + 5 * k_min_string + 5 * k_min_figure + k_min_string + 1 +
                                    k_min_location;
constexpr std::size_t k_min_cert = 3 * k_min_string + 4 + 4 + k_min_figure + 1 + k_min_string + k_min_source_ref +
                                   k_min_location;
constexpr std::size_t k_min_stage = 3 * k_min_string + 1 + 2 * k_min_rule + 4 + 4 + 1 + k_min_string +
                                    k_min_source_ref + k_min_location;
constexpr std::size_t k_min_track = 4 * k_min_string + 4 + 4 + k_min_rule + 4 + 1 + 1 + 2 * k_min_source_ref + k_min_location;
constexpr std::size_t k_min_strategy = 6 * k_min_string + 4 + k_min_rule + k_min_source_ref + k_min_location;
constexpr std::size_t k_min_transition = 2 * k_min_string + 4 + 4 + k_min_string + k_min_source_ref + k_min_location;
constexpr std::size_t k_min_project = 2 * k_min_string + 1 + k_min_string + 4 + k_min_figure + k_min_source_ref +
                                      k_min_location;

[[noreturn]] void corrupt(const std::string& name, const std::string& what) {
  throw Failure(ExitCode::data, Location{name, 0, 0}, fmt::format("compiled pack is corrupt: {}", what),
                {"compile it again with: careerplan compile DIR -o FILE.cpk"});
}

std::uint32_t load_u32(const char* p) {
  std::uint32_t v = 0;
  std::memcpy(&v, p, sizeof v);
  return v;
}

std::uint64_t load_u64(const char* p) {
  std::uint64_t v = 0;
  std::memcpy(&v, p, sizeof v);
  return v;
}

class PackReader {
public:
  PackReader(std::string_view payload, const std::string& name, bool check_utf8)
      : m_in(payload), m_name(name), m_check_utf8(check_utf8) {}

  Content content() {
    Content c;
    m_files = count(k_min_string, "file names");
    c.files.reserve(m_files);
    for (std::size_t i = 0; i < m_files; ++i) str(c.files.emplace_back());
    str(c.name);
    str(c.title);
    str(c.description);
    c.version = i32();
    list(c.sources, k_min_source, "sources", &PackReader::source);
    list(c.skills, k_min_skill, "skills", &PackReader::skill);
    list(c.certifications, k_min_cert, "certifications", &PackReader::certification);
    list(c.stages, k_min_stage, "stages", &PackReader::stage);
    list(c.tracks, k_min_track, "tracks", &PackReader::track);
    list(c.strategies, k_min_strategy, "strategies", &PackReader::strategy);
    list(c.transitions, k_min_transition, "transitions", &PackReader::transition);
    list(c.projects, k_min_project, "projects", &PackReader::project);
    id_table(c.source_ids, c.sources.size(), "source");
    id_table(c.skill_ids, c.skills.size(), "skill");
    id_table(c.cert_ids, c.certifications.size(), "certification");
    id_table(c.stage_ids, c.stages.size(), "stage");
    id_table(c.track_ids, c.tracks.size(), "track");
    id_table(c.project_ids, c.projects.size(), "project");
    if (m_pos != m_in.size()) fail(fmt::format("{} bytes after the content", m_in.size() - m_pos));
    return c;
  }

private:
  [[noreturn]] void fail(const std::string& what) const {
    corrupt(m_name, fmt::format("{} (payload byte {})", what, m_pos));
  }

  const char* take(std::size_t n) {
    if (n > m_in.size() - m_pos) fail("truncated");
    const char* p = m_in.data() + m_pos;
    m_pos += n;
    return p;
  }

  std::uint8_t u8() { return static_cast<std::uint8_t>(*take(1)); }
  bool boolean() {
    const std::uint8_t v = u8();
    if (v > 1) fail(fmt::format("flag byte {} is neither 0 nor 1", v));
    return v == 1;
  }
  std::uint32_t u32() { return load_u32(take(4)); }
  int i32() { return static_cast<int>(static_cast<std::int32_t>(u32())); }
  double f64() {
    double v = 0;
    std::memcpy(&v, take(8), sizeof v);
    if (!std::isfinite(v)) fail("a number is not finite");
    return v;
  }
  // Every number the loader accepts is >= 0; negatives would break effort sums and ranges.
  double non_negative() {
    const double v = f64();
    if (v < 0) fail("a number is negative");
    return v;
  }

  std::size_t count(std::size_t min_item_bytes, std::string_view what) {
    const std::uint32_t n = u32();
    if (static_cast<std::uint64_t>(n) * min_item_bytes > m_in.size() - m_pos) {
      fail(fmt::format("{} {} cannot fit in the {} bytes left", n, what, m_in.size() - m_pos));
    }
    return n;
  }

  // A string in place, valid as long as the payload.
  std::string_view view() {
    const std::size_t n = count(1, "string bytes");
    const std::string_view s(take(n), n);
    if (m_check_utf8 && !is_valid_utf8(s)) fail("a string is not valid UTF-8");
    return s;
  }
  // The model's text fields view the payload, which the caller keeps alive.
  void str(std::string_view& out) { out = view(); }

  void strings(std::vector<std::string_view>& out) {
    out.resize(count(k_min_string, "strings"));
    for (auto& s : out) str(s);
  }

  void indices(std::vector<Index>& out) {
    out.resize(count(4, "indices"));
    for (auto& i : out) i = u32();
  }

  int level(int lo) {
    const int v = i32();
    if (v < lo || v > k_max_level) fail(fmt::format("level {} is outside {}..{}", v, lo, k_max_level));
    return v;
  }

  FilePos location() {
    const std::uint32_t file = u32();
    if (file >= m_files) fail(fmt::format("file name #{} is not in the table of {}", file, m_files));
    FilePos p;
    p.file = file;
    p.line = i32();
    p.column = i32();
    return p;
  }

  Range range() {
    Range r;
    r.low = non_negative();
    r.high = non_negative();
    return r;
  }
  void source_ref(SourceRef& s) {
    s.source = u32();
    str(s.section);
  }
  void figure(Figure& f) {
    f.range = range();
    source_ref(f.source);
  }
  void opt_figure(std::optional<Figure>& f) {
    if (boolean()) figure(f.emplace());
  }

  void rule(Rule& r, int depth) {
    if (depth > k_pack_max_rule_depth) fail(fmt::format("rules nest deeper than {}", k_pack_max_rule_depth));
    const std::uint8_t kind = u8();
    if (kind > static_cast<std::uint8_t>(RuleKind::target)) fail(fmt::format("unknown rule kind {}", kind));
    r.kind = static_cast<RuleKind>(kind);
    r.children.resize(count(k_min_rule, "rule children"));
    for (auto& child : r.children) rule(child, depth + 1);
    r.index = u32();
    indices(r.group);
    r.targets.resize(count(5, "rule targets"));
    for (auto& t : r.targets) {
      t.is_track = boolean();
      t.index = u32();
    }
    r.level = i32();
    r.years = non_negative();
    r.where = location();
  }

  void source(Source& s) {
    str(s.id);
    str(s.title);
    str(s.author);
    str(s.file);
    str(s.url);
    s.estimate = boolean();
    s.where = location();
  }

  void skill(Skill& s) {
    str(s.id);
    str(s.name);
    const std::uint8_t category = u8();
    if (category > static_cast<std::uint8_t>(SkillCategory::soft)) fail(fmt::format("unknown skill category {}", category));
    s.category = static_cast<SkillCategory>(category);
    strings(s.aliases);
    for (auto& l : s.levels) str(l);
    for (auto& e : s.effort) figure(e);
    str(s.description);
    if (boolean()) source_ref(s.source.emplace());
    s.where = location();
  }

  void certification(Certification& c) {
    str(c.id);
    str(c.name);
    str(c.issuer);
    strings(c.aliases);
    c.evidences.resize(count(8, "evidenced skills"));
    for (auto& e : c.evidences) {
      e.skill = u32();
      e.level = level(k_min_level);
    }
    figure(c.prep_hours);
    opt_figure(c.renewal_years);
    str(c.description);
    source_ref(c.source);
    c.where = location();
  }

  void stage(Stage& s) {
    str(s.id);
    str(s.title);
    str(s.description);
    opt_figure(s.typical_years);
    rule(s.requirements, 0);
    rule(s.inferred_when, 0);
    indices(s.leads_to);
    strings(s.roles);
    opt_figure(s.salary);
    str(s.salary_currency);
    source_ref(s.source);
    s.where = location();
  }

  void track(Track& t) {
    str(t.id);
    str(t.title);
    str(t.focus);
    str(t.description);
    t.key_skills.resize(count(17, "key skills"));
    for (auto& k : t.key_skills) {
      k.skill = u32();
      k.level = level(k_min_level);
      k.weight = non_negative();
      k.essential = boolean();
    }
    indices(t.certifications);
    rule(t.requirements, 0);
    strings(t.roles);
    if (boolean()) {
      Salary& s = t.salary.emplace();
      s.range = range();
      str(s.currency);
      str(s.period);
      source_ref(s.source);
    }
    if (boolean()) t.level = u32();
    source_ref(t.level_source);
    source_ref(t.source);
    t.where = location();
  }

  void strategy(Strategy& s) {
    str(s.id);
    str(s.title);
    str(s.category);
    str(s.description);
    str(s.quote);
    str(s.action);
    indices(s.skills);
    rule(s.when, 0);
    source_ref(s.source);
    s.where = location();
  }

  void transition(Transition& t) {
    str(t.id);
    str(t.title);
    indices(t.skills);
    strings(t.fields);
    str(t.description);
    source_ref(t.source);
    t.where = location();
  }

  void project(Project& p) {
    str(p.id);
    str(p.title);
    const std::uint8_t difficulty = u8();
    if (difficulty > static_cast<std::uint8_t>(Difficulty::advanced)) fail(fmt::format("unknown difficulty {}", difficulty));
    p.difficulty = static_cast<Difficulty>(difficulty);
    str(p.description);
    p.practises.resize(count(8, "practised skills"));
    for (auto& e : p.practises) {
      e.skill = u32();
      e.level = level(k_min_level);
    }
    figure(p.effort_hours);
    source_ref(p.source);
    p.where = location();
  }

  // Keys are stored in strictly increasing order, so a repeated key is corruption; that is also
  // the table's own order, so each key appends.
  void id_table(IdTable& table, std::size_t items, std::string_view kind) {
    const std::size_t n = count(k_min_string + 4, "ids");
    table.reserve(n, key_bytes(n));
    std::string_view previous;
    for (std::size_t i = 0; i < n; ++i) {
      const std::string_view key = view();
      const Index index = u32();
      if (index >= items) fail(fmt::format("{} id '{}' points at #{} of {}", kind, escape_controls(key), index, items));
      if (i > 0 && key <= previous) fail(fmt::format("{} ids are not in strictly increasing order", kind));
      previous = key;
      table.append_greater(key, index);
    }
  }

  // The key bytes of the next `n` id-table entries, read ahead without moving, so the table is
  // allocated once; never more than the payload holds.
  [[nodiscard]] std::size_t key_bytes(std::size_t n) const {
    std::size_t total = 0;
    std::size_t at = m_pos;
    for (std::size_t i = 0; i < n && m_in.size() - at >= 8; ++i) {
      const std::size_t length = load_u32(m_in.data() + at);
      if (length > m_in.size() - at - 8) break;
      total += length;
      at += length + 8;
    }
    return total;
  }

  // Items are read in place, each into a slot the vector already holds.
  template <typename T>
  void list(std::vector<T>& out, std::size_t min_bytes, std::string_view what, void (PackReader::*read_one)(T&)) {
    out.resize(count(min_bytes, what));
    for (auto& item : out) (this->*read_one)(item);
  }

  std::string_view m_in;
  std::size_t m_pos = 0;
  const std::string& m_name;
  bool m_check_utf8;
  std::size_t m_files = 0;  // the size of the file-name table
};

// Checks that every index points into its table, so no later `content.x[i]` can go out of bounds.
class IndexCheck {
public:
  IndexCheck(const Content& c, const std::string& name) : m_c(c), m_name(name) {}

  void run() {
    for (const auto& s : m_c.skills) {
      for (const auto& e : s.effort) source(e.source, "skill", s.id);
      if (s.source) source(*s.source, "skill", s.id);
    }
    for (const auto& c : m_c.certifications) {
      for (const auto& e : c.evidences) below(e.skill, m_c.skills.size(), "skill", "certification", c.id);
      source(c.prep_hours.source, "certification", c.id);
      if (c.renewal_years) source(c.renewal_years->source, "certification", c.id);
      source(c.source, "certification", c.id);
    }
    for (const auto& s : m_c.stages) {
      if (s.typical_years) source(s.typical_years->source, "stage", s.id);
      rule(s.requirements, "stage", s.id);
      rule(s.inferred_when, "stage", s.id);
      for (Index i : s.leads_to) below(i, m_c.stages.size(), "stage", "stage", s.id);
      if (s.salary) source(s.salary->source, "stage", s.id);
      source(s.source, "stage", s.id);
    }
    for (const auto& t : m_c.tracks) {
      for (const auto& k : t.key_skills) below(k.skill, m_c.skills.size(), "skill", "track", t.id);
      for (Index i : t.certifications) below(i, m_c.certifications.size(), "certification", "track", t.id);
      rule(t.requirements, "track", t.id);
      if (t.salary) source(t.salary->source, "track", t.id);
      if (t.level) below(*t.level, m_c.stages.size(), "stage", "track", t.id);
      source(t.level_source, "track", t.id);
      source(t.source, "track", t.id);
    }
    for (const auto& s : m_c.strategies) {
      for (Index i : s.skills) below(i, m_c.skills.size(), "skill", "strategy", s.id);
      rule(s.when, "strategy", s.id);
      source(s.source, "strategy", s.id);
    }
    for (const auto& t : m_c.transitions) {
      for (Index i : t.skills) below(i, m_c.skills.size(), "skill", "transition", t.id);
      source(t.source, "transition", t.id);
    }
    for (const auto& p : m_c.projects) {
      for (const auto& e : p.practises) below(e.skill, m_c.skills.size(), "skill", "project", p.id);
      source(p.effort_hours.source, "project", p.id);
      source(p.source, "project", p.id);
    }
  }

private:
  void below(std::size_t index, std::size_t size, std::string_view kind, std::string_view owner,
             std::string_view id) const {
    if (index < size) return;
    corrupt(m_name, fmt::format("{} '{}' refers to {} #{} of {}", owner, escape_controls(id), kind, index, size));
  }

  void source(const SourceRef& ref, std::string_view owner, std::string_view id) const {
    below(ref.source, m_c.sources.size(), "source", owner, id);
  }

  void rule(const Rule& r, std::string_view owner, std::string_view id) const {
    for (const auto& child : r.children) rule(child, owner, id);
    switch (r.kind) {
      case RuleKind::skill:
        below(r.index, m_c.skills.size(), "skill", owner, id);
        if (r.level < k_min_level || r.level > k_max_level) corrupt(m_name, fmt::format("{} '{}' has a skill rule level {}", owner, escape_controls(id), r.level));
        break;
      case RuleKind::stage: below(r.index, m_c.stages.size(), "stage", owner, id); break;
      case RuleKind::cert:
        for (Index i : r.group) below(i, m_c.certifications.size(), "certification", owner, id);
        break;
      case RuleKind::education:
        if (r.level < 0 || r.level > static_cast<int>(Education::doctorate)) {
          corrupt(m_name, fmt::format("{} '{}' has an education rank {}", owner, escape_controls(id), r.level));
        }
        break;
      case RuleKind::target:
        for (const auto& t : r.targets) {
          below(t.index, t.is_track ? m_c.tracks.size() : m_c.stages.size(), t.is_track ? "track" : "stage", owner, id);
        }
        break;
      case RuleKind::not_:
        if (r.children.size() != 1) corrupt(m_name, fmt::format("{} '{}' has a 'not' rule without one child", owner, escape_controls(id)));
        break;
      default: break;
    }
  }

  const Content& m_c;
  const std::string& m_name;
};

// Decodes a pack whose bytes outlive the Content: the model's text views them.
Content decode_pack(std::string_view bytes, const std::string& name, PackTrust trust) {
  if (!has_pack_magic(bytes)) {
    throw Failure(ExitCode::data, Location{name, 0, 0}, "not a compiled content pack (wrong magic bytes)",
                  {"--content takes a content pack folder or a file made by: careerplan compile DIR -o FILE.cpk"});
  }
  if (bytes.size() < k_pack_header_bytes) {
    corrupt(name, fmt::format("truncated: {} bytes, shorter than the {}-byte header", bytes.size(), k_pack_header_bytes));
  }
  const std::uint32_t version = load_u32(bytes.data() + 8);
  if (version > k_pack_format_version) {
    throw Failure(ExitCode::data, Location{name, 0, 0},
                  fmt::format("compiled pack format version {} is newer than this careerplan reads (version {})",
                              version, k_pack_format_version),
                  {"compile the pack again with this careerplan: careerplan compile DIR -o FILE.cpk"});
  }
  if (version == 0) corrupt(name, "format version 0 does not exist");
  if (load_u32(bytes.data() + 12) != 0) corrupt(name, "reserved header bytes are not zero");
  const std::uint64_t length = load_u64(bytes.data() + 16);
  const std::size_t held = bytes.size() - k_pack_header_bytes;
  if (length != held) {
    corrupt(name, length > held ? fmt::format("truncated: the header promises {} payload bytes, the file holds {}", length, held)
                                : fmt::format("{} bytes after the end of the payload", held - length));
  }
  const std::string_view payload = bytes.substr(k_pack_header_bytes);
  const std::uint64_t stored = load_u64(bytes.data() + 24);
  if (trust == PackTrust::file) {
    if (const std::uint64_t actual = pack_checksum(payload); actual != stored) {
      corrupt(name, fmt::format("checksum mismatch (stored {:016x}, computed {:016x})", stored, actual));
    }
  }
  Content c = PackReader(payload, name, trust == PackTrust::file).content();
  if (trust == PackTrust::file) {
    IndexCheck(c, name).run();
    // The stage graph must be what the loader accepted: acyclic, forward, and non-empty.
    Diagnostics diags;
    check_content(c, name, diags);
    if (!diags.empty()) corrupt(name, diags.items().front().message);
  }
  derive_scores(c);
  return c;
}

}  // namespace

Content read_pack(std::string_view bytes, const std::string& name, PackTrust trust) {
  if (trust == PackTrust::built_in) return decode_pack(bytes, name, trust);  // static: viewed where it is
  return read_pack(std::string(bytes), name, trust);
}

Content read_pack(std::string&& bytes, const std::string& name, PackTrust trust) {
  auto store = std::make_shared<TextStore>();
  store->pack = std::move(bytes);
  Content c = decode_pack(store->pack, name, trust);
  c.text = std::move(store);
  return c;
}

}  // namespace careerplan
