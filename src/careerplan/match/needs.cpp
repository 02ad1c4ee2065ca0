#include "careerplan/match/needs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace careerplan {

namespace {

// Calendar time charged for each education rank still missing; only orders alternatives and
// sizes "about N months", since no source gives the time a degree takes beyond the bachelor.
constexpr double k_months_per_education_rank = 24;

double stage_months_between(const Content& c, Index from, Index to) {
  double months = 0;
  for (Index s = from; s < to && s < c.stages.size(); ++s) {
    if (c.stages[s].typical_years) months += c.stages[s].typical_years->range.mid() * 12;
  }
  return months;
}

bool same_need(const Need& a, const Need& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case NeedKind::skill:
      return a.index == b.index;
    case NeedKind::cert:
      return a.certs == b.certs;
    case NeedKind::years:
    case NeedKind::education:
    case NeedKind::stage:
      return true;
    case NeedKind::target:
      return a.targets.size() == b.targets.size() &&
             std::equal(a.targets.begin(), a.targets.end(), b.targets.begin(), same_target);
  }
  return false;
}

}  // namespace

int level_of(const std::vector<std::uint8_t>& levels, Index skill) {
  return skill < levels.size() ? levels[skill] : 0;
}

bool same_target(const TargetRef& a, const TargetRef& b) { return a.is_track == b.is_track && a.index == b.index; }

std::string skill_name(const Content& c, Index skill) {
  return skill < c.skills.size() ? std::string(c.skills[skill].name) : fmt::format("skill #{}", skill);
}

std::string cert_name(const Content& c, Index cert) {
  return cert < c.certifications.size() ? std::string(c.certifications[cert].name) : fmt::format("certification #{}", cert);
}

std::string stage_title(const Content& c, Index stage) {
  return stage < c.stages.size() ? std::string(c.stages[stage].title) : fmt::format("stage #{}", stage);
}

std::string target_title(const Content& c, const TargetRef& t) {
  if (!t.is_track) return stage_title(c, t.index);
  return t.index < c.tracks.size() ? std::string(c.tracks[t.index].title) : fmt::format("track #{}", t.index);
}

std::string cert_group_text(const Content& c, const std::vector<Index>& group) {
  if (group.size() == 1) return cert_name(c, group.front());
  std::vector<std::string> names;
  for (Index i : group) names.push_back(cert_name(c, i));
  return fmt::format("one of {}", fmt::join(names, ", "));
}

std::string targets_text(const Content& c, const std::vector<TargetRef>& targets) {
  std::vector<std::string> names;
  for (const auto& t : targets) names.push_back(target_title(c, t));
  if (names.size() == 1) return names.front();
  return fmt::format("one of {}", fmt::join(names, ", "));
}

std::string years_words(double years) { return fmt::format("{} year{}", years, years == 1 ? "" : "s"); }

// Fills a need's cost, and its text unless `quiet` (ranking needs only the cost).
void price(Need& n, const Subject& s, const Content& c, bool quiet) {
  switch (n.kind) {
    case NeedKind::skill:
      n.hours = skill_hours(c, n.index, level_of(s.skills, n.index), n.level).mid();
      if (quiet) break;
      n.text = fmt::format("raise {} to level {}", skill_name(c, n.index), n.level);
      break;
    case NeedKind::cert: {
      double best = -1;
      for (Index i : n.certs) {
        if (i >= c.certifications.size()) continue;
        const double h = c.certifications[i].prep_hours.range.mid();
        if (best < 0 || h < best) best = h;
      }
      n.hours = std::max(best, 0.0);
      if (quiet) break;
      n.text = fmt::format("get {}", cert_group_text(c, n.certs));
      break;
    }
    case NeedKind::years:
      n.calendar_months = n.years * 12;
      if (quiet) break;
      n.text = fmt::format("{} more year{} of experience", n.years, n.years == 1 ? "" : "s");
      break;
    case NeedKind::education:
      n.calendar_months =
          k_months_per_education_rank * std::max(0, n.level - static_cast<int>(s.education));
      if (quiet) break;
      n.text = fmt::format("education: {} or higher", education_name(static_cast<Education>(n.level)));
      break;
    case NeedKind::stage:
      n.calendar_months = stage_months_between(c, s.stage.value_or(0), n.index);
      if (quiet) break;
      n.text = fmt::format("reach the {} stage", stage_title(c, n.index));
      break;
    case NeedKind::target:
      if (quiet) break;
      n.text = fmt::format("aim at {}", targets_text(c, n.targets));
      break;
  }
}

// Adds `n` to `into`, keeping one need per skill / cert group / kind with the larger demand.
void merge_need(std::vector<Need>& into, const Need& n, const Subject& s, const Content& c, bool quiet) {
  for (auto& have : into) {
    if (!same_need(have, n)) continue;
    bool grew = false;
    if (n.level > have.level) have.level = n.level, grew = true;
    if (n.years > have.years) have.years = n.years, grew = true;
    if (n.kind == NeedKind::stage && n.index > have.index) have.index = n.index, grew = true;
    if (grew) price(have, s, c, quiet);
    return;
  }
  into.push_back(n);
}

}  // namespace careerplan
