#include <fmt/format.h>

#include <algorithm>

#include "careerplan/plan/route.hpp"

namespace careerplan {

namespace {

char ascii_lower(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }

// Names the same thing however it is cased, spaced or hyphenated.
bool same_text(std::string_view a, std::string_view b) {
  if (a.size() == b.size()) {
    bool equal = true;
    for (std::size_t i = 0; i < a.size() && equal; ++i) equal = ascii_lower(a[i]) == ascii_lower(b[i]);
    if (equal) return true;
  }
  return lookup_key(a) == lookup_key(b);
}

void add_node(std::vector<NodeRef>& nodes, NodeRef n) {
  if (std::find(nodes.begin(), nodes.end(), n) == nodes.end()) nodes.push_back(n);
}

}  // namespace

std::string_view node_kind_name(NodeKind kind) {
  switch (kind) {
    case NodeKind::stage: return "stage";
    case NodeKind::track: return "track";
    case NodeKind::transition: return "transition";
  }
  return "stage";
}

std::string_view hop_kind_name(HopKind kind) {
  switch (kind) {
    case HopKind::vertical: return "vertical";
    case HopKind::lateral: return "lateral";
    case HopKind::transition: return "transition";
  }
  return "vertical";
}

std::string node_id(const Content& content, NodeRef node) {
  switch (node.kind) {
    case NodeKind::stage: return std::string(node.index < content.stages.size() ? content.stages[node.index].id : "");
    case NodeKind::track: return std::string(node.index < content.tracks.size() ? content.tracks[node.index].id : "");
    case NodeKind::transition:
      return std::string(node.index < content.transitions.size() ? content.transitions[node.index].id : "");
  }
  return {};
}

std::string node_title(const Content& content, NodeRef node) {
  switch (node.kind) {
    case NodeKind::stage: return std::string(node.index < content.stages.size() ? content.stages[node.index].title : "");
    case NodeKind::track: return std::string(node.index < content.tracks.size() ? content.tracks[node.index].title : "");
    case NodeKind::transition:
      return std::string(node.index < content.transitions.size() ? content.transitions[node.index].title : "");
  }
  return {};
}

std::optional<RouteTarget> resolve_route_target(const Content& content, std::string_view typed) {
  RouteTarget target;
  target.typed = std::string(typed);
  const std::string key(typed);
  if (auto it = content.stage_ids.find(key); it != content.stage_ids.end() && content.stages[it->second].id == key) {
    target.nodes.push_back(NodeRef{NodeKind::stage, it->second});
  } else if (auto tr = content.track_ids.find(key); tr != content.track_ids.end() && content.tracks[tr->second].id == key) {
    target.nodes.push_back(NodeRef{NodeKind::track, tr->second});
  } else {
    for (Index i = 0; i < content.transitions.size(); ++i) {
      if (content.transitions[i].id == key) target.nodes.push_back(NodeRef{NodeKind::transition, i});
    }
  }
  if (target.nodes.empty()) {
    // Then any name of a stage or track in any case, "Network Engineer" or its slug: stages first,
    // so where a stage and a track share a name both are aimed at.
    if (auto it = content.stage_ids.find_name(typed); it != content.stage_ids.end()) {
      add_node(target.nodes, NodeRef{NodeKind::stage, it->second});
    }
    if (auto it = content.track_ids.find_name(typed); it != content.track_ids.end()) {
      add_node(target.nodes, NodeRef{NodeKind::track, it->second});
    }
  }
  if (target.nodes.empty()) {
    // Titles a table does not hold (a pack compiled before titles were filed as names).
    for (Index i = 0; i < content.stages.size(); ++i) {
      if (same_text(content.stages[i].title, typed)) add_node(target.nodes, NodeRef{NodeKind::stage, i});
    }
    for (Index i = 0; i < content.tracks.size(); ++i) {
      if (same_text(content.tracks[i].title, typed)) add_node(target.nodes, NodeRef{NodeKind::track, i});
    }
  }
  if (!target.nodes.empty()) {
    target.label = node_title(content, target.nodes.front());
    return target;
  }
  target.by_role = true;
  for (Index i = 0; i < content.stages.size(); ++i) {
    for (const auto& role : content.stages[i].roles) {
      if (!same_text(role, typed)) continue;
      if (target.label.empty()) target.label = role;
      add_node(target.nodes, NodeRef{NodeKind::stage, i});
    }
  }
  for (Index i = 0; i < content.tracks.size(); ++i) {
    for (const auto& role : content.tracks[i].roles) {
      if (!same_text(role, typed)) continue;
      if (target.label.empty()) target.label = role;
      add_node(target.nodes, NodeRef{NodeKind::track, i});
    }
  }
  // Other titles of a track's occupations (O*NET alternate titles) name it only when no role does.
  if (target.nodes.empty()) {
    for (Index i = 0; i < content.tracks.size(); ++i) {
      for (const auto& alias : content.tracks[i].role_aliases) {
        if (!same_text(alias, typed)) continue;
        if (target.label.empty()) target.label = alias;
        add_node(target.nodes, NodeRef{NodeKind::track, i});
      }
    }
  }
  if (target.nodes.empty()) return std::nullopt;
  return target;
}

std::vector<std::string> route_target_names(const Content& content) {
  std::vector<std::string> names;
  const auto add = [&](std::string_view name) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.emplace_back(name);
  };
  for (const auto& s : content.stages) add(s.id);
  for (const auto& t : content.tracks) add(t.id);
  for (const auto& t : content.transitions) add(t.id);
  for (const auto& s : content.stages) {
    for (const auto& role : s.roles) add(role);
  }
  for (const auto& t : content.tracks) {
    for (const auto& role : t.roles) add(role);
  }
  for (const auto& t : content.tracks) {
    for (const auto& alias : t.role_aliases) add(alias);
  }
  return names;
}

}  // namespace careerplan
