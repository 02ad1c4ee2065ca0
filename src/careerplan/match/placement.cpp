#include "careerplan/match/placement.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "careerplan/base/diagnostics.hpp"

namespace careerplan {

std::string_view confidence_name(Confidence c) {
  switch (c) {
    case Confidence::stated: return "stated";
    case Confidence::high: return "high";
    case Confidence::medium: return "medium";
    case Confidence::low: return "low";
  }
  return "low";
}

namespace {

// A stage's evidence split into the years it asks and its other checks.
struct Evidence {
  double years = 0;
  int checks = 0;
  int held = 0;
};

// Flattens `all`; every other rule is one check (an `any` holds when one alternative does).
void collect(const Rule& rule, const Subject& s, const Content& c, Evidence& e) {
  if (rule.kind == RuleKind::all) {
    for (const auto& child : rule.children) collect(child, s, c, e);
    return;
  }
  if (rule.kind == RuleKind::years) {
    e.years = std::max(e.years, rule.years);
    return;
  }
  if (rule.kind == RuleKind::always) return;
  ++e.checks;
  if (holds(rule, s, c)) ++e.held;
}

std::string years_text(double years) { return fmt::format("{} year{}", years, years == 1 ? "" : "s"); }

}  // namespace

CurrentStage find_current_stage(const Content& content, const Profile& profile, bool checks) {
  if (content.stages.empty()) {
    throw Failure(ExitCode::data, Location{}, "the content pack defines no stages");
  }
  const Subject subject = make_subject(content, profile, std::nullopt);
  const auto finish = [&](CurrentStage& cur) {
    const Stage& st = content.stages[cur.stage];
    if (st.inferred_when.kind == RuleKind::always) return;
    cur.evidence = explain(st.inferred_when, subject, content, checks);
    for (const auto& need : cur.evidence.needs) {
      if (need.kind != NeedKind::years) cur.consolidate.push_back(need);
    }
  };
  CurrentStage cur;
  if (profile.current_stage && *profile.current_stage < content.stages.size()) {
    cur.stage = *profile.current_stage;
    cur.confidence = Confidence::stated;
    cur.reason = "stated in the profile";
    finish(cur);
    return cur;
  }
  cur.inferred = true;
  // The latest stage the years reach, for the reason when its skills do not confirm it.
  std::optional<Index> by_years;
  for (Index i = static_cast<Index>(content.stages.size()); i-- > 0;) {
    const Stage& st = content.stages[i];
    if (st.inferred_when.kind == RuleKind::always) continue;
    Evidence e;
    collect(st.inferred_when, subject, content, e);
    if (!years_held(subject.years, e.years)) continue;
    if (!by_years && e.years > 0) by_years = i;
    if (e.held * 2 < e.checks) continue;
    cur.stage = i;
    cur.confidence = e.held == e.checks ? Confidence::high : Confidence::medium;
    cur.reason = e.years > 0 ? fmt::format("{}; this stage asks {}+", years_text(subject.years), e.years)
                             : std::string("your education and skills");
    if (e.checks > 0) cur.reason += fmt::format("; {} of {} checks hold", e.held, e.checks);
    if (by_years && *by_years != i) {
      cur.reason += fmt::format("; your years reach {}, but under half of its checks hold",
                                content.stages[*by_years].title);
    }
    finish(cur);
    return cur;
  }
  cur.stage = 0;
  cur.confidence = Confidence::low;
  cur.reason = "no stage's evidence holds yet";
  return cur;
}

}  // namespace careerplan
