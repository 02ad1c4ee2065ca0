#include "careerplan/load/content_decode.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "careerplan/base/text.hpp"
#include "careerplan/load/resolve.hpp"
#include "careerplan/load/rule_parser.hpp"

namespace careerplan {

namespace {

constexpr double k_max_figure = 1e9;

FilePos pos_of(const Item& item) { return FilePos{item.file, item.node->line, item.node->column}; }

std::string what(std::string_view kind, std::string_view id) { return fmt::format("{} '{}'", kind, id); }

// The YAML tree dies after loading: text the model keeps is moved into the Content's store.
void read_text(Fields& f, const YamlReader& r, std::string_view key, std::string_view& out, bool required, Content& c) {
  const yaml::Node* n = required ? f.required(key) : f.optional(key);
  if (n == nullptr) return;
  if (auto v = r.text(*n, key)) out = c.keep(std::move(*v));
}

std::vector<std::string_view> keep_all(Content& c, std::vector<std::string> texts) {
  std::vector<std::string_view> out;
  out.reserve(texts.size());
  for (auto& t : texts) out.push_back(c.keep(std::move(t)));
  return out;
}

std::optional<SourceRef> read_source_ref(const YamlReader& r, const yaml::Node& n, Content& c) {
  if (n.is_map()) {
    Fields f(r, n, "source");
    SourceRef ref;
    const yaml::Node* id = f.required("id");
    std::optional<Index> index;
    if (id != nullptr) index = resolve_id(r, *id, c.source_ids, "source");
    read_text(f, r, "section", ref.section, false, c);
    f.finish();
    if (!index) return std::nullopt;
    ref.source = *index;
    return ref;
  }
  auto index = resolve_id(r, n, c.source_ids, "source");
  if (!index) return std::nullopt;
  return SourceRef{*index, {}};
}

SourceRef required_source(Fields& f, const YamlReader& r, Content& c) {
  const yaml::Node* n = f.required("source");
  if (n == nullptr) return {};
  return read_source_ref(r, *n, c).value_or(SourceRef{});
}

// {low: N, high: N, source: REF} or {value: N, source: REF}.
std::optional<Figure> read_figure(const YamlReader& r, const yaml::Node& n, Content& c, std::string_view field) {
  Fields f(r, n, std::string(field));
  if (!f.ok()) return std::nullopt;
  Figure fig;
  bool ok = true;
  const yaml::Node* value = f.optional("value");
  const yaml::Node* low = f.optional("low");
  const yaml::Node* high = f.optional("high");
  if (value != nullptr && (low != nullptr || high != nullptr)) {
    r.error(n, fmt::format("{} takes either value or low and high, not both", field));
    ok = false;
  } else if (value != nullptr) {
    auto v = r.number(*value, fmt::format("{} value", field), 0, k_max_figure);
    ok = v.has_value();
    if (v) fig.range = {*v, *v};
  } else if (low != nullptr && high != nullptr) {
    auto lo = r.number(*low, fmt::format("{} low", field), 0, k_max_figure);
    auto hi = r.number(*high, fmt::format("{} high", field), 0, k_max_figure);
    ok = lo && hi;
    if (ok && *lo > *hi) {
      r.error(*low, fmt::format("{} low ({}) is above high ({})", field, *lo, *hi));
      ok = false;
    }
    if (ok) fig.range = {*lo, *hi};
  } else {
    r.error(n, fmt::format("{} needs value, or low and high", field));
    ok = false;
  }
  fig.source = required_source(f, r, c);
  f.finish();
  if (!ok) return std::nullopt;
  return fig;
}

std::vector<Index> read_refs(const YamlReader& r, const yaml::Node& n, const IdTable& table, std::string_view kind,
                             std::string_view field) {
  std::vector<Index> out;
  if (!r.expect(n, yaml::NodeKind::sequence, field)) return out;
  for (const auto& item : n.items) {
    if (auto i = resolve_id(r, item, table, kind)) {
      if (std::find(out.begin(), out.end(), *i) != out.end()) {
        r.error(item, fmt::format("{} '{}' is listed twice in {}", kind, item.value, field));
      } else {
        out.push_back(*i);
      }
    }
  }
  return out;
}

std::string id_of(const yaml::Node& node) {
  for (const auto& e : node.entries) {
    if (e.key == "id" && e.value.is_scalar()) return e.value.value;
  }
  return {};
}

}  // namespace

void decode_source(const Item& item, Content& c) {
  const YamlReader& r = *item.reader;
  Source s;
  s.where = pos_of(item);
  Fields f(r, *item.node, what("source", id_of(*item.node)));
  read_text(f, r, "id", s.id, true, c);
  read_text(f, r, "title", s.title, true, c);
  read_text(f, r, "author", s.author, false, c);
  read_text(f, r, "file", s.file, false, c);
  read_text(f, r, "url", s.url, false, c);
  if (const auto* n = f.optional("estimate")) s.estimate = r.boolean(*n, "estimate").value_or(false);
  f.finish();
  c.sources[item.slot] = std::move(s);
}

void decode_skill(const Item& item, Content& c) {
  const YamlReader& r = *item.reader;
  Skill s;
  s.where = pos_of(item);
  Fields f(r, *item.node, what("skill", id_of(*item.node)));
  read_text(f, r, "id", s.id, true, c);
  read_text(f, r, "name", s.name, true, c);
  read_text(f, r, "description", s.description, false, c);
  if (const auto* n = f.required("category")) {
    if (auto v = r.text(*n, "category")) {
      if (*v == "technical") s.category = SkillCategory::technical;
      else if (*v == "process") s.category = SkillCategory::process;
      else if (*v == "soft") s.category = SkillCategory::soft;
      else r.error(*n, fmt::format("category must be technical, process or soft, found '{}'", escape_controls(*v)));
    }
  }
  if (const auto* n = f.optional("aliases")) s.aliases = keep_all(c, r.text_list(*n, "aliases"));
  if (const auto* n = f.required("levels")) {
    auto levels = r.text_list(*n, "levels");
    if (n->is_sequence() && n->items.size() != k_max_level) {
      r.error(*n, fmt::format("levels must list exactly {} lines (levels 1 to {}), found {}", k_max_level,
                              k_max_level, n->items.size()));
    } else if (levels.size() == k_max_level) {
      for (std::size_t i = 0; i < k_max_level; ++i) s.levels[i] = c.keep(std::move(levels[i]));
    }
  }
  if (const auto* n = f.required("effort")) {
    Fields ef(r, *n, fmt::format("effort of skill '{}'", s.id));
    SourceRef src;
    if (const auto* hours = ef.required("hours")) {
      if (r.expect(*hours, yaml::NodeKind::sequence, "effort hours")) {
        if (hours->items.size() != k_max_level) {
          r.error(*hours, fmt::format("effort hours must list exactly {} [low, high] pairs, found {}", k_max_level,
                                      hours->items.size()));
        } else {
          for (std::size_t i = 0; i < k_max_level; ++i) {
            const auto& pair = hours->items[i];
            if (!pair.is_sequence() || pair.items.size() != 2) {
              r.error(pair, fmt::format("effort hours for level {} must be a [low, high] pair, found {}", i + 1,
                                        yaml::describe(pair)));
              continue;
            }
            auto lo = r.number(pair.items[0], "effort hours low", 0, k_max_figure);
            auto hi = r.number(pair.items[1], "effort hours high", 0, k_max_figure);
            if (lo && hi && *lo > *hi) r.error(pair, fmt::format("effort hours low ({}) is above high ({})", *lo, *hi));
            if (lo && hi) s.effort[i].range = {*lo, *hi};
          }
        }
      }
    }
    src = required_source(ef, r, c);
    ef.finish();
    for (auto& e : s.effort) e.source = src;
  }
  if (const auto* n = f.optional("source")) s.source = read_source_ref(r, *n, c);
  f.finish();
  c.skills[item.slot] = std::move(s);
}

void decode_certification(const Item& item, Content& c) {
  const YamlReader& r = *item.reader;
  Certification cert;
  cert.where = pos_of(item);
  Fields f(r, *item.node, what("certification", id_of(*item.node)));
  read_text(f, r, "id", cert.id, true, c);
  read_text(f, r, "name", cert.name, true, c);
  read_text(f, r, "issuer", cert.issuer, true, c);
  read_text(f, r, "description", cert.description, false, c);
  if (const auto* n = f.optional("aliases")) cert.aliases = keep_all(c, r.text_list(*n, "aliases"));
  if (const auto* n = f.optional("evidences")) {
    if (r.expect(*n, yaml::NodeKind::map, "evidences")) {
      for (const auto& e : n->entries) {
        auto it = c.skill_ids.find(e.key);
        auto level = r.integer(e.value, fmt::format("level of skill '{}'", e.key), 1, 5);
        if (it == c.skill_ids.end()) {
          std::string message = fmt::format("unknown skill '{}'", escape_controls(e.key));
          if (auto guess = suggest(c.skill_ids, e.key)) message += fmt::format(" (did you mean '{}'?)", *guess);
          r.error(Location{r.file(), e.line, e.column}, std::move(message));
        } else if (level) {
          cert.evidences.push_back(SkillLevel{it->second, static_cast<int>(*level)});
        }
      }
    }
  }
  if (const auto* n = f.required("prep_hours")) {
    if (auto fig = read_figure(r, *n, c, "prep_hours")) cert.prep_hours = *fig;
  }
  if (const auto* n = f.optional("renewal_years")) cert.renewal_years = read_figure(r, *n, c, "renewal_years");
  cert.source = required_source(f, r, c);
  f.finish();
  c.certifications[item.slot] = std::move(cert);
}

void decode_stage(const Item& item, Content& c) {
  const YamlReader& r = *item.reader;
  Stage s;
  s.where = pos_of(item);
  Fields f(r, *item.node, what("stage", id_of(*item.node)));
  read_text(f, r, "id", s.id, true, c);
  read_text(f, r, "title", s.title, true, c);
  read_text(f, r, "description", s.description, true, c);
  if (const auto* n = f.optional("typical_years")) s.typical_years = read_figure(r, *n, c, "typical_years");
  if (const auto* n = f.optional("requires")) s.requirements = parse_rule(r, *n, c, "requires", item.file);
  if (const auto* n = f.optional("inferred_when")) {
    s.inferred_when = parse_rule(r, *n, c, "inferred_when", item.file);
  } else {
    s.inferred_when = s.requirements;
  }
  if (const auto* n = f.optional("leads_to")) s.leads_to = read_refs(r, *n, c.stage_ids, "stage", "leads_to");
  if (const auto* n = f.optional("roles")) s.roles = keep_all(c, r.text_list(*n, "roles"));
  s.source = required_source(f, r, c);
  f.finish();
  c.stages[item.slot] = std::move(s);
}

void decode_track(const Item& item, Content& c) {
  const YamlReader& r = *item.reader;
  Track t;
  t.where = pos_of(item);
  Fields f(r, *item.node, what("track", id_of(*item.node)));
  read_text(f, r, "id", t.id, true, c);
  read_text(f, r, "title", t.title, true, c);
  read_text(f, r, "focus", t.focus, true, c);
  read_text(f, r, "description", t.description, true, c);
  if (const auto* n = f.required("key_skills")) {
    if (r.expect(*n, yaml::NodeKind::sequence, "key_skills")) {
      for (const auto& ks : n->items) {
        Fields kf(r, ks, fmt::format("key skill of track '{}'", t.id));
        KeySkill k;
        bool ok = kf.ok();
        if (const auto* s = kf.required("skill")) {
          auto i = resolve_id(r, *s, c.skill_ids, "skill");
          ok = ok && i.has_value();
          if (i) k.skill = *i;
          for (const auto& prev : t.key_skills) {
            if (i && prev.skill == *i) {
              r.error(*s, fmt::format("skill '{}' is listed twice in key_skills", s->value));
              ok = false;
            }
          }
        } else {
          ok = false;
        }
        if (const auto* l = kf.required("level")) {
          auto v = r.integer(*l, "level", 1, 5);
          ok = ok && v.has_value();
          if (v) k.level = static_cast<int>(*v);
        }
        if (const auto* w = kf.optional("weight")) {
          auto v = r.number(*w, "weight", 0.001, 1000);
          ok = ok && v.has_value();
          if (v) k.weight = *v;
        }
        if (const auto* e = kf.optional("essential")) k.essential = r.boolean(*e, "essential").value_or(false);
        kf.finish();
        if (ok) t.key_skills.push_back(k);
      }
      if (n->items.empty()) r.error(*n, fmt::format("track '{}' needs at least one key skill", t.id));
    }
  }
  if (const auto* n = f.optional("certifications")) {
    t.certifications = read_refs(r, *n, c.cert_ids, "certification", "certifications");
  }
  if (const auto* n = f.optional("requires")) t.requirements = parse_rule(r, *n, c, "requires", item.file);
  if (const auto* n = f.optional("roles")) t.roles = keep_all(c, r.text_list(*n, "roles"));
  if (const auto* n = f.optional("salary")) {
    Fields sf(r, *n, fmt::format("salary of track '{}'", t.id));
    Salary s;
    bool ok = sf.ok();
    const auto* lo = sf.required("low");
    const auto* hi = sf.required("high");
    if (lo != nullptr && hi != nullptr) {
      auto l = r.number(*lo, "salary low", 0, k_max_figure);
      auto h = r.number(*hi, "salary high", 0, k_max_figure);
      if (l && h && *l > *h) r.error(*lo, fmt::format("salary low ({}) is above high ({})", *l, *h));
      ok = ok && l && h && *l <= *h;
      if (l && h) s.range = {*l, *h};
    } else {
      ok = false;
    }
    if (const auto* cur = sf.required("currency")) {
      auto v = r.text(*cur, "currency");
      if (v && (v->size() != 3 || !std::all_of(v->begin(), v->end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))) {
        r.error(*cur, fmt::format("currency must be a three-letter ISO 4217 code like USD, found '{}'", escape_controls(*v)));
        ok = false;
      }
      if (v) s.currency = c.keep(std::move(*v));
    }
    if (const auto* p = sf.required("period")) {
      auto v = r.text(*p, "period");
      if (v && *v != "year" && *v != "month" && *v != "hour") {
        r.error(*p, fmt::format("period must be year, month or hour, found '{}'", escape_controls(*v)));
        ok = false;
      }
      if (v) s.period = c.keep(std::move(*v));
    }
    s.source = required_source(sf, r, c);
    sf.finish();
    if (ok) t.salary = s;
  }
  if (const auto* n = f.optional("level")) {
    Fields lf(r, *n, fmt::format("level of track '{}'", t.id));
    if (const auto* st = lf.required("stage")) t.level = resolve_id(r, *st, c.stage_ids, "stage");
    t.level_source = required_source(lf, r, c);
    lf.finish();
  }
  t.source = required_source(f, r, c);
  f.finish();
  c.tracks[item.slot] = std::move(t);
}

void decode_strategy(const Item& item, Content& c) {
  const YamlReader& r = *item.reader;
  Strategy s;
  s.where = pos_of(item);
  Fields f(r, *item.node, what("strategy", id_of(*item.node)));
  read_text(f, r, "id", s.id, true, c);
  read_text(f, r, "title", s.title, true, c);
  read_text(f, r, "description", s.description, true, c);
  read_text(f, r, "quote", s.quote, false, c);
  read_text(f, r, "action", s.action, false, c);
  if (const auto* n = f.optional("skills")) s.skills = read_refs(r, *n, c.skill_ids, "skill", "skills");
  if (const auto* n = f.required("category")) {
    if (auto v = r.id(*n, "category")) s.category = c.keep(std::move(*v));
  }
  if (const auto* n = f.required("when")) s.when = parse_rule(r, *n, c, "when", item.file);
  s.source = required_source(f, r, c);
  f.finish();
  c.strategies[item.slot] = std::move(s);
}

void decode_transition(const Item& item, Content& c) {
  const YamlReader& r = *item.reader;
  Transition t;
  t.where = pos_of(item);
  Fields f(r, *item.node, what("transition", id_of(*item.node)));
  read_text(f, r, "id", t.id, true, c);
  read_text(f, r, "title", t.title, true, c);
  read_text(f, r, "description", t.description, true, c);
  if (const auto* n = f.required("skills")) t.skills = read_refs(r, *n, c.skill_ids, "skill", "skills");
  if (const auto* n = f.required("fields")) t.fields = keep_all(c, r.text_list(*n, "fields"));
  t.source = required_source(f, r, c);
  f.finish();
  c.transitions[item.slot] = std::move(t);
}

void decode_project(const Item& item, Content& c) {
  const YamlReader& r = *item.reader;
  Project p;
  p.where = pos_of(item);
  Fields f(r, *item.node, what("project", id_of(*item.node)));
  read_text(f, r, "id", p.id, true, c);
  read_text(f, r, "title", p.title, true, c);
  read_text(f, r, "description", p.description, true, c);
  if (const auto* n = f.required("difficulty")) {
    if (auto v = r.text(*n, "difficulty")) {
      if (*v == "beginner") p.difficulty = Difficulty::beginner;
      else if (*v == "intermediate") p.difficulty = Difficulty::intermediate;
      else if (*v == "advanced") p.difficulty = Difficulty::advanced;
      else r.error(*n, fmt::format("difficulty must be beginner, intermediate or advanced, found '{}'", escape_controls(*v)));
    }
  }
  if (const auto* n = f.required("practises")) {
    if (r.expect(*n, yaml::NodeKind::map, "practises")) {
      for (const auto& e : n->entries) {
        auto it = c.skill_ids.find(e.key);
        auto level = r.integer(e.value, fmt::format("level of skill '{}'", e.key), 1, 5);
        if (it == c.skill_ids.end()) {
          r.error(Location{r.file(), e.line, e.column},
                  fmt::format("unknown skill '{}'{}", escape_controls(e.key),
                              suggest(c.skill_ids, e.key) ? fmt::format(" (did you mean '{}'?)", *suggest(c.skill_ids, e.key)) : ""));
        } else if (level) {
          p.practises.push_back(SkillLevel{it->second, static_cast<int>(*level)});
        }
      }
      if (n->entries.empty()) r.error(*n, "practises needs at least one skill");
    }
  }
  if (const auto* n = f.required("effort_hours")) {
    if (auto fig = read_figure(r, *n, c, "effort_hours")) p.effort_hours = *fig;
  }
  p.source = required_source(f, r, c);
  f.finish();
  c.projects[item.slot] = std::move(p);
}

void decode_renamed(const Item& item, Content& c) {
  const YamlReader& r = *item.reader;
  Fields f(r, *item.node, "renamed entry");
  std::optional<std::string> kind, from;
  const yaml::Node* to = nullptr;
  if (const auto* n = f.required("kind")) kind = r.text(*n, "kind");
  if (const auto* n = f.required("from")) from = r.id(*n, "from");
  to = f.required("to");
  f.finish();
  if (!kind || !from || to == nullptr) return;
  IdTable* table = nullptr;
  if (*kind == "skill") table = &c.skill_ids;
  else if (*kind == "certification") table = &c.cert_ids;
  else if (*kind == "stage") table = &c.stage_ids;
  else if (*kind == "track") table = &c.track_ids;
  else if (*kind == "project") table = &c.project_ids;
  if (table == nullptr) {
    r.error(*item.node, fmt::format("renamed kind must be skill, certification, stage, track or project, found '{}'",
                                    escape_controls(*kind)));
    return;
  }
  auto target = resolve_id(r, *to, *table, *kind);
  if (!target) return;
  auto [it, inserted] = table->emplace(*from, *target);
  if (!inserted && it->second != *target) {
    r.error(*item.node, fmt::format("renamed {} '{}' is still in use as an id or alias", *kind, *from));
  }
}

}  // namespace careerplan
