#include "careerplan/load/profile_loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "careerplan/base/calendar.hpp"
#include "careerplan/load/json_tree.hpp"
#include "careerplan/load/resume_loader.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/load/yaml_tree.hpp"
#include "careerplan/load/resolve.hpp"
#include "careerplan/load/yaml_read.hpp"

namespace careerplan {

namespace {

constexpr double k_max_years = 70;
constexpr double k_max_hours_per_week = 80;
constexpr std::size_t k_max_list = 1000;

yaml::Node key_node(const yaml::Entry& e) {
  yaml::Node n;
  n.kind = yaml::NodeKind::scalar;
  n.value = e.key;
  n.line = e.line;
  n.column = e.column;
  return n;
}

// The keys a profile may hold, so a file holding none of them is told apart from a misspelt one.
// A misspelt key counts as one, so its message stays "unknown key ... (did you mean ...?)".
bool is_profile_key(std::string_view key) {
  static const std::vector<std::string> keys{"name",   "current_stage",  "years_experience", "education",
                                             "skills", "certifications", "goals",            "progress"};
  return std::find(keys.begin(), keys.end(), key) != keys.end() || closest_match(key, keys).has_value();
}

class ProfileReader {
public:
  ProfileReader(const YamlReader& r, const Content& c, Profile& p) : m_r(r), m_c(c), m_p(p) {}

  void read(const yaml::Node& root) {
    Fields f(m_r, root, "profile");
    if (!f.ok()) return;
    if (const auto* n = f.optional("name")) m_p.name = m_r.text(*n, "name").value_or("");
    if (const auto* n = f.optional("current_stage")) {
      if (auto i = resolve_id(m_r, *n, m_c.stage_ids, "stage")) m_p.current_stage = *i;
    }
    if (const auto* n = f.optional("years_experience")) {
      m_p.years_experience = m_r.number(*n, "years_experience", 0, k_max_years).value_or(0);
    }
    if (const auto* n = f.optional("education")) education(*n);
    if (const auto* n = f.optional("skills")) skills(*n);
    if (const auto* n = f.optional("certifications")) certifications(*n);
    if (const auto* n = f.optional("goals")) goals(*n);
    if (const auto* n = f.optional("progress")) progress(*n);
    f.finish();
  }

private:
  void education(const yaml::Node& n) {
    auto name = m_r.text(n, "education");
    if (!name) return;
    if (auto e = education_from_name(*name)) {
      m_p.education = *e;
      return;
    }
    std::string message = fmt::format("unknown education level '{}'", escape_controls(*name));
    if (auto guess = closest_match(*name, education_names())) message += fmt::format(" (did you mean '{}'?)", *guess);
    m_r.error(n, std::move(message), {fmt::format("levels are: {}", fmt::join(education_names(), ", "))});
  }

  // `skills: {linux: 4}` or `skills: [{id: linux, level: 4}]`.
  void skills(const yaml::Node& n) {
    if (n.is_map()) {
      if (!within_limit(n, n.entries.size(), "skills")) return;
      for (const auto& e : n.entries) add_skill(key_node(e), e.value);
    } else if (n.is_sequence()) {
      if (!within_limit(n, n.items.size(), "skills")) return;
      for (const auto& item : n.items) {
        Fields f(m_r, item, "skill entry");
        const auto* id = f.required("id");
        const auto* level = f.required("level");
        f.finish();
        if (id != nullptr && level != nullptr) add_skill(*id, *level);
      }
    } else if (!n.is_null()) {
      m_r.error(n, fmt::format("skills must map skill ids to levels, like {{linux: 4, sql: 2}}, found {}",
                               yaml::describe(n)));
    }
  }

  void add_skill(const yaml::Node& id, const yaml::Node& level_node) {
    auto index = resolve_id(m_r, id, m_c.skill_ids, "skill");
    auto level = m_r.integer(level_node, [&] { return fmt::format("level of skill '{}'", escape_controls(id.value)); },
                             k_min_level, k_max_level);
    if (!index || !level) return;
    for (const auto& s : m_p.skills) {
      if (s.skill == *index) {
        m_r.error(id, fmt::format("skill '{}' is listed twice", m_c.skills[*index].id),
                  {fmt::format("first listed at line {}", s.where.line)});
        return;
      }
    }
    m_p.skills.push_back(ProfileSkill{*index, static_cast<int>(*level), m_r.at(id)});
  }

  // `certifications: [itil, {id: comptia-a-plus, year: 2021}]`.
  void certifications(const yaml::Node& n) {
    if (n.is_null()) return;
    if (!m_r.expect(n, yaml::NodeKind::sequence, "certifications")) return;
    if (!within_limit(n, n.items.size(), "certifications")) return;
    for (const auto& item : n.items) {
      const yaml::Node* id = &item;
      std::optional<int> year;
      if (item.is_map()) {
        Fields f(m_r, item, "certification entry");
        id = f.required("id");
        if (const auto* y = f.optional("year")) {
          if (auto v = m_r.integer(*y, "year", k_min_cert_year, k_max_cert_year)) year = static_cast<int>(*v);
        }
        f.finish();
        if (id == nullptr) continue;
      }
      auto index = resolve_id(m_r, *id, m_c.cert_ids, "certification");
      if (!index) continue;
      if (std::any_of(m_p.certifications.begin(), m_p.certifications.end(),
                      [&](const ProfileCert& c) { return c.cert == *index; })) {
        m_r.error(*id, fmt::format("certification '{}' is listed twice", m_c.certifications[*index].id));
        continue;
      }
      m_p.certifications.push_back(ProfileCert{*index, year, m_r.at(*id)});
    }
  }

  void goals(const yaml::Node& n) {
    Fields f(m_r, n, "goals");
    if (!f.ok()) return;
    if (const auto* t = f.optional("tracks")) {
      if (m_r.expect(*t, yaml::NodeKind::sequence, "goals.tracks") && within_limit(*t, t->items.size(), "goals.tracks")) {
        for (const auto& item : t->items) {
          auto i = resolve_id(m_r, item, m_c.track_ids, "track");
          if (!i) continue;
          if (std::find(m_p.target_tracks.begin(), m_p.target_tracks.end(), *i) != m_p.target_tracks.end()) {
            m_r.error(item, fmt::format("track '{}' is listed twice", m_c.tracks[*i].id));
            continue;
          }
          m_p.target_tracks.push_back(*i);
        }
      }
    }
    if (const auto* s = f.optional("stage")) {
      if (auto i = resolve_id(m_r, *s, m_c.stage_ids, "stage")) m_p.target_stage = *i;
    }
    if (const auto* h = f.optional("hours_per_week")) {
      m_p.hours_per_week = m_r.number(*h, "goals.hours_per_week", 0.5, k_max_hours_per_week).value_or(k_default_hours_per_week);
    }
    f.finish();
  }

  // `progress: {"skill:sql@3": done, "cert:itil": in-progress, "project:x": skipped}`.
  void progress(const yaml::Node& n) {
    if (n.is_null()) return;
    if (!m_r.expect(n, yaml::NodeKind::map, "progress")) return;
    if (!within_limit(n, n.entries.size(), "progress")) return;
    for (const auto& e : n.entries) {
      const yaml::Node key = key_node(e);
      ProgressEntry entry;
      entry.where = m_r.at(key);
      if (!progress_step(key, entry)) continue;
      auto status = m_r.text(e.value, "progress status");
      if (!status) continue;
      if (*status == "done") entry.status = StepStatus::done;
      else if (*status == "in-progress") entry.status = StepStatus::in_progress;
      else if (*status == "skipped") entry.status = StepStatus::skipped;
      else {
        m_r.error(e.value, fmt::format("progress status must be done, in-progress or skipped, found '{}'",
                                       escape_controls(*status)));
        continue;
      }
      const bool repeated = std::any_of(m_p.progress.begin(), m_p.progress.end(), [&](const ProgressEntry& p) {
        return p.kind == entry.kind && p.index == entry.index && p.level == entry.level;
      });
      if (repeated) {
        m_r.error(key, fmt::format("step '{}' is listed twice", progress_key(m_c, entry.kind, entry.index, entry.level)));
        continue;
      }
      m_p.progress.push_back(entry);
    }
  }

  // Parses "skill:ID@LEVEL", "cert:ID" or "project:ID"; ids may be aliases or renamed ids.
  bool progress_step(const yaml::Node& key, ProgressEntry& entry) {
    const std::string& text = key.value;
    const auto colon = text.find(':');
    const std::string kind = text.substr(0, colon);
    if (colon == std::string::npos || (kind != "skill" && kind != "cert" && kind != "project")) {
      m_r.error(key, fmt::format("progress step '{}' must be skill:ID@LEVEL, cert:ID or project:ID", escape_controls(text)));
      return false;
    }
    yaml::Node id = key;
    id.value = text.substr(colon + 1);
    if (kind == "skill") {
      const auto at = id.value.find('@');
      std::optional<long long> level;
      if (at != std::string::npos) level = parse_decimal(std::string_view(id.value).substr(at + 1));
      if (!level || *level < k_min_level || *level > k_max_level) {
        m_r.error(key, fmt::format("progress step '{}' must name a level from 1 to 5, like skill:sql@3", escape_controls(text)));
        return false;
      }
      id.value.resize(at);
      auto index = resolve_id(m_r, id, m_c.skill_ids, "skill");
      if (!index) return false;
      entry = ProgressEntry{ProgressKind::skill, *index, static_cast<int>(*level), entry.status, entry.where};
      return true;
    }
    const bool cert = kind == "cert";
    auto index = resolve_id(m_r, id, cert ? m_c.cert_ids : m_c.project_ids, cert ? "certification" : "project");
    if (!index) return false;
    entry.kind = cert ? ProgressKind::cert : ProgressKind::project;
    entry.index = *index;
    return true;
  }

  bool within_limit(const yaml::Node& n, std::size_t size, std::string_view field) {
    if (size <= k_max_list) return true;
    m_r.error(n, fmt::format("{} lists {} entries; the limit is {}", field, size, k_max_list));
    return false;
  }

  const YamlReader& m_r;
  const Content& m_c;
  Profile& m_p;
};

}  // namespace

Profile load_profile(const TextFile& file, const Content& content, ProfileSyntax syntax,
                     std::optional<std::chrono::sys_days> as_of) {
  Diagnostics diags;
  const yaml::Node root =
      syntax == ProfileSyntax::json ? yaml::parse_json(file.text, file.name) : yaml::parse(file.text, file.name);
  if (is_resume(root)) return load_resume(root, file.name, content, as_of ? *as_of : plan_start_day());
  YamlReader reader(file.name, diags);
  Profile profile;
  profile.file = file.name;
  if (root.is_map() && !root.entries.empty() &&
      std::none_of(root.entries.begin(), root.entries.end(), [](const yaml::Entry& e) { return is_profile_key(e.key); })) {
    diags.error(Location{file.name, root.line, root.column}, "file is neither a careerplan profile nor a JSON Resume",
                {"a profile holds keys like skills and years_experience (docs/profile-format.md); a JSON Resume holds "
                 "basics and work (docs/resume.md)"});
  } else if (root.is_null()) {
    diags.error(Location{file.name, 1, 1}, "profile is empty (expected a mapping)",
                {"start from a commented profile that validates as written: careerplan init -o me.yaml"});
  } else {
    ProfileReader(reader, content, profile).read(root);
  }
  throw_if_any(diags);
  return profile;
}

}  // namespace careerplan
