// The JSON of what a plan says about pay and where it comes from: salaries, official wages,
// target roles and cited sources. docs/json-output.md documents every field.
#include "careerplan/render/plan_extras.hpp"

namespace careerplan {

namespace {

constexpr int k_money_decimals = 0;

}  // namespace

void write_salary_json(JsonWriter& out, const std::optional<SalaryInfo>& s) {
  if (!s) {
    out.null();
    return;
  }
  out.begin_object()
      .field("low", round_to(s->range.low, k_money_decimals))
      .field("high", round_to(s->range.high, k_money_decimals))
      .field("currency", s->currency)
      .field("period", s->period)
      .key("source");
  write_citation_json(out, s->source);
  out.end_object();
}

void write_official_wage_json(JsonWriter& out, const std::optional<OfficialWageInfo>& w) {
  if (!w) {
    out.null();
    return;
  }
  out.begin_object()
      .field("occupation", w->occupation)
      .field("median", round_to(w->median, k_money_decimals))
      .field("currency", w->currency)
      .field("period", w->period)
      .field("reference", w->reference)
      .field("edition", w->edition)
      .field("checked", w->checked)
      .field("grade", w->grade)
      .field("url", w->url)
      .key("source");
  write_citation_json(out, w->source);
  out.end_object();
}

void write_roles_json(JsonWriter& out, const TargetRoles& r) {
  out.begin_object()
      .field("kind", r.from.is_track ? "track" : "stage")
      .field("id", r.id)
      .field("title", r.title)
      .field("roles", r.roles)
      .key("fit");
  if (r.fit) {
    out.value(round_to(*r.fit, k_fit_decimals));
  } else {
    out.null();
  }
  out.key("salary");
  write_salary_json(out, r.salary);
  out.key("official_wage");
  write_official_wage_json(out, r.official_wage);
  out.key("source");
  write_citation_json(out, r.source);
  out.end_object();
}

void write_source_json(JsonWriter& out, const CitedSource& s) {
  out.begin_object()
      .field("id", s.id)
      .field("title", s.title)
      .field("author", s.author)
      .field("file", s.file)
      .field("url", s.url)
      .field("estimate", s.estimate)
      .end_object();
}

}  // namespace careerplan
