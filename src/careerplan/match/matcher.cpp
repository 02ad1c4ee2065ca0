#include "careerplan/match/matcher.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace careerplan {

namespace {

int level_of(const Subject& s, Index skill) { return skill < s.skills.size() ? s.skills[skill] : 0; }

bool has_cert(const Subject& s, Index cert) { return cert < s.certs.size() && s.certs[cert] != 0; }

// Essential key skills count double, so a shortfall in them costs twice as much fit.
double effective_weight(const KeySkill& k) { return std::max(k.weight, 0.0) * (k.essential ? 2 : 1); }

// The points a key skill earns of its share: all of it at or above the asked level, else in
// proportion. track_fit and fit_score both use it, so their fits are the same number.
double skill_earned(double share, int have, int need) {
  return need <= 0 || have >= need ? share : share * have / need;
}

double skill_points_of(const Track& t) {
  return t.certifications.empty() ? k_skill_points + k_cert_points : k_skill_points;
}

double total_weight_of(const Track& t) {
  double total = 0;
  for (const auto& k : t.key_skills) total += effective_weight(k);
  return total;
}

// Key skill i's share of the track's points; derive_scores stores exactly this number.
double key_share(const Track& t, std::size_t i, double skill_points, double total_weight) {
  return skill_points * effective_weight(t.key_skills[i]) / total_weight;
}

// Appends a track's row to a score table: its key skills with their shares, its helpful
// certifications, and its gate when no rule walk is needed to decide it.
void append_row(ScoreTable& table, const Track& t) {
  ScoreTable::Row row;
  const double skill_points = skill_points_of(t);
  const double total_weight = total_weight_of(t);
  row.first_key = static_cast<std::uint32_t>(table.keys.size());
  if (total_weight > 0) {
    for (std::size_t i = 0; i < t.key_skills.size(); ++i) {
      table.keys.push_back(ScoreTable::Key{t.key_skills[i].skill, t.key_skills[i].level,
                                           key_share(t, i, skill_points, total_weight)});
    }
  }
  row.keys = static_cast<std::uint32_t>(table.keys.size() - row.first_key);
  row.first_cert = static_cast<std::uint32_t>(table.certs.size());
  table.certs.insert(table.certs.end(), t.certifications.begin(), t.certifications.end());
  row.certs = static_cast<std::uint32_t>(t.certifications.size());
  if (t.requirements.kind == RuleKind::always) {
    row.gate = ScoreTable::Gate::none;
  } else if (t.requirements.kind == RuleKind::years) {
    row.gate = ScoreTable::Gate::years;
    row.years = t.requirements.years;
  } else {
    row.gate = ScoreTable::Gate::other;
  }
  table.rows.push_back(row);
}

FitPart skill_part(const Content& c, const Subject& s, const KeySkill& k, double share) {
  FitPart p;
  p.kind = FitPartKind::skill;
  p.skill = k.skill;
  p.essential = k.essential;
  p.label = k.skill < c.skills.size() ? c.skills[k.skill].name : fmt::format("skill #{}", k.skill);
  if (k.essential) p.label += " (essential)";
  p.have = level_of(s, k.skill);
  p.need = k.level;
  p.possible = share;
  p.earned = skill_earned(share, p.have, p.need);
  p.detail = "level " + std::to_string(p.have) + " of " + std::to_string(p.need);
  if (p.need > 0 && p.have < p.need) p.detail += ": short by " + std::to_string(p.need - p.have);
  return p;
}

FitPart cert_part(const Content& c, const Subject& s, const Track& t) {
  FitPart p;
  p.kind = FitPartKind::certifications;
  p.label = "Certifications";
  p.possible = k_cert_points;
  p.need = static_cast<int>(t.certifications.size());
  // "holds A, B" (the helpful ones held), else "holds none of: A, B, C" (all of them).
  for (Index i : t.certifications) p.have += has_cert(s, i) ? 1 : 0;
  p.detail = p.have > 0 ? "holds " : "holds none of: ";
  bool first = true;
  for (Index i : t.certifications) {
    if (p.have > 0 && !has_cert(s, i)) continue;
    if (!first) p.detail += ", ";
    first = false;
    if (i < c.certifications.size()) {
      p.detail += c.certifications[i].name;
    } else {
      p.detail += '#';
      p.detail += std::to_string(i);
    }
  }
  if (p.have > 0) p.earned = k_cert_points;
  return p;
}

FitPart gate_part(const TrackFit& f) {
  FitPart p;
  p.kind = FitPartKind::gates;
  p.label = "Entry requirements";
  p.possible = k_gate_points;
  p.have = f.gate.requirements_held;
  p.need = f.gate.requirements;
  p.earned = k_gate_points * f.closeness;
  if (f.gate.requirements == 0) {
    p.detail = "no entry requirements";
  } else if (f.reachable) {
    p.detail = "met";
  } else if (f.gate.blocked) {
    p.detail = "blocked by a condition that rules the track out";
  } else {
    const int months = f.gate.effort.whole_months;
    p.detail = fmt::format("reachable in about {} month{}", months, months == 1 ? "" : "s");
  }
  return p;
}

// Sorts rank keys: (inverted grid value << 32) | track index, pushed in index order. The value
// is at most 1e9 < 2^30, so a stable radix sort on bits 32..61 (three 10-bit digits, histograms
// counted in one pass, a digit every key shares skipped) keeps equal values in index order, which
// is the full order; for a large pack it takes a fraction of a comparison sort's steps.
void sort_keys(std::vector<std::uint64_t>& keys) {
  if (keys.size() < 256) {
    std::sort(keys.begin(), keys.end());
    return;
  }
  constexpr std::size_t k_digits = 3;
  constexpr unsigned k_bits = 10;
  constexpr std::size_t k_buckets = std::size_t{1} << k_bits;
  std::array<std::array<std::uint32_t, k_buckets>, k_digits> count{};
  const auto digit = [](std::uint64_t k, std::size_t d) { return (k >> (32 + d * k_bits)) & (k_buckets - 1); };
  for (const std::uint64_t k : keys) {
    for (std::size_t d = 0; d < k_digits; ++d) ++count[d][digit(k, d)];
  }
  std::vector<std::uint64_t> spare(keys.size());
  for (std::size_t d = 0; d < k_digits; ++d) {
    if (count[d][digit(keys.front(), d)] == keys.size()) continue;  // every key has this digit
    std::uint32_t sum = 0;
    for (auto& c : count[d]) sum += std::exchange(c, sum);
    for (const std::uint64_t k : keys) spare[count[d][digit(k, d)]++] = k;
    keys.swap(spare);
  }
}

}  // namespace

// std::llround, exactly (halves away from zero), without the libm call: x - trunc(x) is exact.
std::int64_t rank_key(double value) {
  const double x = value * 1e9;
  if (!(std::fabs(x) < 4e18)) return std::llround(x);  // huge or not a number: libm decides
  auto whole = static_cast<std::int64_t>(x);
  const double rest = x - static_cast<double>(whole);
  if (rest >= 0.5) ++whole;
  if (rest <= -0.5) --whole;
  return whole;
}

void derive_scores(Content& content) {
  ScoreTable table;
  table.rows.reserve(content.tracks.size());
  for (const auto& t : content.tracks) append_row(table, t);
  content.scores = std::move(table);
}

double closeness(int months) {
  return std::clamp(1.0 - static_cast<double>(months) / k_gate_horizon_months, 0.0, 1.0);
}

Readiness stage_readiness(const Content& content, const Subject& subject, Index stage, bool checks) {
  Readiness r;
  r.stage = stage;
  if (stage >= content.stages.size()) return r;
  r.entry = explain(content.stages[stage].requirements, subject, content, checks);
  r.ready = r.entry.held;
  return r;
}

TrackFit track_fit(const Content& content, const Subject& subject, Index track, bool checks) {
  TrackFit f;
  f.track = track;
  if (track >= content.tracks.size()) return f;
  const Track& t = content.tracks[track];
  const double skill_points = skill_points_of(t);
  const double total_weight = total_weight_of(t);
  if (total_weight > 0) {
    for (std::size_t i = 0; i < t.key_skills.size(); ++i) {
      f.parts.push_back(skill_part(content, subject, t.key_skills[i], key_share(t, i, skill_points, total_weight)));
    }
  } else {
    FitPart p;
    p.kind = FitPartKind::skill;
    p.label = "Key skills";
    p.earned = p.possible = skill_points;
    p.detail = "none listed";
    f.parts.push_back(p);
  }
  if (!t.certifications.empty()) f.parts.push_back(cert_part(content, subject, t));
  f.gate = explain(t.requirements, subject, content, checks);
  f.reachable = f.gate.held;
  if (!f.reachable) f.closeness = f.gate.blocked ? 0 : closeness(f.gate.effort.whole_months);
  f.parts.push_back(gate_part(f));
  double points = 0;
  for (const auto& p : f.parts) points += p.earned;
  f.fit = std::clamp(points / k_fit_points, 0.0, 1.0);
  return f;
}

// Adds the same addends as track_fit's parts, in the same order, so the sum is bit-identical.
namespace {

// A track's score from its row: the addends track_fit's parts add, in the same order, so the two
// agree bit for bit. A gate the row cannot decide is assessed from the track's rule.
FitScore score_row(const ScoreTable& table, const ScoreTable::Row& row, const Content& content,
                   const Subject& subject, Index track) {
  FitScore f;
  f.track = track;
  double points = 0;
  if (row.keys > 0) {
    for (const ScoreTable::Key* k = &table.keys[row.first_key]; k != &table.keys[row.first_key] + row.keys; ++k) {
      points += skill_earned(k->share, level_of(subject, k->skill), k->need);
    }
  } else {
    points += row.certs > 0 ? k_skill_points : k_skill_points + k_cert_points;
  }
  if (row.certs > 0) {
    const Index* first = &table.certs[row.first_cert];
    const bool held = std::any_of(first, first + row.certs, [&](Index i) { return has_cert(subject, i); });
    points += held ? k_cert_points : 0.0;
  }
  const bool open = row.gate == ScoreTable::Gate::none ||
                    (row.gate == ScoreTable::Gate::years && years_held(subject.years, row.years));
  if (!open) {
    const Assessment gate = assess(content.tracks[track].requirements, subject, content);
    f.reachable = gate.held;
    if (!f.reachable) f.closeness = gate.blocked ? 0 : closeness(gate.effort.whole_months);
  }
  points += k_gate_points * f.closeness;
  f.fit = std::clamp(points / k_fit_points, 0.0, 1.0);
  return f;
}

}  // namespace

FitScore fit_score(const Content& content, const Subject& subject, Index track) {
  if (track >= content.tracks.size()) return FitScore{track};
  if (content.scores.rows.size() == content.tracks.size()) {
    return score_row(content.scores, content.scores.rows[track], content, subject, track);
  }
  // A pack built by hand, without derive_scores: this track's row, derived now.
  ScoreTable one;
  append_row(one, content.tracks[track]);
  return score_row(one, one.rows.front(), content, subject, track);
}

std::vector<FitScore> rank_tracks(const Content& content, const Subject& subject) {
  std::vector<FitScore> scores;
  scores.reserve(content.tracks.size());
  for (Index i = 0; i < content.tracks.size(); ++i) scores.push_back(fit_score(content, subject, i));
  // Best fit first, equal fits in content order: one 64-bit key per track, the fit's grid value
  // (0..1e9, inverted) above the index, so a plain sort of integers is the stable order.
  std::vector<std::uint64_t> order;
  order.reserve(scores.size());
  constexpr auto k_top = static_cast<std::uint64_t>(1'000'000'000);
  for (const auto& s : scores) {
    const auto grid = static_cast<std::uint64_t>(std::clamp<std::int64_t>(rank_key(s.fit), 0, 1'000'000'000));
    order.push_back(((k_top - grid) << 32) | s.track);
  }
  sort_keys(order);
  std::vector<FitScore> fits;
  fits.reserve(order.size());
  for (const std::uint64_t key : order) fits.push_back(scores[key & 0xFFFFFFFFu]);
  return fits;
}

}  // namespace careerplan
