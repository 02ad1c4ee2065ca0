#include "careerplan/load/rule_parser.hpp"

#include <fmt/format.h>

#include <array>

#include "careerplan/base/text.hpp"
#include "careerplan/load/resolve.hpp"

namespace careerplan {

namespace {

constexpr std::array<std::string_view, 9> k_rule_keys = {"all",   "any",       "not",   "skill", "years",
                                                         "cert",  "education", "stage", "target"};

Rule leaf(RuleKind kind, FilePos where) {
  Rule r;
  r.kind = kind;
  r.where = where;
  return r;
}

class RuleParser {
public:
  RuleParser(const YamlReader& reader, const Content& ids, std::uint32_t file)
      : m_reader(reader), m_ids(ids), m_file(file) {}

  Rule parse(const yaml::Node& n, std::string_view field) {
    if (n.is_sequence()) return list(RuleKind::all, n, field);
    if (!n.is_map() || n.entries.size() != 1) {
      m_reader.error(n, fmt::format("{} must be a rule: a mapping with one key ({}) or a list of rules, found {}",
                                    field, fmt::join(k_rule_keys, ", "), describe_found(n)));
      return Rule::always();
    }
    const auto& e = n.entries.front();
    const auto& v = e.value;
    const FilePos where{m_file, e.line, e.column};
    if (e.key == "all") return list(RuleKind::all, v, "all");
    if (e.key == "any") return list(RuleKind::any, v, "any");
    if (e.key == "not") {
      Rule r = leaf(RuleKind::not_, where);
      r.children.push_back(parse(v, "not"));
      return r;
    }
    if (e.key == "skill") return skills(v, where);
    if (e.key == "years") {
      Rule r = leaf(RuleKind::years, where);
      if (auto y = m_reader.number(v, "years", 0, 100)) r.years = *y;
      return r;
    }
    if (e.key == "cert") {
      Rule r = leaf(RuleKind::cert, where);
      for_each_name(v, "cert", [&](const yaml::Node& item) {
        if (auto i = resolve_id(m_reader, item, m_ids.cert_ids, "certification")) r.group.push_back(*i);
      });
      return r.group.empty() ? Rule::always() : r;
    }
    if (e.key == "education") {
      Rule r = leaf(RuleKind::education, where);
      if (auto name = m_reader.text(v, "education")) {
        if (auto ed = education_from_name(*name)) {
          r.level = static_cast<int>(*ed);
        } else {
          m_reader.error(v, unknown_education(*name));
        }
      }
      return r;
    }
    if (e.key == "stage") {
      Rule r = leaf(RuleKind::stage, where);
      if (auto i = resolve_id(m_reader, v, m_ids.stage_ids, "stage")) r.index = *i;
      return r;
    }
    if (e.key == "target") {
      Rule r = leaf(RuleKind::target, where);
      for_each_name(v, "target", [&](const yaml::Node& item) { target(item, r); });
      return r.targets.empty() ? Rule::always() : r;
    }
    std::string message = fmt::format("unknown rule '{}'", escape_controls(e.key));
    std::vector<std::string> names(k_rule_keys.begin(), k_rule_keys.end());
    if (auto guess = closest_match(e.key, names)) message += fmt::format(" (did you mean '{}'?)", *guess);
    m_reader.error(Location{m_reader.file(), e.line, e.column}, std::move(message),
                   {fmt::format("rules are: {}", fmt::join(k_rule_keys, ", "))});
    return Rule::always();
  }

private:
  static std::string describe_found(const yaml::Node& n) {
    if (n.is_map()) return fmt::format("a mapping with {} keys", n.entries.size());
    if (n.is_scalar()) return fmt::format("'{}'", escape_controls(n.value));
    return std::string(yaml::describe(n));
  }

  static std::string unknown_education(const std::string& name) {
    std::string message = fmt::format("unknown education level '{}'", escape_controls(name));
    if (auto guess = closest_match(name, education_names())) message += fmt::format(" (did you mean '{}'?)", *guess);
    return message;
  }

  Rule list(RuleKind kind, const yaml::Node& v, std::string_view field) {
    Rule r = leaf(kind, FilePos{m_file, v.line, v.column});
    if (!m_reader.expect(v, yaml::NodeKind::sequence, field)) return Rule::always();
    if (v.items.empty()) {
      m_reader.error(v, fmt::format("{} needs at least one rule", field));
      return Rule::always();
    }
    for (const auto& item : v.items) r.children.push_back(parse(item, field));
    return r;
  }

  // `skill: {linux: 3, sql: 2}`: one leaf per skill, joined by all when there are several.
  Rule skills(const yaml::Node& v, const FilePos& where) {
    if (!v.is_map() || v.entries.empty()) {
      m_reader.error(v, fmt::format("skill must map skill ids to levels, like {{linux: 3}}, found {}",
                                    describe_found(v)));
      return Rule::always();
    }
    Rule all = leaf(RuleKind::all, where);
    for (const auto& e : v.entries) {
      yaml::Node key;
      key.kind = yaml::NodeKind::scalar;
      key.value = e.key;
      key.line = e.line;
      key.column = e.column;
      auto index = resolve_id(m_reader, key, m_ids.skill_ids, "skill");
      auto level = m_reader.integer(e.value, fmt::format("level of skill '{}'", e.key), 1, 5);
      if (!index || !level) continue;
      Rule r = leaf(RuleKind::skill, FilePos{m_file, e.line, e.column});
      r.index = *index;
      r.level = static_cast<int>(*level);
      all.children.push_back(std::move(r));
    }
    if (all.children.size() == 1) return std::move(all.children.front());
    return all.children.empty() ? Rule::always() : all;
  }

  template <typename F>
  void for_each_name(const yaml::Node& v, std::string_view field, F&& f) {
    if (v.is_sequence()) {
      if (v.items.empty()) m_reader.error(v, fmt::format("{} needs at least one id", field));
      for (const auto& item : v.items) f(item);
    } else {
      f(v);
    }
  }

  void target(const yaml::Node& item, Rule& r) {
    auto name = m_reader.text(item, "target");
    if (!name) return;
    if (auto it = m_ids.track_ids.find(*name); it != m_ids.track_ids.end()) {
      r.targets.push_back(TargetRef{true, it->second});
    } else if (auto st = m_ids.stage_ids.find(*name); st != m_ids.stage_ids.end()) {
      r.targets.push_back(TargetRef{false, st->second});
    } else {
      std::string message = fmt::format("unknown track or stage '{}'", escape_controls(*name));
      if (!m_reader.will_show()) {
        // Only counted past the cap on errors per file: no suggestion is worked out.
      } else if (auto guess = suggest(m_ids.track_ids, m_ids.stage_ids, *name)) {
        message += fmt::format(" (did you mean '{}'?)", *guess);
      }
      m_reader.error(item, std::move(message));
    }
  }

  const YamlReader& m_reader;
  const Content& m_ids;
  std::uint32_t m_file;
};

}  // namespace

Rule parse_rule(const YamlReader& reader, const yaml::Node& node, const Content& ids, std::string_view field,
                std::uint32_t file) {
  return RuleParser(reader, ids, file).parse(node, field);
}

}  // namespace careerplan
