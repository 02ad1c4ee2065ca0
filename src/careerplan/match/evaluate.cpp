#include "careerplan/match/evaluate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "careerplan/match/needs.hpp"

namespace careerplan {

namespace {

// Keeps "3.0000000001 months" from rounding up to 4.
constexpr double k_epsilon = 1e-9;


bool has_cert(const Subject& s, Index cert) { return cert < s.certs.size() && s.certs[cert] != 0; }

struct Verdict {
  bool held = false;
  bool blocked = false;
  std::vector<Need> needs;
};

bool is_leaf(RuleKind k) {
  return k != RuleKind::always && k != RuleKind::all && k != RuleKind::any && k != RuleKind::not_;
}

// What makes an unmet leaf hold, before it is priced; leaf() and quiet_leaf() build the same.
Need leaf_need(const Rule& r, const Subject& s) {
  Need n;
  switch (r.kind) {
    case RuleKind::skill:
      n.kind = NeedKind::skill;
      n.index = r.index;
      n.level = r.level;
      break;
    case RuleKind::years:
      n.kind = NeedKind::years;
      n.years = std::round((r.years - s.years) * 100) / 100;  // no "0.30000000000000004 years"
      break;
    case RuleKind::cert:
      n.kind = NeedKind::cert;
      n.certs = r.group;
      break;
    case RuleKind::education:
      n.kind = NeedKind::education;
      n.level = r.level;
      break;
    case RuleKind::stage:
      n.kind = NeedKind::stage;
      n.index = r.index;
      break;
    case RuleKind::target:
      n.kind = NeedKind::target;
      n.targets = r.targets;
      break;
    default:
      break;
  }
  return n;
}

// Walks a rule once for both explain() and assess(): with `checks` null it writes no check lines,
// and without `texts` no need texts either (assess), so the verdict and effort are the same
// numbers by construction.
class Explainer {
public:
  Explainer(const Subject& s, const Content& c, std::vector<Check>* checks, bool texts)
      : m_s(s), m_c(c), m_checks(checks), m_texts(texts) {}

  // `flat`: an `all` here adds no header line (top level, or directly inside another `all`).
  Verdict walk(const Rule& r, int depth, bool flat) {
    switch (r.kind) {
      case RuleKind::always:
        return Verdict{true, false, {}};
      case RuleKind::all:
        return all(r, depth, flat);
      case RuleKind::any:
        return any(r, depth);
      case RuleKind::not_:
        return negation(r, depth);
      default:
        return leaf(r, depth);
    }
  }

private:
  std::size_t header(const Rule& r, CheckKind kind, int depth, const char* text) {
    if (m_checks == nullptr) return 0;
    Check ch;
    ch.kind = kind;
    ch.rule = r.kind;
    ch.depth = depth;
    ch.text = text;
    ch.where = r.where;
    m_checks->push_back(std::move(ch));
    return m_checks->size() - 1;
  }

  void set_held(std::size_t at, bool held) {
    if (m_checks != nullptr) (*m_checks)[at].held = held;
  }

  Verdict all(const Rule& r, int depth, bool flat) {
    std::size_t at = 0;
    if (!flat) at = header(r, CheckKind::all, depth, "all of:");
    const int inner = flat ? depth : depth + 1;
    Verdict v{true, false, {}};
    for (const auto& child : r.children) {
      Verdict cv = walk(child, inner, true);
      if (cv.held) continue;
      v.held = false;
      v.blocked = v.blocked || cv.blocked;
      for (const auto& n : cv.needs) merge_need(v.needs, n, m_s, m_c, !m_texts);
    }
    if (!flat) set_held(at, v.held);
    return v;
  }

  Verdict any(const Rule& r, int depth) {
    const std::size_t at = header(r, CheckKind::any, depth, "one of:");
    std::vector<Verdict> options;
    for (const auto& child : r.children) options.push_back(walk(child, depth + 1, false));
    Verdict v{false, true, {}};
    std::optional<Effort> best;
    for (auto& o : options) {
      if (o.held) {
        v = Verdict{true, false, {}};
        break;
      }
      if (o.blocked) continue;
      const Effort e = effort_of(o.needs, m_s.hours_per_week);
      if (!best || cheaper(e, *best)) {
        best = e;
        v = Verdict{false, false, std::move(o.needs)};
      }
    }
    set_held(at, v.held);
    return v;
  }

  static bool cheaper(const Effort& a, const Effort& b) {
    const auto key = [](double x) { return std::llround(x * 1e6); };
    if (key(a.months) != key(b.months)) return key(a.months) < key(b.months);
    return key(a.hours) < key(b.hours);
  }

  Verdict negation(const Rule& r, int depth) {
    const std::size_t at = header(r, CheckKind::not_, depth, "not:");
    bool child_held = true;
    ++m_negated;
    for (const auto& child : r.children) child_held = walk(child, depth + 1, false).held && child_held;
    --m_negated;
    const bool held = !child_held;
    set_held(at, held);
    return Verdict{held, !held, {}};
  }

  Verdict leaf(const Rule& r, int depth) {
    if (m_checks == nullptr) return quiet_leaf(r, m_texts);
    Check ch;
    ch.kind = CheckKind::leaf;
    ch.rule = r.kind;
    ch.depth = depth;
    ch.where = r.where;
    ch.held = holds(r, m_s, m_c);
    switch (r.kind) {
      case RuleKind::skill: {
        const int have = level_of(m_s.skills, r.index);
        ch.text = fmt::format("{} at level {} or above (you: {})", skill_name(m_c, r.index), r.level,
                              have == 0 ? std::string("none") : std::to_string(have));
        break;
      }
      case RuleKind::years:
        ch.text = fmt::format("{} of experience (you: {})", years_words(r.years), m_s.years);
        break;
      case RuleKind::cert:
        ch.text = cert_group_text(m_c, r.group);
        break;
      case RuleKind::education:
        ch.text = fmt::format("education: {} or higher (you: {})", education_name(static_cast<Education>(r.level)),
                              education_name(m_s.education));
        break;
      case RuleKind::stage:
        ch.text = fmt::format("at the {} stage or later (you: {})", stage_title(m_c, r.index),
                              m_s.stage ? stage_title(m_c, *m_s.stage) : std::string("not known"));
        break;
      case RuleKind::target:
        ch.text = fmt::format("aiming at {}", targets_text(m_c, r.targets));
        break;
      default:
        break;
    }
    Verdict v{ch.held, false, {}};
    if (!ch.held) {
      Need n = leaf_need(r, m_s);
      price(n, m_s, m_c, false);
      if (m_negated == 0) ch.needs.push_back(n);  // under `not`, meeting the leaf is no fix
      v.needs.push_back(std::move(n));
    }
    m_checks->push_back(std::move(ch));
    return v;
  }

  // leaf() without the check line (and without the need's text unless `texts`): the same need,
  // priced the same way.
  Verdict quiet_leaf(const Rule& r, bool texts) {
    Verdict v{holds(r, m_s, m_c), false, {}};
    if (v.held) return v;
    Need n = leaf_need(r, m_s);
    price(n, m_s, m_c, !texts);
    v.needs.push_back(std::move(n));
    return v;
  }

  const Subject& m_s;
  const Content& m_c;
  std::vector<Check>* m_checks;  // null: no check lines
  bool m_texts;                  // needs get their texts
  int m_negated = 0;  // how many `not`s enclose the current node
};

void count_requirements(const Rule& r, const Subject& s, const Content& c, int& requirements, int& held) {
  if (r.kind == RuleKind::always) return;
  if (r.kind == RuleKind::all) {
    for (const auto& child : r.children) count_requirements(child, s, c, requirements, held);
    return;
  }
  ++requirements;
  if (holds(r, s, c)) ++held;
}

}  // namespace

bool years_held(double have, double need) { return have + k_epsilon >= need; }

bool holds(const Rule& rule, const Subject& subject, const Content& content) {
  switch (rule.kind) {
    case RuleKind::always:
      return true;
    case RuleKind::all:
      return std::all_of(rule.children.begin(), rule.children.end(),
                         [&](const Rule& r) { return holds(r, subject, content); });
    case RuleKind::any:
      return std::any_of(rule.children.begin(), rule.children.end(),
                         [&](const Rule& r) { return holds(r, subject, content); });
    case RuleKind::not_:
      return !std::all_of(rule.children.begin(), rule.children.end(),
                          [&](const Rule& r) { return holds(r, subject, content); });
    case RuleKind::skill:
      return level_of(subject.skills, rule.index) >= rule.level;
    case RuleKind::years:
      return years_held(subject.years, rule.years);
    case RuleKind::cert:
      return std::any_of(rule.group.begin(), rule.group.end(), [&](Index i) { return has_cert(subject, i); });
    case RuleKind::education:
      return static_cast<int>(subject.education) >= rule.level;
    case RuleKind::stage:
      return subject.stage.has_value() && *subject.stage >= rule.index;
    case RuleKind::target:
      return std::any_of(rule.targets.begin(), rule.targets.end(), [&](const TargetRef& t) {
        return std::any_of(subject.targets.begin(), subject.targets.end(),
                           [&](const TargetRef& mine) { return same_target(mine, t); });
      });
  }
  return false;
}

void add_unmet_leaves(const Rule& rule, const Subject& subject, const Content& content, std::vector<Need>& out) {
  switch (rule.kind) {
    case RuleKind::always:
    case RuleKind::not_:
      return;
    case RuleKind::all:
    case RuleKind::any:
      for (const auto& child : rule.children) add_unmet_leaves(child, subject, content, out);
      return;
    default:
      if (!holds(rule, subject, content)) out.push_back(leaf_need(rule, subject));
  }
}

Explanation explain(const Rule& rule, const Subject& subject, const Content& content, bool checks) {
  Explanation e;
  Verdict v = Explainer(subject, content, checks ? &e.checks : nullptr, true).walk(rule, 0, true);
  e.held = v.held;
  e.blocked = !v.held && v.blocked;
  if (!v.held) e.needs = std::move(v.needs);
  e.effort = effort_of(e.needs, subject.hours_per_week);
  count_requirements(rule, subject, content, e.requirements, e.requirements_held);
  return e;
}

Assessment assess(const Rule& rule, const Subject& subject, const Content& content) {
  Assessment a;
  if (holds(rule, subject, content)) {
    a.held = true;
    return a;
  }
  if (is_leaf(rule.kind)) {  // the common `requires: {years: 2}`: one need, no walk
    Need n = leaf_need(rule, subject);
    price(n, subject, content, true);
    a.effort = effort_of(&n, &n + 1, subject.hours_per_week);
    return a;
  }
  Verdict v = Explainer(subject, content, nullptr, false).walk(rule, 0, true);
  a.held = v.held;
  a.blocked = !v.held && v.blocked;
  if (!v.held) a.effort = effort_of(v.needs, subject.hours_per_week);
  return a;
}

RequirementCount count_requirements(const Rule& rule, const Subject& subject, const Content& content) {
  RequirementCount n;
  count_requirements(rule, subject, content, n.requirements, n.held);
  return n;
}

}  // namespace careerplan
