#include "careerplan/render/render_what_if.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "careerplan/match/matcher.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"
#include "careerplan/render/markdown.hpp"
#include "careerplan/render/route_format.hpp"

namespace careerplan {

namespace {

using Json = nlohmann::ordered_json;

// Content and profile text for one terminal line.
constexpr auto* term = &terminal_line;

std::string esc(std::string_view s) { return markdown_escape(s); }

bool changed(const WhatIfTrack& t) { return rank_key(t.today) != rank_key(t.assumed); }


std::string readiness_text(const WhatIfReadiness& r) {
  if (r.ready) return "ready";
  if (r.blocked) return "blocked";
  return r.months > 0 ? months_text(r.months) : "not yet";
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

std::string stage_text(const WhatIf& w, Escaper e) {
  if (w.stage_today.stage == w.stage_assumed.stage) return fmt::format("{} (no change)", e(w.stage_today.title));
  return fmt::format("{} \u2192 {}", e(w.stage_today.title), e(w.stage_assumed.title));
}

// One compared quantity: what, today, with the assumptions, and the change in words.
struct Row {
  std::string what;
  std::string today;
  std::string assumed;
  std::string change;
};

std::vector<Row> readiness_rows(const WhatIf& w, Escaper e) {
  std::vector<Row> out;
  for (const auto& s : w.stages) {
    std::string change = "no change";
    if (s.assumed.ready && !s.today.ready) {
      change = "ready";
    } else if (s.today.blocked != s.assumed.blocked) {
      change = s.assumed.blocked ? "closes" : "opens";
    } else if (s.assumed.months < s.today.months) {
      change = "sooner";
    } else if (s.assumed.months > s.today.months || (s.today.ready && !s.assumed.ready)) {
      change = "later";
    }
    out.push_back(Row{e(s.title), readiness_text(s.today), readiness_text(s.assumed), change});
  }
  return out;
}

std::vector<Row> fit_rows(const WhatIf& w, Escaper e) {
  std::vector<Row> out;
  for (const auto& t : w.tracks) {
    if (changed(t)) out.push_back(Row{e(t.title), percent_text(t.today), percent_text(t.assumed), fit_change_text(t.today, t.assumed)});
  }
  return out;
}

std::optional<Row> route_row(const WhatIf& w, Escaper e) {
  if (!w.route) return std::nullopt;
  const auto& r = *w.route;
  std::string change = "no change";
  if (r.today.reachable != r.assumed.reachable) {
    change = r.assumed.reachable ? "opens" : "closes";
  } else if (r.today.reachable) {
    const int before = whole_months(r.today.months.high);
    const int after = whole_months(r.assumed.months.high);
    if (after < before) change = months_text(before - after) + " sooner";
    if (after > before) change = months_text(after - before) + " later";
  }
  return Row{e(r.target), length_text(r.today), length_text(r.assumed), change};
}

// Lines of `rendered` indented by two spaces, blank lines left blank.
void indented(std::string& out, const std::string& rendered) {
  for (std::size_t pos = 0; pos < rendered.size();) {
    const std::size_t end = std::min(rendered.find('\n', pos), rendered.size());
    if (end > pos) out += "  ";
    out.append(rendered, pos, end - pos);
    out += '\n';
    pos = end + 1;
  }
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
  const std::size_t width = style.width > 2 ? style.width - 2 : 0;
  std::string out = "\n";
  out += paint(fmt::format("What if: {}", assumptions_text(what_if, term)), Emphasis::heading, style);
  out += '\n';
  out += "  Current stage: " + stage_text(what_if, term) + "\n";
  const auto table = [&](std::string_view title, const std::vector<Row>& rows) {
    TextTable t({std::string(title), "Today", "Assumed", "Change"});
    for (const auto& r : rows) t.add_row({r.what, r.today, r.assumed, r.change});
    out += '\n';
    indented(out, t.render(width));
  };
  if (!what_if.stages.empty()) table("Stage readiness", readiness_rows(what_if, term));
  const auto fits = fit_rows(what_if, term);
  if (fits.empty()) {
    out += "\n  No track's fit changes.\n";
  } else {
    table("Track fit", fits);
  }
  if (const auto route = route_row(what_if, term)) {
    out += '\n';
    std::string line = fmt::format("Route to {}: {} today; {} assumed ({})", route->what, route->today, route->assumed,
                                   route->change);
    std::string wrapped = wrap(line, width > 2 ? width - 2 : 0, "    ");
    out += "  " + wrapped.substr(std::min<std::size_t>(4, wrapped.size())) + "\n";
  }
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
  out += fmt::format("**Current stage:** {}\n", stage_text(what_if, esc));
  // Titles come escaped from the rows; the rest is careerplan's own words, with no Markdown syntax.
  const auto table = [&](std::string_view title, const std::vector<Row>& rows) {
    MarkdownTable t({{std::string(title), Align::left},
                     {"Today", Align::left},
                     {"With the assumptions", Align::left},
                     {"Change", Align::left}});
    for (const auto& r : rows) t.add_row({r.what, r.today, r.assumed, r.change});
    out += '\n';
    out += t.render();
  };
  if (!what_if.stages.empty()) table("Stage readiness", readiness_rows(what_if, esc));
  const auto fits = fit_rows(what_if, esc);
  if (fits.empty()) {
    out += "\nNo track's fit changes.\n";
  } else {
    table("Track fit", fits);
  }
  if (const auto route = route_row(what_if, esc)) {
    out += fmt::format("\n**Route to {}:** {} today; {} with the assumptions ({}).\n", route->what, route->today,
                       route->assumed, route->change);
  }
  return out;
}

}  // namespace careerplan
