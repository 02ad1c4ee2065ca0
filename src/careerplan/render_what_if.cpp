#include "careerplan/render_what_if.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "careerplan/matcher.hpp"
#include "careerplan/text.hpp"
#include "careerplan/text_table.hpp"
#include "markdown.hpp"
#include "route_format.hpp"

namespace careerplan {

namespace {

using Json = nlohmann::ordered_json;

std::string term(std::string_view s) {
  std::string out = escape_controls(s);
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
  return out;
}

std::string esc(std::string_view s) { return markdown_escape(s); }

bool changed(const WhatIfTrack& t) { return rank_key(t.today) != rank_key(t.assumed); }

// "+15 points", "-3 points", "no change": fit points out of 100.
std::string change_text(double before, double after) {
  const double points = round_to((after - before) * 100, 0);
  if (points == 0) return "no change";
  return fmt::format("{}{} point{}", points > 0 ? "+" : "", number_text(points, 0), std::abs(points) == 1 ? "" : "s");
}

std::string readiness_text(const WhatIfReadiness& r) {
  if (r.ready) return "ready";
  if (r.blocked) return "not open: a condition stands in the way";
  return r.months > 0 ? "not yet, " + months_text(r.months) : "not yet";
}

std::string length_text(const WhatIfRouteLength& l) {
  if (!l.reachable) return "no route";
  if (l.hops == 0) return "already there";
  return fmt::format("{}, {} move{}", route_months_text(l.months), l.hops, l.hops == 1 ? "" : "s");
}

std::string assumptions_text(const WhatIf& w, Escaper e) {
  std::vector<std::string> labels;
  for (const auto& a : w.assumptions) labels.push_back(e(a.label));
  return fmt::format("{}", fmt::join(labels, ", "));
}

// The rows every format shows: [what, today, with the assumptions, change].
std::vector<std::vector<std::string>> rows(const WhatIf& w, Escaper e) {
  std::vector<std::vector<std::string>> out;
  out.push_back({"Current stage", e(w.stage_today.title), e(w.stage_assumed.title),
                 w.stage_today.stage == w.stage_assumed.stage ? "no change" : "moves"});
  for (const auto& s : w.stages) {
    const bool same = s.today.ready == s.assumed.ready && s.today.months == s.assumed.months &&
                      s.today.blocked == s.assumed.blocked;
    out.push_back({"Readiness: " + e(s.title), readiness_text(s.today), readiness_text(s.assumed),
                   same ? "no change" : (s.assumed.ready && !s.today.ready ? "ready" : "sooner")});
    if (!same && !s.assumed.ready && s.assumed.months > s.today.months) out.back()[3] = "later";
  }
  for (const auto& t : w.tracks) {
    if (!changed(t)) continue;
    out.push_back({"Fit: " + e(t.title), percent_text(t.today), percent_text(t.assumed), change_text(t.today, t.assumed)});
  }
  if (w.route) {
    const auto& r = *w.route;
    std::string change = "no change";
    if (r.today.reachable != r.assumed.reachable) {
      change = r.assumed.reachable ? "opens" : "closes";
    } else if (r.today.reachable) {
      const int before = whole_months(r.today.months.high);
      const int after = whole_months(r.assumed.months.high);
      if (after < before) change = fmt::format("{} sooner", months_text(before - after));
      if (after > before) change = fmt::format("{} later", months_text(after - before));
    }
    out.push_back({"Route to " + e(r.target), length_text(r.today), length_text(r.assumed), change});
  }
  return out;
}

Json readiness_json(const WhatIfReadiness& r) {
  return Json{{"ready", r.ready}, {"blocked", r.blocked}, {"months", r.months}};
}

Json length_json(const WhatIfRouteLength& l) {
  return Json{{"reachable", l.reachable},
              {"months", Json{{"low", round_to(l.months.low, 1)}, {"high", round_to(l.months.high, 1)}}},
              {"summary", length_text(l)},
              {"hops", l.hops},
              {"hours", Json{{"low", round_to(l.hours.low, k_hours_decimals)}, {"high", round_to(l.hours.high, k_hours_decimals)}}}};
}

}  // namespace

std::string render_what_if_text(const WhatIf& what_if, const TextStyle& style) {
  std::string out = "\n" + paint(fmt::format("What if: {}", term(assumptions_text(what_if, term))), Emphasis::heading, style);
  out += '\n';
  TextTable table({"", "Today", "With assumptions", "Change"});
  for (auto& row : rows(what_if, term)) table.add_row(std::move(row));
  std::string rendered = table.render(style.width > 2 ? style.width - 2 : 0);
  for (std::size_t pos = 0; pos < rendered.size();) {
    const std::size_t end = std::min(rendered.find('\n', pos), rendered.size());
    if (end > pos) out += "  ";
    out.append(rendered, pos, end - pos);
    out += '\n';
    pos = end + 1;
  }
  if (std::none_of(what_if.tracks.begin(), what_if.tracks.end(), changed)) out += "  No track's fit changes.\n";
  return out;
}

Json what_if_to_json(const Content& content, const WhatIf& what_if) {
  Json assumptions = Json::array();
  for (const auto& a : what_if.assumptions) {
    Json item{{"text", a.text}, {"kind", a.kind == AssumptionKind::cert ? "cert" : "skill"}};
    item["id"] = a.kind == AssumptionKind::cert ? content.certifications[a.index].id : content.skills[a.index].id;
    if (a.kind == AssumptionKind::skill) item["level"] = a.level;
    item["label"] = a.label;
    assumptions.push_back(std::move(item));
  }
  Json tracks = Json::array();
  for (const auto& t : what_if.tracks) {
    tracks.push_back(Json{{"id", t.id},
                          {"title", t.title},
                          {"today", round_to(t.today, k_fit_decimals)},
                          {"assumed", round_to(t.assumed, k_fit_decimals)},
                          {"change", round_to(t.assumed - t.today, k_fit_decimals)}});
  }
  Json stages = Json::array();
  for (const auto& s : what_if.stages) {
    stages.push_back(Json{{"id", s.id}, {"title", s.title}, {"today", readiness_json(s.today)},
                          {"assumed", readiness_json(s.assumed)}});
  }
  Json out{{"assumptions", std::move(assumptions)},
           {"current_stage", Json{{"today", what_if.stage_today.id}, {"assumed", what_if.stage_assumed.id}}},
           {"stages", std::move(stages)},
           {"tracks", std::move(tracks)}};
  if (what_if.route) {
    out["route"] = Json{{"target", what_if.route->target},
                        {"today", length_json(what_if.route->today)},
                        {"assumed", length_json(what_if.route->assumed)}};
  } else {
    out["route"] = nullptr;
  }
  return out;
}

std::string render_what_if_markdown(const WhatIf& what_if, int level) {
  std::string out = fmt::format("\n{} What if: {}\n\n", std::string(static_cast<std::size_t>(level), '#'),
                                assumptions_text(what_if, esc));
  MarkdownTable table({{"", Align::left}, {"Today", Align::left}, {"With assumptions", Align::left}, {"Change", Align::left}});
  // Titles come escaped from rows(); the rest is careerplan's own words, with no Markdown syntax.
  for (auto& row : rows(what_if, esc)) table.add_row(std::move(row));
  out += table.render();
  if (std::none_of(what_if.tracks.begin(), what_if.tracks.end(), changed)) out += "\nNo track's fit changes.\n";
  return out;
}

}  // namespace careerplan
