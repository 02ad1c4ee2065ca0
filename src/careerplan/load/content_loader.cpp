#include "careerplan/load/content_loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include "careerplan/load/embedded_pack.hpp"
#include "careerplan/match/matcher.hpp"
#include "careerplan/load/pack_format.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/load/content_decode.hpp"
#include "careerplan/load/content_graph.hpp"
#include "careerplan/load/resolve.hpp"

namespace careerplan {

namespace {

constexpr std::array<std::string_view, 10> k_sections = {"pack",       "sources",     "skills",   "certifications",
                                                         "stages",     "tracks",      "strategies", "transitions",
                                                         "projects",   "renamed"};

struct ParsedFile {
  YamlReader reader;
  yaml::Node root;
  std::uint32_t file = k_no_file;  // its index in Content::files
};

// Items of every section, in file order, before decoding.
struct Sections {
  std::vector<Item> sources, skills, certifications, stages, tracks, strategies, transitions, projects;
  std::vector<Item> renamed;
  std::vector<Item> packs;
  std::optional<Location> pack_at;  // where the pack header is
};

class Loader {
public:
  explicit Loader(Content& content) : m_c(content) {}  // problems go to each file's YamlReader

  void collect(const ParsedFile& file, Sections& s) {
    const YamlReader& r = file.reader;
    if (file.root.is_null()) {
      r.error(Location{r.file(), 1, 1}, "content file is empty (expected a mapping of sections)",
              {fmt::format("sections are: {}", fmt::join(k_sections, ", "))});
      return;
    }
    if (!r.expect(file.root, yaml::NodeKind::map, "a content file")) return;
    for (const auto& e : file.root.entries) {
      const Location where{r.file(), e.line, e.column};
      if (e.key == "pack") {
        // One pack, one header: a second would silently win over the first.
        if (s.pack_at) {
          r.error(where, "duplicate pack header",
                  {fmt::format("first given at {}:{}:{}", s.pack_at->file,
                               s.pack_at->line, s.pack_at->column)});
          continue;
        }
        s.pack_at = where;
        s.packs.push_back(Item{&r, &e.value, 0, file.file});
        continue;
      }
      std::vector<Item>* list = section(s, e.key);
      if (list == nullptr) {
        std::string message = fmt::format("unknown section '{}'", escape_controls(e.key));
        std::vector<std::string> names(k_sections.begin(), k_sections.end());
        if (auto guess = closest_match(e.key, names)) message += fmt::format(" (did you mean '{}'?)", *guess);
        r.error(where, std::move(message), {fmt::format("sections are: {}", fmt::join(k_sections, ", "))});
        continue;
      }
      if (!r.expect(e.value, yaml::NodeKind::sequence, fmt::format("section '{}'", e.key))) continue;
      for (const auto& item : e.value.items) list->push_back(Item{&r, &item, 0, file.file});
    }
  }

  void run(Sections& s) {
    for (auto& p : s.packs) read_pack(p);
    register_all(s.sources, m_c.sources, m_c.source_ids, "source");
    register_all(s.skills, m_c.skills, m_c.skill_ids, "skill");
    register_all(s.certifications, m_c.certifications, m_c.cert_ids, "certification");
    register_all(s.stages, m_c.stages, m_c.stage_ids, "stage");
    register_all(s.tracks, m_c.tracks, m_c.track_ids, "track");
    register_all(s.strategies, m_c.strategies, m_strategy_ids, "strategy");
    register_all(s.transitions, m_c.transitions, m_transition_ids, "transition");
    register_all(s.projects, m_c.projects, m_c.project_ids, "project");
    for (const auto& i : s.renamed) decode_renamed(i, m_c);
    for (const auto& i : s.sources) decode_source(i, m_c);
    for (const auto& i : s.skills) decode_skill(i, m_c);
    for (const auto& i : s.certifications) decode_certification(i, m_c);
    for (const auto& i : s.stages) decode_stage(i, m_c);
    for (const auto& i : s.tracks) decode_track(i, m_c);
    for (const auto& i : s.strategies) decode_strategy(i, m_c);
    for (const auto& i : s.transitions) decode_transition(i, m_c);
    for (const auto& i : s.projects) decode_project(i, m_c);
  }

  void seed_ids_from_base() {
    for (Index i = 0; i < m_c.strategies.size(); ++i) m_strategy_ids.emplace(m_c.strategies[i].id, i);
    for (Index i = 0; i < m_c.transitions.size(); ++i) m_transition_ids.emplace(m_c.transitions[i].id, i);
  }

private:
  static std::vector<Item>* section(Sections& s, std::string_view name) {
    if (name == "sources") return &s.sources;
    if (name == "skills") return &s.skills;
    if (name == "certifications") return &s.certifications;
    if (name == "stages") return &s.stages;
    if (name == "tracks") return &s.tracks;
    if (name == "strategies") return &s.strategies;
    if (name == "transitions") return &s.transitions;
    if (name == "projects") return &s.projects;
    if (name == "renamed") return &s.renamed;
    return nullptr;
  }

  void read_pack(const Item& item) {
    const YamlReader& r = *item.reader;
    Fields f(r, *item.node, "pack");
    if (const auto* n = f.required("name")) {
      if (auto name = r.id(*n, "pack name")) m_c.name = m_c.keep(std::move(*name));
    }
    if (const auto* n = f.optional("title")) m_c.title = m_c.keep(r.text(*n, "pack title").value_or(""));
    if (const auto* n = f.optional("description")) {
      m_c.description = m_c.keep(r.text(*n, "pack description").value_or(""));
    }
    if (const auto* n = f.optional("version")) m_c.version = static_cast<int>(r.integer(*n, "pack version", 1, 1'000'000).value_or(1));
    if (const auto* n = f.optional("extends")) {
      // Only a folder loader can act on this; here it is checked for shape only.
      (void)r.id(*n, "extends");
    }
    f.finish();
  }

  // Gives every item a slot: a new one, or the slot of the base item with the same id.
  template <typename T>
  void register_all(std::vector<Item>& items, std::vector<T>& vec, IdTable& table, std::string_view kind) {
    std::map<std::string, Location> seen;  // ids defined by this load
    std::vector<Item> kept;
    for (auto& item : items) {
      const YamlReader& r = *item.reader;
      if (!item.node->is_map()) {
        r.error(*item.node, fmt::format("each {} must be a mapping, found {}", kind, yaml::describe(*item.node)));
        continue;
      }
      const yaml::Node* id_node = nullptr;
      for (const auto& e : item.node->entries) {
        if (e.key == "id") id_node = &e.value;
      }
      if (id_node == nullptr) {
        r.error(*item.node, fmt::format("{} is missing required key 'id'", kind));
        continue;
      }
      auto id = r.id(*id_node, fmt::format("{} id", kind));
      if (!id) continue;
      if (auto prev = seen.find(*id); prev != seen.end()) {
        r.error(*id_node, fmt::format("duplicate {} id '{}'", kind, *id),
                {fmt::format("first defined at {}:{}:{}", prev->second.file, prev->second.line, prev->second.column)});
        continue;
      }
      seen.emplace(*id, r.at(*id_node));
      auto it = table.find(*id);
      if (it != table.end() && vec[it->second].id != *id && is_display_key(vec[it->second], *id)) {
        table.erase(*id);  // a base item's display name gives way to an id
        it = table.end();
      }
      if (it != table.end() && vec[it->second].id == *id) {
        item.slot = it->second;  // replaces the base pack's item
        forget_aliases(vec[item.slot], table);
      } else if (it != table.end()) {
        r.error(*id_node, fmt::format("{} id '{}' is already an alias of {} '{}'", kind, *id, kind, vec[it->second].id));
        continue;
      } else {
        item.slot = static_cast<Index>(vec.size());
        vec.emplace_back();
        vec.back().id = m_c.keep(*id);
        table.emplace(*id, item.slot);
      }
      register_aliases(item, vec, table, kind);
      kept.push_back(item);
    }
    items = std::move(kept);
  }

  // `key` is the lookup_key of the item's display name, and not one of its aliases.
  template <typename T>
  static bool is_display_key(const T& item, std::string_view key) {
    if constexpr (requires { item.aliases; }) {
      for (const auto& a : item.aliases) {
        if (a == key) return false;
      }
    }
    if constexpr (requires { item.title; }) {
      return lookup_key(item.title) == key;
    } else {
      return lookup_key(item.name) == key;
    }
  }

  template <typename T>
  void forget_aliases(const T& old, IdTable& table) {
    if constexpr (requires { old.aliases; }) {
      for (const auto& a : old.aliases) table.erase(a);
    }
  }

  template <typename T>
  void register_aliases(const Item& item, std::vector<T>& vec, IdTable& table, std::string_view kind) {
    if constexpr (requires { vec[0].aliases; }) {
      const YamlReader& r = *item.reader;
      for (const auto& e : item.node->entries) {
        if (e.key != "aliases" || !e.value.is_sequence()) continue;
        for (const auto& a : e.value.items) {
          auto alias = r.id(a, "alias");
          if (!alias) continue;
          auto [it, inserted] = table.emplace(*alias, item.slot);
          if (!inserted && it->second != item.slot && is_display_key(vec[it->second], *alias)) {
            table.insert_or_assign(*alias, item.slot);  // an alias wins over a display name
          } else if (!inserted && it->second != item.slot) {
            r.error(a, fmt::format("alias '{}' is already used by {} '{}'", *alias, kind, vec[it->second].id));
          }
        }
      }
    }
  }

  Content& m_c;
  IdTable m_strategy_ids;
  IdTable m_transition_ids;
};

// Files each item under its display name's lookup_key too, so "Network Engineer" finds a track;
// an id or alias already holding that key keeps it.
template <typename T>
void register_display_names(const std::vector<T>& items, IdTable& table) {
  for (Index i = 0; i < items.size(); ++i) {
    std::string key;
    if constexpr (requires { items[i].title; }) {
      key = lookup_key(items[i].title);
    } else {
      key = lookup_key(items[i].name);
    }
    if (!key.empty()) table.emplace(key, i);
  }
}

}  // namespace

Content load_content(std::span<const TextFile> files, const Content* base) {
  Content content = base != nullptr ? *base : Content{};
  Diagnostics diags;
  std::vector<ParsedFile> parsed;
  parsed.reserve(files.size());
  for (const auto& file : files) {
    try {
      parsed.push_back(ParsedFile{YamlReader(file.name, diags), yaml::parse(file.text, file.name),
                                  content.file_index(file.name)});
    } catch (const Failure& f) {
      for (const auto& d : f.diagnostics()) diags.add(d);
    }
  }
  Loader loader(content);
  if (base != nullptr) loader.seed_ids_from_base();
  Sections sections;
  for (const auto& p : parsed) loader.collect(p, sections);
  loader.run(sections);
  register_display_names(content.skills, content.skill_ids);
  register_display_names(content.certifications, content.cert_ids);
  register_display_names(content.stages, content.stage_ids);
  register_display_names(content.tracks, content.track_ids);
  check_content(content, files.empty() ? std::string("content") : files.front().name, diags);
  throw_if_any(diags);
  derive_scores(content);
  return content;
}

const Content& builtin_content() {
  // Compiled from content/*.yaml at build time by this same loader; reading it parses no YAML.
  // Never destroyed: freeing thousands of strings at exit is work nobody waits for. The pointer
  // stays reachable, so leak checkers do not count it.
  static const Content* const k_content =
      new Content(read_pack(embedded_pack(), "built-in content pack", PackTrust::built_in));
  return *k_content;
}

}  // namespace careerplan
