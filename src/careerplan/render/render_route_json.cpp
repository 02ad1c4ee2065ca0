#include "careerplan/render/render_route.hpp"
#include "careerplan/render/route_format.hpp"

// The shape written here is documented in docs/routes.md; change both.
namespace careerplan {

namespace {

using Json = nlohmann::ordered_json;

constexpr int k_schema_version = 1;
constexpr int k_months_decimals = 1;

std::string_view step_kind_name(RouteStepKind k) {
  switch (k) {
    case RouteStepKind::skill: return "skill";
    case RouteStepKind::cert: return "cert";
    case RouteStepKind::years: return "years";
    case RouteStepKind::education: return "education";
  }
  return "skill";
}

Json range_json(const Range& r, int decimals) {
  return Json{{"low", round_to(r.low, decimals)}, {"high", round_to(r.high, decimals)}};
}

Json months_json(const Range& r) {
  return Json{{"low", round_to(r.low, k_months_decimals)},
              {"high", round_to(r.high, k_months_decimals)},
              {"whole_low", whole_months(r.low)},
              {"whole_high", whole_months(r.high)}};
}

std::string verbatim(std::string_view s) { return std::string(s); }

class RouteJson {
public:
  explicit RouteJson(const Content& content) : m_c(content) {}

  [[nodiscard]] Json node(NodeRef n) const {
    return Json{{"kind", node_kind_name(n.kind)}, {"id", node_id(m_c, n)}, {"title", node_title(m_c, n)}};
  }

  [[nodiscard]] static Json step(const RouteStep& s) {
    Json out{{"kind", step_kind_name(s.kind)}, {"key", s.key}, {"text", s.text}};
    if (s.kind == RouteStepKind::skill) {
      out["from_level"] = s.from_level;
      out["to_level"] = s.to_level;
    }
    out["hours"] = range_json(s.hours, k_hours_decimals);
    out["estimate"] = s.estimate;
    out["calendar_months"] = round_to(s.months, k_months_decimals);
    out["status"] = s.status ? Json(status_name(*s.status)) : Json(nullptr);
    out["summary"] = route_step_text(s, verbatim);
    return out;
  }

  [[nodiscard]] Json hop(const Hop& h) const {
    Json checks = Json::array();
    for (const auto& c : h.entry.checks) {
      checks.push_back(Json{{"text", c.text}, {"held", c.held}, {"depth", c.depth}});
    }
    Json steps = Json::array();
    for (const auto& s : h.steps) steps.push_back(step(s));
    return Json{{"kind", hop_kind_name(h.kind)},
                {"from", node(h.from)},
                {"to", node(h.to)},
                {"held", h.entry.held},
                {"requirements", h.entry.requirements},
                {"requirements_held", h.entry.requirements_held},
                {"checks", std::move(checks)},
                {"steps", std::move(steps)},
                {"hours", range_json(h.hours, k_hours_decimals)},
                {"reached_months", months_json(h.reached_months)},
                {"reached_months_mid", round_to(h.reached_mid, k_months_decimals)}};
  }

  [[nodiscard]] Json route(const Route& r, double hours_per_week) const {
    Json hops = Json::array();
    for (const auto& h : r.hops) hops.push_back(hop(h));
    Json out{{"summary", route_length_text(r, hours_per_week)},
             {"months", months_json(r.months)},
             {"months_mid", round_to(r.months_mid, k_months_decimals)},
             {"hours", range_json(r.hours, k_hours_decimals)},
             {"hops", std::move(hops)}};
    if (!r.why.empty()) out["why"] = r.why;
    return out;
  }

  [[nodiscard]] Json result(const RouteResult& r) const {
    Json target_nodes = Json::array();
    for (NodeRef n : r.target.nodes) target_nodes.push_back(node(n));
    Json alternatives = Json::array();
    for (const auto& alt : r.alternatives) alternatives.push_back(route(alt, r.hours_per_week));
    Json transitions = Json::array();
    for (const auto& t : r.transitions) {
      transitions.push_back(Json{{"id", t.id}, {"title", t.title}, {"fields", t.fields}});
    }
    Json out;
    out["schema_version"] = k_schema_version;
    out["pack"] = m_c.name;
    out["profile"] = Json{{"file", r.file}, {"name", r.name}};
    out["from"] = node(r.start);
    out["target"] = Json{{"typed", r.target.typed},
                         {"label", r.target.label},
                         {"by_role", r.target.by_role},
                         {"nodes", std::move(target_nodes)}};
    out["hours_per_week"] = round_to(r.hours_per_week, k_hours_decimals);
    out["reachable"] = r.best.has_value();
    out["route"] = r.best ? route(*r.best, r.hours_per_week) : Json(nullptr);
    out["alternatives"] = std::move(alternatives);
    out["unreachable"] = r.unreachable;
    out["transitions"] = std::move(transitions);
    return out;
  }

private:
  const Content& m_c;
};

}  // namespace

nlohmann::ordered_json route_to_json(const Content& content, const RouteResult& route) {
  return RouteJson(content).result(route);
}

}  // namespace careerplan
