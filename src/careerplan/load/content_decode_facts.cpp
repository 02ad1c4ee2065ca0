// The official facts beside the seeds (issue #17): a source's provenance, a track's occupations,
// official median wage and outlook, and a certification's exam facts.
#include "careerplan/load/content_decode_facts.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/load/decode_util.hpp"

namespace careerplan {

namespace {

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// "15-1242" (SOC) or, with `detail`, "15-1242.00" (O*NET-SOC).
bool is_soc_code(std::string_view s, bool detail) {
  if (s.size() != (detail ? 10u : 7u) || s[2] != '-') return false;
  if (!is_digits(s.substr(0, 2)) || !is_digits(s.substr(3, 4))) return false;
  return !detail || (s[7] == '.' && is_digits(s.substr(8)));
}

// Reads a code, reporting one of the wrong shape.
void read_code(Fields& f, const YamlReader& r, std::string_view key, bool detail, bool required, std::string_view& out,
               Content& c) {
  const yaml::Node* n = required ? f.required(key) : f.optional(key);
  if (n == nullptr) return;
  auto v = r.text(*n, key);
  if (!v) return;
  if (!is_soc_code(*v, detail)) {
    r.error(*n, fmt::format("{} must look like {}, found '{}'", key, detail ? "15-1242.00" : "15-1242", escape_controls(*v)));
    return;
  }
  out = c.keep(std::move(*v));
}

// An official figure cites a graded public source: no figure without a URL and a grade.
SourceRef graded_source(Fields& f, const YamlReader& r, Content& c, std::string_view field) {
  const yaml::Node* n = f.required("source");
  if (n == nullptr) return {};
  const auto ref = read_source_ref(r, *n, c);
  if (!ref) return {};
  const Source& s = c.sources[ref->source];
  if (s.grade == Grade::none || s.url.empty()) {
    r.error(*n, fmt::format("{} cites source '{}', which has no {}", field, escape_controls(s.id),
                            s.grade == Grade::none ? "grade" : "url"),
            {"an official figure needs a source with a url and a grade (A, A-data or B)"});
  }
  return *ref;
}

Occupation read_occupation(const YamlReader& r, const yaml::Node& n, Content& c) {
  Fields f(r, n, "occupation");
  Occupation o;
  read_code(f, r, "soc", false, false, o.soc, c);
  read_code(f, r, "onet_soc", true, true, o.onet_soc, c);
  read_text(f, r, "title", o.title, true, c);
  if (const auto* z = f.optional("job_zone")) o.job_zone = static_cast<int>(r.integer(*z, "job_zone", 1, 5).value_or(0));
  if (const auto* rel = f.optional("related")) o.related = keep_all(c, r.text_list(*rel, "related"));
  o.source = graded_source(f, r, c, "occupation");
  f.finish();
  return o;
}

std::optional<OfficialWage> read_wage(const YamlReader& r, const yaml::Node& n, const Track& t, Content& c) {
  Fields f(r, n, fmt::format("official_wage of track '{}'", t.id));
  OfficialWage w;
  bool ok = f.ok();
  if (const auto* occ = f.required("occupation")) {
    auto v = r.text(*occ, "occupation");
    const bool known = v && std::any_of(t.occupations.begin(), t.occupations.end(),
                                        [&](const Occupation& o) { return !o.soc.empty() && o.soc == *v; });
    if (v && !known) {
      r.error(*occ, fmt::format("official_wage is for occupation '{}', which is not one of the track's occupations",
                                escape_controls(*v)));
    }
    ok = ok && known;
    if (known) w.occupation = c.keep(std::move(*v));
  } else {
    ok = false;
  }
  if (const auto* m = f.required("median")) {
    auto v = r.number(*m, "median", 0, k_max_figure);
    ok = ok && v.has_value();
    if (v) w.median = *v;
  } else {
    ok = false;
  }
  auto currency = read_currency(f, r, c);
  auto period = read_period(f, r, c);
  ok = ok && currency && period;
  if (currency) w.currency = *currency;
  if (period) w.period = *period;
  read_text(f, r, "reference", w.reference, true, c);
  ok = ok && !w.reference.empty();
  w.source = graded_source(f, r, c, "official_wage");
  f.finish();
  if (!ok) return std::nullopt;
  return w;
}

std::optional<Outlook> read_outlook(const YamlReader& r, const yaml::Node& n, const Track& t, Content& c) {
  Fields f(r, n, fmt::format("outlook of track '{}'", t.id));
  Outlook o;
  bool ok = f.ok();
  if (const auto* p = f.required("percent")) {
    auto v = r.integer(*p, "percent", -100, 1000);
    ok = ok && v.has_value();
    if (v) o.percent = static_cast<int>(*v);
  } else {
    ok = false;
  }
  read_text(f, r, "decade", o.decade, true, c);
  ok = ok && !o.decade.empty();
  read_text(f, r, "scope", o.scope, false, c);
  o.source = graded_source(f, r, c, "outlook");
  f.finish();
  if (!ok) return std::nullopt;
  return o;
}

std::optional<ExamFact> read_exam_fact(const YamlReader& r, const yaml::Node& n, Content& c) {
  Fields f(r, n, "exam fact");
  ExamFact e;
  bool ok = f.ok();
  if (const auto* k = f.required("fact")) {
    auto v = r.text(*k, "fact");
    auto kind = v ? exam_fact_from_name(*v) : std::nullopt;
    if (v && !kind) {
      r.error(*k, fmt::format("unknown exam fact '{}'{}", escape_controls(*v), did_you_mean_suffix(*v, exam_fact_names())));
    }
    ok = ok && kind.has_value();
    if (kind) e.kind = *kind;
  } else {
    ok = false;
  }
  read_text(f, r, "value", e.value, true, c);
  ok = ok && !e.value.empty();
  e.source = graded_source(f, r, c, "exam fact");
  f.finish();
  if (!ok) return std::nullopt;
  return e;
}

}  // namespace

void decode_source_facts(Fields& f, const YamlReader& r, Source& s, Content& c) {
  read_text(f, r, "publisher", s.publisher, false, c);
  read_text(f, r, "edition", s.edition, false, c);
  if (const auto* n = f.optional("checked")) {
    auto v = r.text(*n, "checked");
    const bool date = v && v->size() == 10 && (*v)[4] == '-' && (*v)[7] == '-' && is_digits(v->substr(0, 4)) &&
                      is_digits(v->substr(5, 2)) && is_digits(v->substr(8, 2));
    if (v && !date) r.error(*n, fmt::format("checked must be a date like 2026-12-07, found '{}'", escape_controls(*v)));
    if (date) s.checked = c.keep(std::move(*v));
  }
  if (const auto* n = f.optional("grade")) {
    if (auto v = r.text(*n, "grade")) {
      if (auto g = grade_from_name(*v)) {
        s.grade = *g;
      } else {
        r.error(*n, fmt::format("grade must be A, A-data or B, found '{}'", escape_controls(*v)),
                {"grades C and D (aggregators, opinions) are never the source of a fact"});
      }
    }
  }
}

void decode_track_facts(Fields& f, const YamlReader& r, Track& t, Content& c) {
  if (const auto* n = f.optional("occupations")) {
    if (r.expect(*n, yaml::NodeKind::sequence, "occupations")) {
      for (const auto& item : n->items) t.occupations.push_back(read_occupation(r, item, c));
    }
  }
  const yaml::Node* none = f.optional("no_occupation");
  if (none != nullptr) {
    if (auto v = r.text(*none, "no_occupation")) t.no_occupation = c.keep(std::move(*v));
    if (!t.occupations.empty()) r.error(*none, fmt::format("track '{}' has occupations and a no_occupation reason", t.id));
  }
  if (const auto* n = f.optional("official_wage")) t.official_wage = read_wage(r, *n, t, c);
  if (const auto* n = f.optional("outlook")) {
    if (t.occupations.empty()) r.error(*n, fmt::format("track '{}' has an outlook but no occupations", t.id));
    t.outlook = read_outlook(r, *n, t, c);
  }
  if (const auto* n = f.optional("role_aliases")) t.role_aliases = keep_all(c, r.text_list(*n, "role_aliases"));
}

void decode_exam(Fields& f, const YamlReader& r, Certification& cert, Content& c) {
  const yaml::Node* n = f.optional("exam");
  if (n == nullptr) return;
  Fields ef(r, *n, fmt::format("exam of certification '{}'", cert.id));
  read_text(ef, r, "name", cert.exam, true, c);
  if (const auto* facts = ef.optional("facts")) {
    if (r.expect(*facts, yaml::NodeKind::sequence, "exam facts")) {
      for (const auto& item : facts->items) {
        if (auto e = read_exam_fact(r, item, c)) cert.exam_facts.push_back(*e);
      }
    }
  }
  ef.finish();
}

}  // namespace careerplan
