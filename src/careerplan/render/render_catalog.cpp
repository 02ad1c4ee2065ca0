#include "careerplan/render/render_catalog.hpp"

#include <fmt/format.h>

#include <cmath>

#include "careerplan/match/related.hpp"
#include "careerplan/render/footnotes.hpp"
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

Json wage_json(const Content& c, const Track& t) {
  if (!t.official_wage) return nullptr;
  const OfficialWage& w = *t.official_wage;
  return Json{{"occupation", w.occupation}, {"median", w.median},        {"currency", w.currency},
              {"period", w.period},         {"reference", w.reference}, {"source", official_source_json(c, w.source)}};
}

Json outlook_json(const Content& c, const Track& t) {
  if (!t.outlook) return nullptr;
  const Outlook& o = *t.outlook;
  return Json{{"percent", o.percent}, {"decade", o.decade}, {"scope", o.scope}, {"source", official_source_json(c, o.source)}};
}

Json occupations_json(const Content& c, const Track& t) {
  Json list = Json::array();
  for (const auto& o : t.occupations) {
    list.push_back(Json{{"soc", o.soc},
                        {"onet_soc", o.onet_soc},
                        {"title", o.title},
                        {"job_zone", o.job_zone > 0 ? Json(o.job_zone) : Json(nullptr)},
                        {"related", o.related},
                        {"source", official_source_json(c, o.source)}});
  }
  return list;
}

// The O*NET job zones' names (Job Zone Reference).
std::string_view job_zone_name(int zone) {
  switch (zone) {
    case 1: return "Little or No Preparation Needed";
    case 2: return "Some Preparation Needed";
    case 3: return "Medium Preparation Needed";
    case 4: return "Considerable Preparation Needed";
    case 5: return "Extensive Preparation Needed";
    default: return "";
  }
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

Json official_source_json(const Content& c, const SourceRef& ref) {
  const Source& s = c.source_of(ref);
  Json out = source_json(c, ref);
  out["publisher"] = s.publisher;
  out["edition"] = s.edition;
  out["checked"] = s.checked;
  out["grade"] = grade_name(s.grade);
  out["url"] = s.url;
  return out;
}

namespace {

TextTable tracks_table(const Content& c, Footnotes* notes) {
  TextTable table({"ID", "TITLE", "SEED SALARY", "US MEDIAN (OFFICIAL)", "FOCUS"});
  for (const auto& t : c.tracks) {
    const std::string mark_seed = t.salary && notes != nullptr ? " " + notes->mark(t.salary->source) : "";
    const std::string seed = t.salary ? salary_text(t) + mark_seed : "-";
    std::string median = t.no_occupation.empty() ? "-" : "none: no occupation code";
    if (t.official_wage) {
      median = official_wage_text(*t.official_wage);
      if (notes != nullptr) median += " " + notes->mark(t.official_wage->source);
    }
    table.add_row({safe(t.id), safe(t.title), seed, median, safe(t.focus)});
  }
  table.set_wrap_column(4);
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
  Footnotes notes(c);
  std::string out = tracks_table(c, &notes).render(style.listing_width());
  // Piped, a listing is one record a line and nothing else; the sources are in `tracks show`,
  // --format json and on a terminal.
  if (!notes.empty() && style.terminal) out += "\n" + notes.list(style);
  return out + listing_hint("See one in full: careerplan tracks show ID", style);
}

std::string tracks_tsv(const Content& c) { return tracks_table(c, nullptr).render_tsv(); }

Json tracks_json(const Content& c) {
  Json list = Json::array();
  for (const auto& t : c.tracks) {
    list.push_back(Json{{"id", t.id},
                        {"title", t.title},
                        {"focus", t.focus},
                        {"salary", salary_json(c, t)},
                        {"official_wage", wage_json(c, t)},
                        {"outlook", outlook_json(c, t)},
                        {"no_occupation", t.no_occupation.empty() ? Json(nullptr) : Json(t.no_occupation)}});
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
  Footnotes notes(c);
  out += paint(safe(t.title), Emphasis::heading, style) + "\n";
  line("id", safe(t.id));
  line("focus", safe(t.focus));
  line("salary (seed)", t.salary ? fmt::format("{} {}", salary_text(t), notes.mark(t.salary->source))
                                 : std::string("no figure in the seeds"));
  if (t.official_wage) {
    line("US median", fmt::format("{}, {} {}", official_wage_text(*t.official_wage), safe(t.official_wage->occupation),
                                  notes.mark(t.official_wage->source)));
  } else if (!t.no_occupation.empty()) {
    line("US median", "none: no occupation code (below)");
  } else {
    line("US median", "no official figure found");
  }
  if (t.outlook) line("outlook", fmt::format("{} {}", outlook_text(*t.outlook), notes.mark(t.outlook->source)));
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
  // Lines of `text` wrapped to the width, the first after `first`, the others after `rest`.
  const auto indented = [&](std::string_view first, std::string_view rest, const std::string& text) {
    const std::string wrapped = wrap(text, style.width > rest.size() + 20 ? style.width - rest.size() : 0, rest);
    return std::string(first) + wrapped.substr(std::min(rest.size(), wrapped.size())) + "\n";
  };
  if (!t.occupations.empty() || !t.no_occupation.empty()) {
    out += '\n';
    out += paint("Occupations (US SOC and O*NET)", Emphasis::heading, style);
    out += '\n';
    if (t.occupations.empty()) out += indented("  ", "  ", safe(t.no_occupation));
    for (const auto& o : t.occupations) {
      std::string head = fmt::format("{}{} {}", o.soc.empty() ? "" : safe(o.soc) + " / ", safe(o.onet_soc), safe(o.title));
      if (o.job_zone > 0) head += fmt::format(", Job Zone {} ({})", o.job_zone, job_zone_name(o.job_zone));
      out += indented("  ", "    ", fmt::format("{} {}", head, notes.mark(o.source)));
      if (!o.related.empty()) {
        std::vector<std::string> related;
        for (const auto& r : o.related) related.push_back(safe(r));
        out += indented("    related: ", "      ", fmt::format("{}", fmt::join(related, "; ")));
      }
    }
  }
  if (!t.role_aliases.empty()) {
    std::vector<std::string> titles;
    for (const auto& a : t.role_aliases) titles.push_back(safe(a));
    out += '\n';
    out += paint("Other titles (O*NET alternate titles)", Emphasis::heading, style);
    out += '\n';
    out += indented("  ", "  ", fmt::format("{}", fmt::join(titles, ", ")));
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
  if (!notes.empty()) out += "\n" + notes.list(style);
  if (!t.occupations.empty() || !t.role_aliases.empty()) {
    out += "\n" + paint(wrap(k_onet_credit, style.width, ""), Emphasis::dim, style) + "\n";
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
              {"official_wage", wage_json(c, t)},
              {"outlook", outlook_json(c, t)},
              {"occupations", occupations_json(c, t)},
              {"no_occupation", t.no_occupation.empty() ? Json(nullptr) : Json(t.no_occupation)},
              {"role_aliases", t.role_aliases},
              {"requires", rule_text(t.requirements, c)},
              {"key_skills", std::move(skills)},
              {"certifications", std::move(certs)},
              {"roles", t.roles},
              {"source", source_json(c, t.source)},
              {"related", related_json(c, index)},
              {"credit", t.occupations.empty() && t.role_aliases.empty() ? Json(nullptr) : Json(k_onet_credit)}};
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
