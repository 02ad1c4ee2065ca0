#include <functional>
#include <string_view>

#include "careerplan/render/render_plan.hpp"
#include "careerplan/render/plan_extras.hpp"
#include "careerplan/render/kind_names.hpp"
#include "careerplan/render/plan_format.hpp"

// The shape written here is documented field by field in docs/json-output.md; change both.
namespace careerplan {

namespace {

constexpr int k_schema_version = 2;

std::string verbatim(std::string_view s) { return std::string(s); }

void range_json(JsonWriter& out, const Range& r, int decimals) {
  out.begin_object().field("low", round_to(r.low, decimals)).field("high", round_to(r.high, decimals)).end_object();
}

class PlanJson {
public:
  PlanJson(JsonWriter& out, const Content& content) : m_out(out), m_c(content) {}

  void plan(const Plan& p, const std::function<void(JsonWriter&)>& more) {
    m_out.begin_object();
    m_out.field("schema_version", k_schema_version);
    m_out.field("pack", m_c.name);
    m_out.key("profile");
    profile(p.profile);
    m_out.key("current_stage");
    current_stage(p.current_stage);
    m_out.key("next_stages");
    list(p.next_stages, [&](const NextStage& s) { next_stage(s); });
    m_out.field("track_count", p.ranking.size());
    m_out.key("tracks");
    list(p.tracks, [&](const RankedTrack& t) { track(t); });
    m_out.field("target_choice", target_choice_name(p.target_choice));
    m_out.key("target_tracks");
    list(p.target_tracks, [&](Index t) { m_out.value(track_id(t)); });
    m_out.key("first_target");
    first_target(p.first_target);
    m_out.key("track_horizons");
    list(p.horizons, [&](const TrackHorizon& h) {
      m_out.begin_object()
          .field("id", track_id(h.track))
          .field("horizon", horizon_name(h.horizon))
          .field("months", h.months)
          .end_object();
    });
    m_out.key("behind_tracks");
    list(p.behind, [&](const BehindTrack& b) { m_out.begin_object().field("id", b.id).field("title", b.title).end_object(); });
    m_out.key("gaps");
    list(p.gaps, [&](const TrackGaps& g) { gaps(g); });
    m_out.key("next_steps");
    list(p.next_steps, [&](const NextStep& s) { step(s, p.profile.hours_per_week); });
    write_plan_extras_json(m_out, m_c, p);
    m_out.key("strategies");
    list(p.strategies, [&](const AppliedStrategy& s) { strategy(s); });
    m_out.key("other_strategies");
    list(p.other_strategies, [&](const AppliedStrategy& s) { strategy(s); });
    m_out.key("roles");
    list(p.roles, [&](const TargetRoles& r) { write_roles_json(m_out, r); });
    m_out.key("sources");
    list(p.sources, [&](const CitedSource& s) { write_source_json(m_out, s); });
    if (more) more(m_out);
    m_out.end_object();
  }

private:
  template <typename T, typename F>
  void list(const std::vector<T>& items, F&& write) {
    m_out.begin_array();
    for (const auto& item : items) write(item);
    m_out.end_array();
  }

  // Views into the content (both branches a view: a std::string branch would make a temporary).
  template <typename Items>
  static std::string_view id_of(const Items& items, Index i) {
    return i < items.size() ? std::string_view(items[i].id) : std::string_view();
  }
  [[nodiscard]] std::string_view skill_id(Index i) const { return id_of(m_c.skills, i); }
  [[nodiscard]] std::string_view cert_id(Index i) const { return id_of(m_c.certifications, i); }
  [[nodiscard]] std::string_view stage_id(Index i) const { return id_of(m_c.stages, i); }
  [[nodiscard]] std::string_view track_id(Index i) const { return id_of(m_c.tracks, i); }

  void citation(const Citation& c) { write_citation_json(m_out, c); }

  void target_ref(const TargetRef& t) {
    m_out.begin_object()
        .field("kind", t.is_track ? "track" : "stage")
        .field("id", t.is_track ? track_id(t.index) : stage_id(t.index))
        .end_object();
  }

  void profile(const ProfileSummary& p) {
    m_out.begin_object()
        .field("file", p.file)
        .field("name", p.name)
        .field("years_experience", round_to(p.years_experience, k_years_decimals))
        .field("education", p.education_name)
        .field("hours_per_week", round_to(p.hours_per_week, k_hours_decimals))
        .key("skills");
    list(p.skills, [&](const SkillEntry& s) {
      m_out.begin_object()
          .field("id", s.id)
          .field("name", s.name)
          .field("level", s.effective)
          .field("stated_level", s.stated)
          .end_object();
    });
    m_out.key("certifications");
    list(p.certifications, [&](const CertEntry& c) {
      m_out.begin_object().field("id", c.id).field("name", c.name).field("year", c.year).end_object();
    });
    m_out.end_object();
  }

  void need(const Need& n) {
    m_out.begin_object().field("kind", need_kind_name(n.kind)).field("text", n.text);
    switch (n.kind) {
      case NeedKind::skill:
        m_out.field("skill", skill_id(n.index)).field("level", n.level);
        break;
      case NeedKind::cert:
        m_out.key("certs");
        list(n.certs, [&](Index i) { m_out.value(cert_id(i)); });
        break;
      case NeedKind::years: m_out.field("years", round_to(n.years, k_years_decimals)); break;
      case NeedKind::education: m_out.field("education", education_name(static_cast<Education>(n.level))); break;
      case NeedKind::stage: m_out.field("stage", stage_id(n.index)); break;
      case NeedKind::target:
        m_out.key("targets");
        list(n.targets, [&](const TargetRef& t) { target_ref(t); });
        break;
    }
    m_out.field("hours", round_to(n.hours, k_hours_decimals))
        .field("calendar_months", round_to(n.calendar_months, k_weeks_decimals))
        .end_object();
  }

  void needs(const std::vector<Need>& ns) {
    list(ns, [&](const Need& n) { need(n); });
  }

  void checks(const Explanation& e) {
    list(e.checks, [&](const Check& c) {
      m_out.begin_object()
          .field("kind", check_kind_name(c.kind))
          .field("rule", rule_kind_name(c.rule))
          .field("held", c.held)
          .field("depth", c.depth)
          .field("text", c.text)
          .field("file", m_c.file_of(c.where))
          .field("line", c.where.line)
          .field("column", c.where.column)
          .key("needs");
      needs(c.needs);
      m_out.end_object();
    });
  }

  // The fields every rule verdict shares, written under the same names everywhere.
  void verdict(const Explanation& e) {
    m_out.field("blocked", e.blocked)
        .field("months", e.effort.whole_months)
        .field("hours", round_to(e.effort.hours, k_hours_decimals))
        .field("requirements", e.requirements)
        .field("requirements_held", e.requirements_held)
        .key("needs");
    needs(e.needs);
    m_out.key("checks");
    checks(e);
  }

  void first_target(const std::optional<FirstTarget>& f) {
    if (!f) {
      m_out.null();
      return;
    }
    m_out.begin_object()
        .field("kind", f->target.is_track ? "track" : "stage")
        .field("id", f->id)
        .field("title", f->title)
        .key("horizon");
    if (f->horizon) {
      m_out.value(horizon_name(*f->horizon));
    } else {
      m_out.null();
    }
    m_out.field("why", f->why).end_object();
  }

  void current_stage(const StageStanding& s) {
    m_out.begin_object()
        .field("id", s.id)
        .field("title", s.title)
        .field("inferred", s.inferred)
        .field("confidence", confidence_name(s.confidence))
        .field("reason", s.reason)
        .key("consolidate");
    needs(s.consolidate);
    m_out.key("checks");
    checks(s.evidence);
    m_out.end_object();
  }

  void next_stage(const NextStage& s) {
    m_out.begin_object().field("id", s.id).field("title", s.title).field("ready", s.ready);
    verdict(s.entry);
    m_out.field("roles", s.roles).key("salary");
    write_salary_json(m_out, s.salary);
    m_out.key("typical_years");
    if (s.typical_years) {
      range_json(m_out, *s.typical_years, k_years_decimals);
    } else {
      m_out.null();
    }
    m_out.end_object();
  }

  // `listed`: the part stands for a key skill the track lists (not the "none listed" stand-in).
  void fit_part(const FitPart& p, bool listed) {
    m_out.begin_object()
        .field("kind", fit_part_kind_name(p.kind))
        .field("label", p.label)
        .field("earned", round_to(p.earned, k_points_decimals))
        .field("possible", round_to(p.possible, k_points_decimals))
        .field("detail", p.detail);
    if (p.kind == FitPartKind::skill) {
      m_out.key("skill");
      if (listed) {
        m_out.value(skill_id(p.skill));
      } else {
        m_out.null();
      }
      m_out.field("essential", p.essential);
    }
    m_out.field("have", p.have).field("need", p.need).end_object();
  }

  void track(const RankedTrack& t) {
    m_out.begin_object()
        .field("rank", t.rank)
        .field("id", t.id)
        .field("title", t.title)
        .field("focus", t.focus)
        .field("target", t.target)
        .field("horizon", horizon_name(t.horizon))
        .field("months_to_open", t.months_to_open)
        .field("fit", round_to(t.fit.fit, k_fit_decimals))
        .field("reachable", t.fit.reachable)
        .field("closeness", round_to(t.fit.closeness, k_fit_decimals));
    verdict(t.fit.gate);
    m_out.field("roles", t.roles).key("salary");
    write_salary_json(m_out, t.salary);
    m_out.key("official_wage");
    write_official_wage_json(m_out, t.official_wage);
    const bool listed = t.track < m_c.tracks.size() && !m_c.tracks[t.track].key_skills.empty();
    m_out.key("fit_parts");
    list(t.fit.parts, [&](const FitPart& p) { fit_part(p, listed); });
    m_out.end_object();
  }

  void gaps(const TrackGaps& g) {
    m_out.begin_object().field("track", g.id).field("title", g.title).field("reachable", g.reachable).key("skills");
    list(g.skills, [&](const SkillGap& s) {
      m_out.begin_object()
          .field("id", s.id)
          .field("name", s.name)
          .field("have", s.have)
          .field("need", s.need)
          .field("essential", s.essential)
          .key("hours");
      range_json(m_out, s.hours, k_hours_decimals);
      m_out.field("estimate", s.estimate).end_object();
    });
    m_out.field("holds_helpful_cert", g.holds_helpful_cert).key("missing_certs");
    list(g.missing_certs, [&](const CertRef& c) { m_out.begin_object().field("id", c.id).field("name", c.name).end_object(); });
    m_out.key("needs");
    needs(g.gate_needs);
    m_out.end_object();
  }

  void step(const NextStep& s, double hours_per_week) {
    m_out.begin_object()
        .field("key", s.key)
        .field("kind", s.kind == StepKind::cert ? "cert" : "skill")
        .field("id", s.id)
        .field("name", s.name)
        .field("title", step_title(s, verbatim));
    if (s.kind == StepKind::skill) m_out.field("from_level", s.from_level).field("to_level", s.to_level);
    m_out.key("hours");
    write_hours_json(m_out, s.hours, s.hours_mid);
    m_out.field("estimate", s.estimate)
        .field("hours_per_week", round_to(hours_per_week, k_hours_decimals))
        .field("weeks", round_to(s.weeks, k_weeks_decimals))
        .field("finish_weeks", round_to(s.finish_weeks, k_weeks_decimals));
    write_worth_json(m_out, s);
    m_out.key("sources");
    list(s.sources, [&](const Citation& c) { citation(c); });
    // A certification step's exam, the shape `certs --format json` gives it; null for a skill.
    m_out.key("exam");
    if (s.kind != StepKind::cert || (s.exam.empty() && s.exam_facts.empty())) {
      m_out.null();
    } else {
      m_out.begin_object().field("name", s.exam).key("facts");
      list(s.exam_facts, [&](const StepExamFact& f) {
        m_out.begin_object()
            .field("fact", exam_fact_name(f.kind))
            .field("label", exam_fact_label(f.kind))
            .field("value", f.value)
            .key("source");
        citation(f.source);
        m_out.end_object();
      });
      m_out.end_object();
    }
    m_out.end_object();
  }

  void strategy(const AppliedStrategy& s) {
    m_out.begin_object()
        .field("id", s.id)
        .field("title", s.title)
        .field("category", s.category)
        .field("description", s.description)
        .field("quote", s.quote)
        .field("reason", s.reason)
        .field("relevance", round_to(s.relevance, k_points_decimals))
        .key("source");
    citation(s.source);
    m_out.key("checks");
    checks(s.why);
    m_out.end_object();
  }

  JsonWriter& m_out;
  const Content& m_c;
};

}  // namespace

void write_plan_json(JsonWriter& out, const Content& content, const Plan& plan,
                     const std::function<void(JsonWriter&)>& more) {
  PlanJson(out, content).plan(plan, more);
}

std::string render_plan_json(const Content& content, const Plan& plan) {
  JsonWriter out(2);
  write_plan_json(out, content, plan);
  std::string text = out.take();
  text += '\n';
  return text;
}

}  // namespace careerplan
