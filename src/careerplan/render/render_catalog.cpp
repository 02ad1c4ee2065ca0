#include "careerplan/render/render_catalog.hpp"

#include <fmt/format.h>

#include <cmath>

#include "careerplan/match/related.hpp"
#include "careerplan/render/rule_text.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"

namespace careerplan {

namespace {

using Json = nlohmann::ordered_json;

// Every content string is escaped before it reaches a terminal.
std::string safe(std::string_view s) { return escape_controls(s); }

std::string source_label(const Content& c, const SourceRef& ref) {
  const Source& s = c.source_of(ref);
  std::string out(s.title);
  if (!ref.section.empty()) out += fmt::format(", \u00a7 {}", ref.section);
  if (s.estimate) out += " (estimate)";
  return safe(out);
}

std::string salary_text(const Track& t) {
  if (!t.salary) return "-";
  return money_range(t.salary->range.low, t.salary->range.high, t.salary->currency, t.salary->period);
}

std::string years_text(const Figure& f, const Content& c) {
  std::string years = f.range.low == f.range.high ? fmt::format("{}", f.range.low)
                                                  : fmt::format("{}\u2013{}", f.range.low, f.range.high);
  return c.source_of(f.source).estimate ? years + " (estimate)" : years;
}

Json figure_json(const Content& c, const Figure& f) {
  return Json{{"low", f.range.low}, {"high", f.range.high}, {"source", source_json(c, f.source)}};
}

Json salary_json(const Content& c, const Track& t) {
  if (!t.salary) return nullptr;
  return Json{{"low", t.salary->range.low},       {"high", t.salary->range.high},
              {"currency", t.salary->currency},   {"period", t.salary->period},
              {"source", source_json(c, t.salary->source)}};
}

// The closest tracks by shared key skills, as `tracks show` lists them.
Json related_json(const Content& c, Index index) {
  Json list = Json::array();
  for (const auto& r : related_tracks(c, index)) {
    Json skills = Json::array();
    for (Index s : r.skills) skills.push_back(c.skills[s].id);
    list.push_back(Json{{"id", r.id}, {"title", r.title}, {"shared", r.shared}, {"of", r.of},
                        {"share", std::round(r.share * 10000) / 10000}, {"skills", std::move(skills)}});
  }
  return list;
}

}  // namespace

Json source_json(const Content& c, const SourceRef& ref) {
  const Source& s = c.source_of(ref);
  return Json{{"id", s.id}, {"title", s.title}, {"section", ref.section}, {"estimate", s.estimate}};
}

namespace {

TextTable tracks_table(const Content& c) {
  TextTable table({"ID", "TITLE", "SALARY", "FOCUS"});
  for (const auto& t : c.tracks) table.add_row({safe(t.id), safe(t.title), salary_text(t), safe(t.focus)});
  table.set_wrap_column(3);
  return table;
}

TextTable stages_table(const Content& c) {
  TextTable table({"#", "ID", "TITLE", "YEARS", "LEADS TO"});
  for (Index i = 0; i < c.stages.size(); ++i) {
    const Stage& s = c.stages[i];
    std::vector<std::string> next;
    for (Index n : s.leads_to) next.push_back(safe(c.stages[n].id));
    table.add_row({fmt::format("{}", i + 1), safe(s.id), safe(s.title),
                   s.typical_years ? years_text(*s.typical_years, c) : "-",
                   next.empty() ? "-" : fmt::format("{}", fmt::join(next, ", "))});
  }
  table.set_wrap_column(4);
  return table;
}

}  // namespace

std::string listing_hint(std::string_view hint, const TextStyle& style) {
  if (!style.terminal) return {};
  return paint(fmt::format("\n{}\n", hint), Emphasis::dim, style);
}

std::string tracks_text(const Content& c, const TextStyle& style) {
  return tracks_table(c).render(style.listing_width()) + listing_hint("See one in full: careerplan tracks show ID", style);
}

std::string tracks_tsv(const Content& c) { return tracks_table(c).render_tsv(); }

Json tracks_json(const Content& c) {
  Json list = Json::array();
  for (const auto& t : c.tracks) {
    list.push_back(Json{{"id", t.id}, {"title", t.title}, {"focus", t.focus}, {"salary", salary_json(c, t)}});
  }
  return Json{{"schema_version", 1}, {"pack", c.name}, {"tracks", std::move(list)}};
}

std::string track_text(const Content& c, Index index, const TextStyle& style) {
  const Track& t = c.tracks[index];
  std::string out;
  // Each field and list line wrapped to the width, continuing under its text.
  auto line = [&](std::string_view label, const std::string& value) {
    out += hanging_text(fmt::format("{:<15}", label), value, style.width);
  };
  out += paint(safe(t.title), Emphasis::heading, style) + "\n";
  line("id", safe(t.id));
  line("focus", safe(t.focus));
  line("salary", t.salary ? fmt::format("{} ({})", salary_text(t), source_label(c, t.salary->source))
                          : std::string("no figure in the sources"));
  line("requires", safe(rule_text(t.requirements, c)));
  line("source", source_label(c, t.source));
  out += '\n';
  out += wrap(safe(t.description), style.width, "");
  out += '\n';

  out += '\n';
  out += paint("Key skills", Emphasis::heading, style);
  out += '\n';
  TextTable skills({"SKILL", "LEVEL", "WEIGHT", "ESSENTIAL"});
  for (const auto& k : t.key_skills) {
    skills.add_row({safe(c.skills[k.skill].name), fmt::format("{}", k.level), fmt::format("{}", k.weight),
                    k.essential ? "yes" : "no"});
  }
  out += skills.render(style.width);
  if (!t.certifications.empty()) {
    out += '\n';
  out += paint("Certifications that help", Emphasis::heading, style);
  out += '\n';
    for (Index i : t.certifications) {
      out += hanging_text("  ", fmt::format("{} ({})", safe(c.certifications[i].name), safe(c.certifications[i].id)), style.width);
    }
  }
  if (!t.roles.empty()) {
    out += '\n';
  out += paint("Roles", Emphasis::heading, style);
  out += '\n';
    for (const auto& r : t.roles) out += hanging_text("  ", safe(r), style.width);
  }
  const auto related = related_tracks(c, index);
  if (!related.empty()) {
    out += '\n';
    out += paint("Related tracks (shared key skills)", Emphasis::heading, style);
    out += '\n';
    for (const auto& r : related) {
      out += hanging_text("  ", fmt::format("{} ({}): {} of {} key skills, {}%", safe(r.title), safe(r.id), r.shared, r.of,
                                            static_cast<long long>(std::lround(r.share * 100))),
                          style.width);
    }
  }
  return out;
}

Json track_json(const Content& c, Index index) {
  const Track& t = c.tracks[index];
  Json skills = Json::array();
  for (const auto& k : t.key_skills) {
    skills.push_back(Json{{"id", c.skills[k.skill].id}, {"name", c.skills[k.skill].name}, {"level", k.level},
                          {"weight", k.weight}, {"essential", k.essential}});
  }
  Json certs = Json::array();
  for (Index i : t.certifications) certs.push_back(Json{{"id", c.certifications[i].id}, {"name", c.certifications[i].name}});
  return Json{{"schema_version", 1},
              {"id", t.id},
              {"title", t.title},
              {"focus", t.focus},
              {"description", t.description},
              {"salary", salary_json(c, t)},
              {"requires", rule_text(t.requirements, c)},
              {"key_skills", std::move(skills)},
              {"certifications", std::move(certs)},
              {"roles", t.roles},
              {"source", source_json(c, t.source)},
              {"related", related_json(c, index)}};
}

std::string stages_text(const Content& c, const TextStyle& style) {
  return stages_table(c).render(style.listing_width());
}

std::string stages_tsv(const Content& c) { return stages_table(c).render_tsv(); }

Json stages_json(const Content& c) {
  Json list = Json::array();
  for (Index i = 0; i < c.stages.size(); ++i) {
    const Stage& s = c.stages[i];
    Json next = Json::array();
    for (Index n : s.leads_to) next.push_back(c.stages[n].id);
    list.push_back(Json{{"order", i + 1},
                        {"id", s.id},
                        {"title", s.title},
                        {"description", s.description},
                        {"typical_years", s.typical_years ? figure_json(c, *s.typical_years) : Json(nullptr)},
                        {"requires", rule_text(s.requirements, c)},
                        {"leads_to", std::move(next)},
                        {"roles", s.roles},
                        {"source", source_json(c, s.source)}});
  }
  return Json{{"schema_version", 1}, {"pack", c.name}, {"stages", std::move(list)}};
}

}  // namespace careerplan
