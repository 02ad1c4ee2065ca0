#include "careerplan/render/render_skills.hpp"

#include <fmt/format.h>

#include "careerplan/render/footnotes.hpp"
#include "careerplan/render/render_catalog.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"

namespace careerplan {

namespace {

using Json = nlohmann::ordered_json;

// Every content string is escaped before it reaches a terminal.
std::string safe(std::string_view s) { return escape_controls(s); }

std::string joined(const std::vector<std::string_view>& items) {
  std::vector<std::string> escaped;
  for (const auto& s : items) escaped.push_back(safe(s));
  return escaped.empty() ? "-" : fmt::format("{}", fmt::join(escaped, ", "));
}

std::string source_label(const Content& c, const SourceRef& ref) {
  const Source& s = c.source_of(ref);
  std::string out(s.title);
  if (!ref.section.empty()) out += fmt::format(", \u00a7 {}", ref.section);
  if (s.estimate) out += " (estimate)";
  return safe(out);
}

std::string range_text(const Range& r) {
  return r.low == r.high ? fmt::format("{}", r.low) : fmt::format("{}\u2013{}", r.low, r.high);
}

std::string figure_text(const Content& c, const Figure& f, std::string_view unit) {
  return fmt::format("{} {}{}", range_text(f.range), unit, c.source_of(f.source).estimate ? " (estimate)" : "");
}

Json range_json(const Range& r) { return Json{{"low", r.low}, {"high", r.high}}; }

Json figure_json(const Content& c, const Figure& f) {
  return Json{{"low", f.range.low}, {"high", f.range.high}, {"source", source_json(c, f.source)}};
}

// Paragraphs and list lines are wrapped to the terminal with a hanging indent.
void add_field(std::string& out, std::string_view label, const std::string& value, std::size_t width) {
  constexpr std::size_t k_label_width = 15;
  const std::string indent(k_label_width, ' ');
  std::string wrapped = wrap(value, width > k_label_width + 20 ? width - k_label_width : 0, indent);
  out += fmt::format("{:<{}}{}\n", label, k_label_width, wrapped.substr(std::min(indent.size(), wrapped.size())));
}

}  // namespace

namespace {

TextTable skills_table(const Content& c) {
  TextTable table({"ID", "NAME", "CATEGORY", "ALIASES"});
  for (const auto& s : c.skills) {
    table.add_row({safe(s.id), safe(s.name), std::string(category_name(s.category)), joined(s.aliases)});
  }
  table.set_wrap_column(3);
  return table;
}

TextTable certs_table(const Content& c) {
  TextTable table({"ID", "NAME", "ISSUER", "ALIASES"});
  for (const auto& cert : c.certifications) {
    table.add_row({safe(cert.id), safe(cert.name), safe(cert.issuer), joined(cert.aliases)});
  }
  table.set_wrap_column(3);
  return table;
}

}  // namespace

std::string skills_text(const Content& c, const TextStyle& style) {
  return skills_table(c).render(style.listing_width()) +
         listing_hint("See the levels of one: careerplan skills show ID", style);
}

std::string skills_tsv(const Content& c) { return skills_table(c).render_tsv(); }

Json skills_json(const Content& c) {
  Json list = Json::array();
  for (const auto& s : c.skills) {
    list.push_back(Json{{"id", s.id},
                        {"name", s.name},
                        {"category", category_name(s.category)},
                        {"aliases", s.aliases},
                        {"description", s.description}});
  }
  return Json{{"schema_version", 1}, {"pack", c.name}, {"skills", std::move(list)}};
}

std::string skill_text(const Content& c, Index index, const TextStyle& style) {
  const Skill& s = c.skills[index];
  std::string out = paint(safe(s.name), Emphasis::heading, style) + "\n";
  add_field(out, "id", safe(s.id), style.width);
  add_field(out, "category", std::string(category_name(s.category)), style.width);
  add_field(out, "aliases", joined(s.aliases), style.width);
  add_field(out, "source", s.source ? source_label(c, *s.source) : std::string("careerplan addition"), style.width);
  if (!s.description.empty()) out += fmt::format("\n{}\n", wrap(safe(s.description), style.width, ""));

  out += fmt::format("\n{}\n", paint("Levels", Emphasis::heading, style));
  TextTable levels({"LEVEL", "HOURS", "WHAT IT LOOKS LIKE"});
  for (int level = k_min_level; level <= k_max_level; ++level) {
    const auto i = static_cast<std::size_t>(level - 1);
    levels.add_row({fmt::format("{}", level), range_text(s.effort[i].range), safe(s.levels[i])});
  }
  out += levels.render(style.width);
  out += "\n";
  out += paint(wrap(fmt::format("HOURS: time to reach each level from the one below; source: {}.",
                                source_label(c, s.effort[0].source)),
                    style.width, ""),
               Emphasis::dim, style);
  out += "\n";
  return out;
}

Json skill_json(const Content& c, Index index) {
  const Skill& s = c.skills[index];
  Json levels = Json::array();
  for (int level = k_min_level; level <= k_max_level; ++level) {
    const auto i = static_cast<std::size_t>(level - 1);
    levels.push_back(Json{{"level", level}, {"description", s.levels[i]}, {"hours", range_json(s.effort[i].range)}});
  }
  return Json{{"schema_version", 1},
              {"id", s.id},
              {"name", s.name},
              {"category", category_name(s.category)},
              {"aliases", s.aliases},
              {"description", s.description},
              {"levels", std::move(levels)},
              {"effort_source", source_json(c, s.effort[0].source)},
              {"source", s.source ? source_json(c, *s.source) : Json(nullptr)}};
}

namespace {

// The renamed or replaced exams, one line each under the listing.
std::string exam_changes(const Content& c, const TextStyle& style) {
  std::string out;
  for (const auto& cert : c.certifications) {
    for (const auto& f : cert.exam_facts) {
      if (f.kind != ExamFactKind::renamed && f.kind != ExamFactKind::successor) continue;
      const std::string line = fmt::format("{}: {} {}", safe(cert.id), exam_fact_label(f.kind), safe(f.value));
      const std::string wrapped = wrap(line, style.width > 24 ? style.width - 4 : 0, "    ");
      out += "  " + wrapped.substr(std::min<std::size_t>(4, wrapped.size())) + "\n";
    }
  }
  return out.empty() ? out : fmt::format("\n{}\n{}", paint("Renamed or replaced exams", Emphasis::heading, style), out);
}

Json exam_json(const Content& c, const Certification& cert) {
  if (cert.exam.empty() && cert.exam_facts.empty()) return nullptr;
  Json facts = Json::array();
  for (const auto& f : cert.exam_facts) {
    facts.push_back(Json{{"fact", exam_fact_name(f.kind)},
                         {"label", exam_fact_label(f.kind)},
                         {"value", f.value},
                         {"source", official_source_json(c, f.source)}});
  }
  return Json{{"name", cert.exam}, {"facts", std::move(facts)}};
}

}  // namespace

std::string certs_text(const Content& c, const TextStyle& style) {
  // Piped, a listing is one record a line and nothing else: renamed exams only on a terminal.
  return certs_table(c).render(style.listing_width()) + (style.terminal ? exam_changes(c, style) : std::string()) +
         listing_hint("See one in full: careerplan certs show ID", style);
}

std::string certs_tsv(const Content& c) { return certs_table(c).render_tsv(); }

Json certs_json(const Content& c) {
  Json list = Json::array();
  for (const auto& cert : c.certifications) {
    list.push_back(Json{{"id", cert.id},
                        {"name", cert.name},
                        {"issuer", cert.issuer},
                        {"aliases", cert.aliases},
                        {"description", cert.description},
                        {"exam", exam_json(c, cert)}});
  }
  return Json{{"schema_version", 1}, {"pack", c.name}, {"certifications", std::move(list)}};
}

namespace {

std::vector<Index> tracks_listing(const Content& c, Index cert) {
  std::vector<Index> out;
  for (Index t = 0; t < c.tracks.size(); ++t) {
    for (Index i : c.tracks[t].certifications) {
      if (i == cert) out.push_back(t);
    }
  }
  return out;
}

}  // namespace

namespace {

// The exam's published facts, each with a footnote, and the sources under them; preparation
// hours stay careerplan's estimate unless a source states them.
std::string exam_text(const Content& c, const Certification& cert, const TextStyle& style) {
  std::string out = fmt::format("\n{}\n", paint("Exam", Emphasis::heading, style));
  if (!cert.exam.empty()) add_field(out, "name", safe(cert.exam), style.width);
  if (cert.exam_facts.empty()) {
    return out + wrap("No exam facts from the issuer or a faithful copy of its pages (grade A or B) were found.",
                      style.width, "") + "\n";
  }
  Footnotes notes(c);
  for (const auto& f : cert.exam_facts) {
    add_field(out, exam_fact_label(f.kind), fmt::format("{} {}", safe(f.value), notes.mark(f.source)),
              style.width);
  }
  return out + "\n" + notes.list(style);
}

}  // namespace

std::string cert_text(const Content& c, Index index, const TextStyle& style) {
  const Certification& cert = c.certifications[index];
  std::string out = paint(safe(cert.name), Emphasis::heading, style) + "\n";
  add_field(out, "id", safe(cert.id), style.width);
  add_field(out, "issuer", safe(cert.issuer), style.width);
  add_field(out, "aliases", joined(cert.aliases), style.width);
  add_field(out, "preparation", figure_text(c, cert.prep_hours, "hours"), style.width);
  add_field(out, "renewal",
            cert.renewal_years ? fmt::format("every {} ({})", figure_text(c, *cert.renewal_years, "years"),
                                             source_label(c, cert.renewal_years->source))
                               : std::string("none stated by a source"),
            style.width);
  add_field(out, "source", source_label(c, cert.source), style.width);
  if (!cert.description.empty()) out += fmt::format("\n{}\n", wrap(safe(cert.description), style.width, ""));
  if (!cert.evidences.empty()) {
    out += fmt::format("\n{}\n", paint("Counts as evidence of", Emphasis::heading, style));
    TextTable skills({"SKILL", "LEVEL"});
    for (const auto& e : cert.evidences) {
      skills.add_row({fmt::format("{} ({})", safe(c.skills[e.skill].name), safe(c.skills[e.skill].id)),
                      fmt::format("{}", e.level)});
    }
    out += skills.render(style.width);
  }
  if (const auto tracks = tracks_listing(c, index); !tracks.empty()) {
    out += fmt::format("\n{}\n", paint("Helps on these tracks", Emphasis::heading, style));
    for (Index t : tracks) out += fmt::format("  {} ({})\n", safe(c.tracks[t].title), safe(c.tracks[t].id));
  }
  out += exam_text(c, cert, style);
  return out;
}

Json cert_json(const Content& c, Index index) {
  const Certification& cert = c.certifications[index];
  Json evidences = Json::array();
  for (const auto& e : cert.evidences) {
    evidences.push_back(Json{{"skill", c.skills[e.skill].id}, {"name", c.skills[e.skill].name}, {"level", e.level}});
  }
  Json tracks = Json::array();
  for (Index t : tracks_listing(c, index)) tracks.push_back(Json{{"id", c.tracks[t].id}, {"title", c.tracks[t].title}});
  return Json{{"schema_version", 1},
              {"id", cert.id},
              {"name", cert.name},
              {"issuer", cert.issuer},
              {"aliases", cert.aliases},
              {"description", cert.description},
              {"evidences", std::move(evidences)},
              {"prep_hours", figure_json(c, cert.prep_hours)},
              {"renewal_years", cert.renewal_years ? figure_json(c, *cert.renewal_years) : Json(nullptr)},
              {"tracks", std::move(tracks)},
              {"source", source_json(c, cert.source)},
              {"exam", exam_json(c, cert)}};
}

}  // namespace careerplan
