#include <string_view>

#include "careerplan/render_plan.hpp"
#include "plan_extras.hpp"
#include "plan_format.hpp"

// The shape written here is documented field by field in docs/json-output.md; change both.
namespace careerplan {

namespace {

using Json = nlohmann::ordered_json;

constexpr int k_schema_version = 1;
constexpr int k_money_decimals = 0;

std::string_view need_kind_name(NeedKind k) {
  switch (k) {
    case NeedKind::skill: return "skill";
    case NeedKind::cert: return "cert";
    case NeedKind::years: return "years";
    case NeedKind::education: return "education";
    case NeedKind::stage: return "stage";
    case NeedKind::target: return "target";
  }
  return "unknown";
}

std::string_view check_kind_name(CheckKind k) {
  switch (k) {
    case CheckKind::leaf: return "leaf";
    case CheckKind::all: return "all";
    case CheckKind::any: return "any";
    case CheckKind::not_: return "not";
  }
  return "unknown";
}

std::string_view rule_kind_name(RuleKind k) {
  switch (k) {
    case RuleKind::always: return "always";
    case RuleKind::all: return "all";
    case RuleKind::any: return "any";
    case RuleKind::not_: return "not";
    case RuleKind::skill: return "skill";
    case RuleKind::years: return "years";
    case RuleKind::cert: return "cert";
    case RuleKind::education: return "education";
    case RuleKind::stage: return "stage";
    case RuleKind::target: return "target";
  }
  return "unknown";
}

std::string_view fit_part_kind_name(FitPartKind k) {
  switch (k) {
    case FitPartKind::skill: return "skill";
    case FitPartKind::certifications: return "certifications";
    case FitPartKind::gates: return "gates";
  }
  return "unknown";
}

std::string_view target_choice_name(TargetChoice c) {
  switch (c) {
    case TargetChoice::focus: return "focus";
    case TargetChoice::goals: return "goals";
    case TargetChoice::top_fit: return "top_fit";
  }
  return "unknown";
}

std::string verbatim(std::string_view s) { return std::string(s); }

Json range_json(const Range& r, int decimals) {
  return Json{{"low", round_to(r.low, decimals)}, {"high", round_to(r.high, decimals)}};
}

Json citation_json(const Citation& c) {
  return Json{{"id", c.source_id}, {"title", c.title}, {"section", c.section}, {"estimate", c.estimate}};
}

Json salary_json(const std::optional<SalaryInfo>& s) {
  if (!s) return nullptr;
  return Json{{"low", round_to(s->range.low, k_money_decimals)},
              {"high", round_to(s->range.high, k_money_decimals)},
              {"currency", s->currency},
              {"period", s->period},
              {"source", citation_json(s->source)}};
}

class PlanJson {
public:
  explicit PlanJson(const Content& content) : m_c(content) {}

  [[nodiscard]] Json plan(const Plan& p) const {
    Json out;
    out["schema_version"] = k_schema_version;
    out["pack"] = m_c.name;
    out["profile"] = profile(p.profile);
    out["current_stage"] = current_stage(p.current_stage);
    out["next_stages"] = list(p.next_stages, [&](const NextStage& s) { return next_stage(s); });
    out["track_count"] = p.ranking.size();
    out["tracks"] = list(p.tracks, [&](const RankedTrack& t) { return track(t); });
    out["target_choice"] = target_choice_name(p.target_choice);
    out["target_tracks"] = list(p.target_tracks, [&](Index t) { return Json(track_id(t)); });
    out["gaps"] = list(p.gaps, [&](const TrackGaps& g) { return gaps(g); });
    out["next_steps"] = list(p.next_steps, [&](const NextStep& s) { return step(s, p.profile.hours_per_week); });
    add_plan_extras_json(out, m_c, p);
    out["strategies"] = list(p.strategies, [&](const AppliedStrategy& s) { return strategy(s); });
    out["roles"] = list(p.roles, [&](const TargetRoles& r) { return roles(r); });
    out["sources"] = list(p.sources, [&](const CitedSource& s) { return source(s); });
    return out;
  }

private:
  template <typename T, typename F>
  static Json list(const std::vector<T>& items, F&& to_json) {
    Json out = Json::array();
    for (const auto& item : items) out.push_back(to_json(item));
    return out;
  }

  [[nodiscard]] std::string skill_id(Index i) const { return i < m_c.skills.size() ? m_c.skills[i].id : ""; }
  [[nodiscard]] std::string cert_id(Index i) const {
    return i < m_c.certifications.size() ? m_c.certifications[i].id : "";
  }
  [[nodiscard]] std::string stage_id(Index i) const { return i < m_c.stages.size() ? m_c.stages[i].id : ""; }
  [[nodiscard]] std::string track_id(Index i) const { return i < m_c.tracks.size() ? m_c.tracks[i].id : ""; }

  [[nodiscard]] Json target_ref(const TargetRef& t) const {
    return Json{{"kind", t.is_track ? "track" : "stage"}, {"id", t.is_track ? track_id(t.index) : stage_id(t.index)}};
  }

  [[nodiscard]] Json profile(const ProfileSummary& p) const {
    Json skills = list(p.skills, [](const SkillEntry& s) {
      return Json{{"id", s.id}, {"name", s.name}, {"level", s.effective}, {"stated_level", s.stated}};
    });
    Json certs = list(p.certifications, [](const CertEntry& c) {
      return Json{{"id", c.id}, {"name", c.name}, {"year", c.year ? Json(*c.year) : Json(nullptr)}};
    });
    return Json{{"file", p.file},
                {"name", p.name},
                {"years_experience", round_to(p.years_experience, k_years_decimals)},
                {"education", p.education_name},
                {"hours_per_week", round_to(p.hours_per_week, k_hours_decimals)},
                {"skills", std::move(skills)},
                {"certifications", std::move(certs)}};
  }

  [[nodiscard]] Json need(const Need& n) const {
    Json out{{"kind", need_kind_name(n.kind)}, {"text", n.text}};
    switch (n.kind) {
      case NeedKind::skill:
        out["skill"] = skill_id(n.index);
        out["level"] = n.level;
        break;
      case NeedKind::cert: out["certs"] = list(n.certs, [&](Index i) { return Json(cert_id(i)); }); break;
      case NeedKind::years: out["years"] = round_to(n.years, k_years_decimals); break;
      case NeedKind::education: out["education"] = education_name(static_cast<Education>(n.level)); break;
      case NeedKind::stage: out["stage"] = stage_id(n.index); break;
      case NeedKind::target: out["targets"] = list(n.targets, [&](const TargetRef& t) { return target_ref(t); }); break;
    }
    out["hours"] = round_to(n.hours, k_hours_decimals);
    out["calendar_months"] = round_to(n.calendar_months, k_weeks_decimals);
    return out;
  }

  [[nodiscard]] Json needs(const std::vector<Need>& ns) const {
    return list(ns, [&](const Need& n) { return need(n); });
  }

  [[nodiscard]] Json checks(const Explanation& e) const {
    return list(e.checks, [&](const Check& c) {
      return Json{{"kind", check_kind_name(c.kind)},
                  {"rule", rule_kind_name(c.rule)},
                  {"held", c.held},
                  {"depth", c.depth},
                  {"text", c.text},
                  {"file", c.where.file},
                  {"line", c.where.line},
                  {"column", c.where.column},
                  {"needs", needs(c.needs)}};
    });
  }

  // The fields every rule verdict shares, added to `out` under the same names everywhere.
  void verdict(Json& out, const Explanation& e) const {
    out["blocked"] = e.blocked;
    out["months"] = e.effort.whole_months;
    out["hours"] = round_to(e.effort.hours, k_hours_decimals);
    out["requirements"] = e.requirements;
    out["requirements_held"] = e.requirements_held;
    out["needs"] = needs(e.needs);
    out["checks"] = checks(e);
  }

  [[nodiscard]] Json current_stage(const StageStanding& s) const {
    return Json{{"id", s.id},
                {"title", s.title},
                {"inferred", s.inferred},
                {"reason", s.reason},
                {"checks", checks(s.evidence)}};
  }

  [[nodiscard]] Json next_stage(const NextStage& s) const {
    Json out{{"id", s.id}, {"title", s.title}, {"ready", s.ready}};
    verdict(out, s.entry);
    out["roles"] = s.roles;
    out["salary"] = salary_json(s.salary);
    out["typical_years"] = s.typical_years ? range_json(*s.typical_years, k_years_decimals) : Json(nullptr);
    return out;
  }

  // `listed`: the part stands for a key skill the track lists (not the "none listed" stand-in).
  [[nodiscard]] Json fit_part(const FitPart& p, bool listed) const {
    Json out{{"kind", fit_part_kind_name(p.kind)},
             {"label", p.label},
             {"earned", round_to(p.earned, k_points_decimals)},
             {"possible", round_to(p.possible, k_points_decimals)},
             {"detail", p.detail}};
    if (p.kind == FitPartKind::skill) {
      out["skill"] = listed ? Json(skill_id(p.skill)) : Json(nullptr);
      out["essential"] = p.essential;
    }
    out["have"] = p.have;
    out["need"] = p.need;
    return out;
  }

  [[nodiscard]] Json track(const RankedTrack& t) const {
    Json out{{"rank", t.rank},
             {"id", t.id},
             {"title", t.title},
             {"focus", t.focus},
             {"target", t.target},
             {"fit", round_to(t.fit.fit, k_fit_decimals)},
             {"reachable", t.fit.reachable},
             {"closeness", round_to(t.fit.closeness, k_fit_decimals)}};
    verdict(out, t.fit.gate);
    out["roles"] = t.roles;
    out["salary"] = salary_json(t.salary);
    const bool listed = t.track < m_c.tracks.size() && !m_c.tracks[t.track].key_skills.empty();
    out["fit_parts"] = list(t.fit.parts, [&](const FitPart& p) { return fit_part(p, listed); });
    return out;
  }

  [[nodiscard]] Json gaps(const TrackGaps& g) const {
    Json skills = list(g.skills, [](const SkillGap& s) {
      return Json{{"id", s.id},
                  {"name", s.name},
                  {"have", s.have},
                  {"need", s.need},
                  {"essential", s.essential},
                  {"hours", range_json(s.hours, k_hours_decimals)},
                  {"estimate", s.estimate}};
    });
    Json certs = list(g.missing_certs, [](const CertRef& c) { return Json{{"id", c.id}, {"name", c.name}}; });
    return Json{{"track", g.id},
                {"title", g.title},
                {"reachable", g.reachable},
                {"skills", std::move(skills)},
                {"holds_helpful_cert", g.holds_helpful_cert},
                {"missing_certs", std::move(certs)},
                {"needs", needs(g.gate_needs)}};
  }

  [[nodiscard]] Json step(const NextStep& s, double hours_per_week) const {
    Json serves = list(s.serves, [&](const StepTarget& t) {
      return Json{{"kind", t.target.is_track ? "track" : "stage"},
                  {"id", t.id},
                  {"title", t.title},
                  {"gain", round_to(t.gain, k_value_decimals)},
                  {"weight", round_to(t.weight, k_value_decimals)}};
    });
    Json out{{"key", s.key},
             {"kind", s.kind == StepKind::cert ? "cert" : "skill"},
             {"id", s.id},
             {"name", s.name},
             {"title", step_title(s, verbatim)}};
    if (s.kind == StepKind::skill) {
      out["from_level"] = s.from_level;
      out["to_level"] = s.to_level;
    }
    out["hours"] = Json{{"low", round_to(s.hours.low, k_hours_decimals)},
                        {"high", round_to(s.hours.high, k_hours_decimals)},
                        {"mid", round_to(s.hours_mid, k_hours_decimals)}};
    out["estimate"] = s.estimate;
    out["hours_per_week"] = round_to(hours_per_week, k_hours_decimals);
    out["weeks"] = round_to(s.weeks, k_weeks_decimals);
    out["finish_weeks"] = round_to(s.finish_weeks, k_weeks_decimals);
    out["serves"] = std::move(serves);
    out["fit_gain"] = round_to(s.fit_gain, k_value_decimals);
    out["readiness_gain"] = round_to(s.readiness_gain, k_value_decimals);
    out["value"] = round_to(s.value, k_value_decimals);
    out["value_per_hour"] = round_to(s.value_per_hour, k_rate_decimals);
    out["why"] = s.why;
    out["status"] = s.status ? Json(status_name(*s.status)) : Json(nullptr);
    out["sources"] = list(s.sources, [](const Citation& c) { return citation_json(c); });
    return out;
  }

  [[nodiscard]] Json strategy(const AppliedStrategy& s) const {
    return Json{{"id", s.id},
                {"title", s.title},
                {"category", s.category},
                {"description", s.description},
                {"source", citation_json(s.source)},
                {"checks", checks(s.why)}};
  }

  [[nodiscard]] Json roles(const TargetRoles& r) const {
    return Json{{"kind", r.from.is_track ? "track" : "stage"},
                {"id", r.id},
                {"title", r.title},
                {"roles", r.roles},
                {"fit", r.fit ? Json(round_to(*r.fit, k_fit_decimals)) : Json(nullptr)},
                {"salary", salary_json(r.salary)},
                {"source", citation_json(r.source)}};
  }

  [[nodiscard]] static Json source(const CitedSource& s) {
    return Json{{"id", s.id},         {"title", s.title}, {"author", s.author},
                {"file", s.file},     {"url", s.url},     {"estimate", s.estimate}};
  }

  const Content& m_c;
};

}  // namespace

nlohmann::ordered_json plan_to_json(const Content& content, const Plan& plan) { return PlanJson(content).plan(plan); }

std::string render_plan_json(const Content& content, const Plan& plan) {
  // Profile text was validated as UTF-8, but a stray byte must not turn into an exception here.
  std::string out = plan_to_json(content, plan).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  out += '\n';
  return out;
}

}  // namespace careerplan
