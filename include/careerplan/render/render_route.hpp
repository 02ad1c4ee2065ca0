#pragma once
// A route (`careerplan path`) rendered three ways, plus the pieces the exported plan borrows:
// the Markdown route section with target dates and the Mermaid diagram. Renderers decide nothing
// and read no clock: the same route renders byte for byte the same.
#include <nlohmann/json.hpp>

#include <chrono>
#include <optional>
#include <string>

#include "careerplan/model/model.hpp"
#include "careerplan/render/render.hpp"
#include "careerplan/plan/route.hpp"

namespace careerplan {

std::string render_route_text(const Content& content, const RouteResult& route, const TextStyle& style);

// The route as JSON (schema_version 1); numbers rounded so the output is stable.
nlohmann::ordered_json route_to_json(const Content& content, const RouteResult& route);

// The route as a Markdown document: a title, the numbered moves, the Mermaid map, the alternatives.
std::string render_route_markdown(const Content& content, const RouteResult& route);

// The route as a Markdown section under a heading of `level` (2 for "##"); with a start day,
// each move gets a target date (from its middle estimate). Ends with a newline; starts with one.
std::string route_markdown_section(const Content& content, const RouteResult& route,
                                   std::optional<std::chrono::sys_days> start, int level);

// A Mermaid `flowchart LR` of the fastest route, with the alternatives' other moves dashed; a
// fenced ```mermaid block. Ids are made of [A-Za-z0-9_] and labels are escaped for Mermaid, so
// content text can neither break the diagram nor end the fence.
std::string route_mermaid(const Content& content, const RouteResult& route);

// Text made safe inside a quoted Mermaid label: quotes, #, <, >, &, backticks, | and ; become
// Mermaid entity codes; controls and line breaks become spaces.
std::string mermaid_escape(std::string_view text);

}  // namespace careerplan
