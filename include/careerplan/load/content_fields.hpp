#pragma once
// The one description of every content record's fields, in pack order: the pack writer, the pack
// reader and the round-trip test walk a record through `fields`, so a new field is one line here
// (docs/architecture.md, "Adding a content field"). The id tables and the file-name table are not
// fields: the writer and reader store them around the content.
//
// `fields(io, r...)` takes one record (writer, reader, size counter) or two (the equality test)
// and calls, for each field in order, the visitor's method for its kind with the field's name:
//   text, texts, index, opt_index (std::optional<Index>), indices, integer, level (1..5), number (>= 0), flag, enumeration,
//   location, record (a nested record), optional (std::optional of a record), list (a vector of
//   records).
// Records are passed as they are, const or not, so the same description serves reading and writing.
#include <concepts>
#include <type_traits>

#include "careerplan/model/model.hpp"

namespace careerplan {

template <class T, class U>
concept Field = std::same_as<std::remove_const_t<T>, U>;

template <class Io, Field<Range>... R>
void fields(Io& io, R&... r) {
  io.number("low", r.low...);
  io.number("high", r.high...);
}

template <class Io, Field<SourceRef>... R>
void fields(Io& io, R&... r) {
  io.index("source", r.source...);
  io.text("section", r.section...);
}

template <class Io, Field<Figure>... R>
void fields(Io& io, R&... r) {
  io.record("range", r.range...);
  io.record("source", r.source...);
}

template <class Io, Field<SkillLevel>... R>
void fields(Io& io, R&... r) {
  io.index("skill", r.skill...);
  io.level("level", r.level...);
}

template <class Io, Field<TargetRef>... R>
void fields(Io& io, R&... r) {
  io.flag("is_track", r.is_track...);
  io.index("index", r.index...);
}

template <class Io, Field<Rule>... R>
void fields(Io& io, R&... r) {
  io.enumeration("kind", RuleKind::target, r.kind...);
  io.list("children", r.children...);
  io.index("index", r.index...);
  io.indices("group", r.group...);
  io.list("targets", r.targets...);
  io.integer("level", r.level...);
  io.number("years", r.years...);
  io.location("where", r.where...);
}

template <class Io, Field<Source>... R>
void fields(Io& io, R&... r) {
  io.text("id", r.id...);
  io.text("title", r.title...);
  io.text("author", r.author...);
  io.text("file", r.file...);
  io.text("url", r.url...);
  io.flag("estimate", r.estimate...);
  io.text("publisher", r.publisher...);
  io.text("edition", r.edition...);
  io.text("checked", r.checked...);
  io.enumeration("grade", Grade::b, r.grade...);
  io.location("where", r.where...);
}

template <class Io, Field<Skill>... R>
void fields(Io& io, R&... r) {
  io.text("id", r.id...);
  io.text("name", r.name...);
  io.enumeration("category", SkillCategory::soft, r.category...);
  io.texts("aliases", r.aliases...);
  for (int i = 0; i < k_max_level; ++i) io.text("levels", r.levels[i]...);
  for (int i = 0; i < k_max_level; ++i) io.record("effort", r.effort[i]...);
  io.text("description", r.description...);
  io.optional("source", r.source...);
  io.location("where", r.where...);
}

template <class Io, Field<ExamFact>... R>
void fields(Io& io, R&... r) {
  io.enumeration("fact", ExamFactKind::renewal, r.kind...);
  io.text("value", r.value...);
  io.record("source", r.source...);
}

template <class Io, Field<Certification>... R>
void fields(Io& io, R&... r) {
  io.text("id", r.id...);
  io.text("name", r.name...);
  io.text("issuer", r.issuer...);
  io.texts("aliases", r.aliases...);
  io.list("evidences", r.evidences...);
  io.record("prep_hours", r.prep_hours...);
  io.optional("renewal_years", r.renewal_years...);
  io.text("description", r.description...);
  io.record("source", r.source...);
  io.text("exam", r.exam...);
  io.list("exam_facts", r.exam_facts...);
  io.location("where", r.where...);
}

template <class Io, Field<Stage>... R>
void fields(Io& io, R&... r) {
  io.text("id", r.id...);
  io.text("title", r.title...);
  io.text("description", r.description...);
  io.optional("typical_years", r.typical_years...);
  io.record("requires", r.requirements...);
  io.record("inferred_when", r.inferred_when...);
  io.indices("leads_to", r.leads_to...);
  io.texts("roles", r.roles...);
  io.optional("salary", r.salary...);
  io.text("salary_currency", r.salary_currency...);
  io.record("source", r.source...);
  io.location("where", r.where...);
}

template <class Io, Field<KeySkill>... R>
void fields(Io& io, R&... r) {
  io.index("skill", r.skill...);
  io.level("level", r.level...);
  io.number("weight", r.weight...);
  io.flag("essential", r.essential...);
}

template <class Io, Field<Salary>... R>
void fields(Io& io, R&... r) {
  io.record("range", r.range...);
  io.text("currency", r.currency...);
  io.text("period", r.period...);
  io.record("source", r.source...);
}

template <class Io, Field<Occupation>... R>
void fields(Io& io, R&... r) {
  io.text("soc", r.soc...);
  io.text("onet_soc", r.onet_soc...);
  io.text("title", r.title...);
  io.integer("job_zone", r.job_zone...);
  io.texts("related", r.related...);
  io.record("source", r.source...);
}

template <class Io, Field<OfficialWage>... R>
void fields(Io& io, R&... r) {
  io.text("occupation", r.occupation...);
  io.number("median", r.median...);
  io.text("currency", r.currency...);
  io.text("period", r.period...);
  io.text("reference", r.reference...);
  io.record("source", r.source...);
}

template <class Io, Field<Outlook>... R>
void fields(Io& io, R&... r) {
  io.integer("percent", r.percent...);
  io.text("decade", r.decade...);
  io.text("scope", r.scope...);
  io.record("source", r.source...);
}

template <class Io, Field<Track>... R>
void fields(Io& io, R&... r) {
  io.text("id", r.id...);
  io.text("title", r.title...);
  io.text("focus", r.focus...);
  io.text("description", r.description...);
  io.list("key_skills", r.key_skills...);
  io.indices("certifications", r.certifications...);
  io.record("requires", r.requirements...);
  io.texts("roles", r.roles...);
  io.optional("salary", r.salary...);
  io.opt_index("level", r.level...);
  io.record("level_source", r.level_source...);
  io.record("source", r.source...);
  io.list("occupations", r.occupations...);
  io.optional("official_wage", r.official_wage...);
  io.optional("outlook", r.outlook...);
  io.text("no_occupation", r.no_occupation...);
  io.texts("role_aliases", r.role_aliases...);
  io.location("where", r.where...);
}

template <class Io, Field<Strategy>... R>
void fields(Io& io, R&... r) {
  io.text("id", r.id...);
  io.text("title", r.title...);
  io.text("category", r.category...);
  io.text("description", r.description...);
  io.record("when", r.when...);
  io.text("quote", r.quote...);
  io.text("action", r.action...);
  io.indices("skills", r.skills...);
  io.record("source", r.source...);
  io.location("where", r.where...);
}

template <class Io, Field<Transition>... R>
void fields(Io& io, R&... r) {
  io.text("id", r.id...);
  io.text("title", r.title...);
  io.indices("skills", r.skills...);
  io.texts("fields", r.fields...);
  io.text("description", r.description...);
  io.record("source", r.source...);
  io.location("where", r.where...);
}

template <class Io, Field<Project>... R>
void fields(Io& io, R&... r) {
  io.text("id", r.id...);
  io.text("title", r.title...);
  io.enumeration("difficulty", Difficulty::advanced, r.difficulty...);
  io.text("description", r.description...);
  io.list("practises", r.practises...);
  io.record("effort_hours", r.effort_hours...);
  io.record("source", r.source...);
  io.location("where", r.where...);
}

// The pack's content, without the id tables (stored after it) and the derived score table.
template <class Io, Field<Content>... R>
void fields(Io& io, R&... r) {
  io.text("name", r.name...);
  io.text("title", r.title...);
  io.text("description", r.description...);
  io.integer("version", r.version...);
  io.list("sources", r.sources...);
  io.list("skills", r.skills...);
  io.list("certifications", r.certifications...);
  io.list("stages", r.stages...);
  io.list("tracks", r.tracks...);
  io.list("strategies", r.strategies...);
  io.list("transitions", r.transitions...);
  io.list("projects", r.projects...);
}

// A tripwire for a member the descriptions above do not know: when a record grows, add the new
// member to its `fields` (and bump k_pack_format_version), then the size here.
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(Source) == 152 && sizeof(Skill) == 408 && sizeof(Certification) == 280 && sizeof(Stage) == 456 &&
                  sizeof(Track) == 632 && sizeof(Strategy) == 264 && sizeof(Transition) == 136 &&
                  sizeof(Project) == 160 && sizeof(Content) == 696,
              "a content record changed: describe the new member in content_fields.hpp");
#endif

// The fewest bytes a record takes in a pack, so a count read from a file can be checked against
// the bytes left before anything is allocated.
class MinPackBytes {
public:
  std::size_t total = 0;

  void text(std::string_view, const std::string_view&) { total += 4; }
  void texts(std::string_view, const std::vector<std::string_view>&) { total += 4; }
  void index(std::string_view, const Index&) { total += 4; }
  void opt_index(std::string_view, const std::optional<Index>&) { total += 1; }
  void indices(std::string_view, const std::vector<Index>&) { total += 4; }
  void integer(std::string_view, const int&) { total += 4; }
  void level(std::string_view, const int&) { total += 4; }
  void number(std::string_view, const double&) { total += 8; }
  void flag(std::string_view, const bool&) { total += 1; }
  template <class E>
  void enumeration(std::string_view, E, const E&) { total += 1; }
  void location(std::string_view, const FilePos&) { total += 12; }
  template <class T>
  void record(std::string_view, const T& t) { fields(*this, t); }
  template <class T>
  void optional(std::string_view, const std::optional<T>&) { total += 1; }
  template <class T>
  void list(std::string_view, const std::vector<T>&) { total += 4; }
};

template <class T>
std::size_t min_pack_bytes() {
  static const std::size_t bytes = [] {
    MinPackBytes m;
    const T t{};
    fields(m, t);
    return m.total;
  }();
  return bytes;
}

}  // namespace careerplan
