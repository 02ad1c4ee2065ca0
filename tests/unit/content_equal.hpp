#pragma once
// Field-by-field comparison of two Contents, written independently of the pack writer and
// reader, so a field either of them drops shows up as a named difference.
#include <map>
#include <string>
#include <vector>

#include "careerplan/model/model.hpp"

namespace careerplan::test {

class ContentDiff {
public:
  std::vector<std::string> differences;

  void run(const Content& a, const Content& b) {
    m_a = &a;
    m_b = &b;
    same("name", a.name, b.name);
    same("title", a.title, b.title);
    same("description", a.description, b.description);
    same("version", a.version, b.version);
    list("sources", a.sources, b.sources, [&](const std::string& p, const Source& x, const Source& y) {
      same(p + ".id", x.id, y.id);
      same(p + ".title", x.title, y.title);
      same(p + ".author", x.author, y.author);
      same(p + ".file", x.file, y.file);
      same(p + ".url", x.url, y.url);
      same(p + ".estimate", x.estimate, y.estimate);
      loc(p + ".where", x.where, y.where);
    });
    list("skills", a.skills, b.skills, [&](const std::string& p, const Skill& x, const Skill& y) {
      same(p + ".id", x.id, y.id);
      same(p + ".name", x.name, y.name);
      same(p + ".category", static_cast<int>(x.category), static_cast<int>(y.category));
      same(p + ".aliases", x.aliases, y.aliases);
      for (int i = 0; i < k_max_level; ++i) {
        same(p + ".levels", x.levels[i], y.levels[i]);
        fig(p + ".effort", x.effort[i], y.effort[i]);
      }
      same(p + ".description", x.description, y.description);
      same(p + ".source?", x.source.has_value(), y.source.has_value());
      if (x.source && y.source) ref(p + ".source", *x.source, *y.source);
      loc(p + ".where", x.where, y.where);
    });
    list("certifications", a.certifications, b.certifications,
         [&](const std::string& p, const Certification& x, const Certification& y) {
           same(p + ".id", x.id, y.id);
           same(p + ".name", x.name, y.name);
           same(p + ".issuer", x.issuer, y.issuer);
           same(p + ".aliases", x.aliases, y.aliases);
           levels(p + ".evidences", x.evidences, y.evidences);
           fig(p + ".prep_hours", x.prep_hours, y.prep_hours);
           opt_fig(p + ".renewal_years", x.renewal_years, y.renewal_years);
           same(p + ".description", x.description, y.description);
           ref(p + ".source", x.source, y.source);
           loc(p + ".where", x.where, y.where);
         });
    list("stages", a.stages, b.stages, [&](const std::string& p, const Stage& x, const Stage& y) {
      same(p + ".id", x.id, y.id);
      same(p + ".title", x.title, y.title);
      same(p + ".description", x.description, y.description);
      opt_fig(p + ".typical_years", x.typical_years, y.typical_years);
      rule(p + ".requirements", x.requirements, y.requirements);
      rule(p + ".inferred_when", x.inferred_when, y.inferred_when);
      same(p + ".leads_to", x.leads_to, y.leads_to);
      same(p + ".roles", x.roles, y.roles);
      opt_fig(p + ".salary", x.salary, y.salary);
      same(p + ".salary_currency", x.salary_currency, y.salary_currency);
      ref(p + ".source", x.source, y.source);
      loc(p + ".where", x.where, y.where);
    });
    list("tracks", a.tracks, b.tracks, [&](const std::string& p, const Track& x, const Track& y) {
      same(p + ".id", x.id, y.id);
      same(p + ".title", x.title, y.title);
      same(p + ".focus", x.focus, y.focus);
      same(p + ".description", x.description, y.description);
      list(p + ".key_skills", x.key_skills, y.key_skills, [&](const std::string& q, const KeySkill& k, const KeySkill& l) {
        same(q + ".skill", k.skill, l.skill);
        same(q + ".level", k.level, l.level);
        same(q + ".weight", k.weight, l.weight);
        same(q + ".essential", k.essential, l.essential);
      });
      same(p + ".certifications", x.certifications, y.certifications);
      rule(p + ".requirements", x.requirements, y.requirements);
      same(p + ".roles", x.roles, y.roles);
      same(p + ".salary?", x.salary.has_value(), y.salary.has_value());
      if (x.salary && y.salary) {
        range(p + ".salary.range", x.salary->range, y.salary->range);
        same(p + ".salary.currency", x.salary->currency, y.salary->currency);
        same(p + ".salary.period", x.salary->period, y.salary->period);
        ref(p + ".salary.source", x.salary->source, y.salary->source);
      }
      same(p + ".level?", x.level.has_value(), y.level.has_value());
      if (x.level && y.level) same(p + ".level", *x.level, *y.level);
      ref(p + ".level_source", x.level_source, y.level_source);
      ref(p + ".source", x.source, y.source);
      loc(p + ".where", x.where, y.where);
    });
    list("strategies", a.strategies, b.strategies, [&](const std::string& p, const Strategy& x, const Strategy& y) {
      same(p + ".id", x.id, y.id);
      same(p + ".title", x.title, y.title);
      same(p + ".category", x.category, y.category);
      same(p + ".description", x.description, y.description);
      same(p + ".quote", x.quote, y.quote);
      same(p + ".action", x.action, y.action);
      same(p + ".skills", x.skills, y.skills);
      rule(p + ".when", x.when, y.when);
      ref(p + ".source", x.source, y.source);
      loc(p + ".where", x.where, y.where);
    });
    list("transitions", a.transitions, b.transitions, [&](const std::string& p, const Transition& x, const Transition& y) {
      same(p + ".id", x.id, y.id);
      same(p + ".title", x.title, y.title);
      same(p + ".skills", x.skills, y.skills);
      same(p + ".fields", x.fields, y.fields);
      same(p + ".description", x.description, y.description);
      ref(p + ".source", x.source, y.source);
      loc(p + ".where", x.where, y.where);
    });
    list("projects", a.projects, b.projects, [&](const std::string& p, const Project& x, const Project& y) {
      same(p + ".id", x.id, y.id);
      same(p + ".title", x.title, y.title);
      same(p + ".difficulty", static_cast<int>(x.difficulty), static_cast<int>(y.difficulty));
      same(p + ".description", x.description, y.description);
      levels(p + ".practises", x.practises, y.practises);
      fig(p + ".effort_hours", x.effort_hours, y.effort_hours);
      ref(p + ".source", x.source, y.source);
      loc(p + ".where", x.where, y.where);
    });
    table("source_ids", a.source_ids, b.source_ids);
    table("skill_ids", a.skill_ids, b.skill_ids);
    table("cert_ids", a.cert_ids, b.cert_ids);
    table("stage_ids", a.stage_ids, b.stage_ids);
    table("track_ids", a.track_ids, b.track_ids);
    table("project_ids", a.project_ids, b.project_ids);
  }

private:
  template <typename T>
  void same(const std::string& path, const T& x, const T& y) {
    if (!(x == y)) differences.push_back(path);
  }

  template <typename T, typename F>
  void list(const std::string& path, const std::vector<T>& x, const std::vector<T>& y, F&& each) {
    if (x.size() != y.size()) {
      differences.push_back(path + ".size");
      return;
    }
    for (std::size_t i = 0; i < x.size(); ++i) each(path + "[" + std::to_string(i) + "]", x[i], y[i]);
  }

  // Positions compare by file name: the two packs may number their files differently.
  void loc(const std::string& p, const FilePos& x, const FilePos& y) {
    const Location lx = m_a->locate(x);
    const Location ly = m_b->locate(y);
    same(p + ".file", lx.file, ly.file);
    same(p + ".line", lx.line, ly.line);
    same(p + ".column", lx.column, ly.column);
  }
  void range(const std::string& p, const Range& x, const Range& y) {
    same(p + ".low", x.low, y.low);
    same(p + ".high", x.high, y.high);
  }
  void ref(const std::string& p, const SourceRef& x, const SourceRef& y) {
    same(p + ".source", x.source, y.source);
    same(p + ".section", x.section, y.section);
  }
  void fig(const std::string& p, const Figure& x, const Figure& y) {
    range(p + ".range", x.range, y.range);
    ref(p + ".source", x.source, y.source);
  }
  void opt_fig(const std::string& p, const std::optional<Figure>& x, const std::optional<Figure>& y) {
    same(p + "?", x.has_value(), y.has_value());
    if (x && y) fig(p, *x, *y);
  }
  void levels(const std::string& p, const std::vector<SkillLevel>& x, const std::vector<SkillLevel>& y) {
    list(p, x, y, [&](const std::string& q, const SkillLevel& k, const SkillLevel& l) {
      same(q + ".skill", k.skill, l.skill);
      same(q + ".level", k.level, l.level);
    });
  }
  void rule(const std::string& p, const Rule& x, const Rule& y) {
    same(p + ".kind", static_cast<int>(x.kind), static_cast<int>(y.kind));
    list(p + ".children", x.children, y.children, [&](const std::string& q, const Rule& k, const Rule& l) { rule(q, k, l); });
    same(p + ".index", x.index, y.index);
    same(p + ".group", x.group, y.group);
    list(p + ".targets", x.targets, y.targets, [&](const std::string& q, const TargetRef& k, const TargetRef& l) {
      same(q + ".is_track", k.is_track, l.is_track);
      same(q + ".index", k.index, l.index);
    });
    same(p + ".level", x.level, y.level);
    same(p + ".years", x.years, y.years);
    loc(p + ".where", x.where, y.where);
  }
  void table(const std::string& p, const IdTable& x, const IdTable& y) {
    std::map<std::string, Index> mx, my;
    for (const auto& [key, index] : x) mx.emplace(key, index);
    for (const auto& [key, index] : y) my.emplace(key, index);
    same(p, mx, my);
  }

  const Content* m_a = nullptr;
  const Content* m_b = nullptr;
};

inline std::vector<std::string> content_differences(const Content& a, const Content& b) {
  ContentDiff d;
  d.run(a, b);
  return d.differences;
}

}  // namespace careerplan::test
