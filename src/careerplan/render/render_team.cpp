#include "careerplan/render/render_team.hpp"

#include <fmt/format.h>

#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"
#include "careerplan/render/markdown.hpp"
#include "careerplan/render/plan_format.hpp"

namespace careerplan {

namespace {

std::string terminal_text(std::string_view s) { return escape_controls(s); }

std::string names_text(const std::vector<std::string>& names, Escaper esc) {
  return names.empty() ? std::string("none") : list_text(names, esc);
}

std::string waiting_text(const std::vector<WaitingMember>& waiting, Escaper esc) {
  std::vector<std::string> parts;
  for (const auto& w : waiting) parts.push_back(fmt::format("{} ({})", esc(w.name), months_text(w.months)));
  return parts.empty() ? std::string("none") : fmt::format("{}", fmt::join(parts, ", "));
}

// Appends "\nTITLE\n" (bold on a terminal); built with += to keep GCC 12's -Wrestrict quiet.
void heading(std::string& out, std::string_view title, std::string_view note, const TextStyle& style) {
  out += '\n';
  out += paint(title, Emphasis::heading, style);
  out += note;
  out += '\n';
}

// Tables sit two spaces in under their heading, as in the plan report.
std::string indented(const std::string& block) {
  std::string out;
  std::size_t start = 0;
  while (start < block.size()) {
    const std::size_t end = block.find('\n', start);
    const std::size_t stop = end == std::string::npos ? block.size() : end + 1;
    out += "  ";
    out.append(block, start, stop - start);
    start = stop;
  }
  return out;
}

std::size_t table_width(const TextStyle& style) { return style.width > 2 ? style.width - 2 : style.width; }

std::string level_text(const TeamGap& g) { return fmt::format("{} of {}", number_text(g.average_have, 1), g.need); }

std::string more_gaps(const TeamSummary& t) {
  if (t.gaps.size() <= k_team_gaps_shown) return {};
  return fmt::format("  … and {} more (see --format json)\n", t.gaps.size() - k_team_gaps_shown);
}

}  // namespace

std::string render_team_text(const TeamSummary& t, const TextStyle& style) {
  std::string out = paint(fmt::format("Team of {} member{}", t.members.size(), t.members.size() == 1 ? "" : "s"),
                          Emphasis::heading, style);
  out += '\n';
  heading(out, "Tracks the team fits", "", style);
  TextTable tracks({"Track", "Best for", "Avg fit", "Members"});
  for (const auto& tr : t.tracks) {
    tracks.add_row({terminal_text(tr.title), std::to_string(tr.best_for), percent_text(tr.average_fit),
                    tr.members.empty() ? "" : list_text(tr.members, terminal_text)});
  }
  out += indented(tracks.render(table_width(style)));
  heading(out, "Most common gaps", " (skills below what a member's target tracks ask)", style);
  if (t.gaps.empty()) {
    out += "  none\n";
  } else {
    TextTable gaps({"Skill", "Members", "Avg level", "Who"});
    for (std::size_t i = 0; i < t.gaps.size() && i < k_team_gaps_shown; ++i) {
      const TeamGap& g = t.gaps[i];
      gaps.add_row({terminal_text(g.name), std::to_string(g.members), level_text(g), list_text(g.who, terminal_text)});
    }
    out += indented(gaps.render(table_width(style)));
    out += more_gaps(t);
  }
  heading(out, "Next stages", "", style);
  if (t.stages.empty()) out += "  none: every member is at the last stage\n";
  for (const auto& s : t.stages) {
    out += fmt::format("  {}\n    ready: {}\n    not yet: {}\n", terminal_text(s.title), names_text(s.ready, terminal_text),
                       waiting_text(s.not_ready, terminal_text));
  }
  heading(out, "Members", "", style);
  TextTable members({"Member", "Best track", "Fit", "Stage"});
  for (const auto& m : t.members) {
    members.add_row({terminal_text(m.name), terminal_text(m.best_track_title), percent_text(m.best_fit),
                     terminal_text(m.stage_title)});
  }
  out += indented(members.render(table_width(style)));
  return out;
}

std::string render_team_markdown(const TeamSummary& t) {
  const Escaper esc = markdown_escape;
  std::string out = fmt::format("# Team of {} member{}\n\n", t.members.size(), t.members.size() == 1 ? "" : "s");
  out += "## Tracks the team fits\n\n";
  MarkdownTable tracks({{"Track"}, {"Best fit for", Align::right}, {"Average fit", Align::right}, {"Members"}});
  for (const auto& tr : t.tracks) {
    tracks.add_row({esc(tr.title), std::to_string(tr.best_for), percent_text(tr.average_fit),
                    tr.members.empty() ? "" : list_text(tr.members, esc)});
  }
  out += tracks.render();
  out += "\n## Most common gaps\n\nSkills below the level a member's target tracks ask.\n\n";
  if (t.gaps.empty()) {
    out += "None.\n";
  } else {
    MarkdownTable gaps({{"Skill"}, {"Members", Align::right}, {"Average level, of needed"}, {"Who"}});
    for (std::size_t i = 0; i < t.gaps.size() && i < k_team_gaps_shown; ++i) {
      const TeamGap& g = t.gaps[i];
      gaps.add_row({esc(g.name), std::to_string(g.members), level_text(g), list_text(g.who, esc)});
    }
    out += gaps.render();
    if (const std::string more = more_gaps(t); !more.empty()) {
      out += '\n';
      out += more.substr(2, more.size() - 3);  // our own words and numbers: nothing to escape
      out += '\n';
    }
  }
  out += "\n## Next stages\n\n";
  if (t.stages.empty()) out += "None: every member is at the last stage.\n";
  for (const auto& s : t.stages) {
    out += fmt::format("- **{}**: ready: {}; not yet: {}\n", esc(s.title), names_text(s.ready, esc),
                       waiting_text(s.not_ready, esc));
  }
  out += "\n## Members\n\n";
  MarkdownTable members({{"Member"}, {"Best track"}, {"Fit", Align::right}, {"Stage"}});
  for (const auto& m : t.members) {
    members.add_row({esc(m.name), esc(m.best_track_title), percent_text(m.best_fit), esc(m.stage_title)});
  }
  out += members.render();
  return out;
}

nlohmann::ordered_json team_to_json(const TeamSummary& t) {
  using Json = nlohmann::ordered_json;
  Json out;
  out["schema_version"] = 1;
  out["members"] = Json::array();
  for (const auto& m : t.members) {
    Json next = Json::array();
    for (const auto& n : m.next_stages) {
      next.push_back(Json{{"id", n.id}, {"title", n.title}, {"ready", n.ready}, {"months", n.months}});
    }
    out["members"].push_back(Json{{"file", m.file},
                                  {"name", m.name},
                                  {"stage", m.stage_id},
                                  {"best_track", m.best_track_id},
                                  {"best_fit", round_to(m.best_fit, k_fit_decimals)},
                                  {"next_stages", std::move(next)}});
  }
  out["tracks"] = Json::array();
  for (const auto& tr : t.tracks) {
    out["tracks"].push_back(Json{{"id", tr.id},
                                 {"title", tr.title},
                                 {"best_for", tr.best_for},
                                 {"average_fit", round_to(tr.average_fit, k_fit_decimals)},
                                 {"members", tr.members}});
  }
  out["gaps"] = Json::array();
  for (const auto& g : t.gaps) {
    out["gaps"].push_back(Json{{"skill", g.id},
                               {"name", g.name},
                               {"members", g.members},
                               {"average_level", round_to(g.average_have, 2)},
                               {"need", g.need},
                               {"who", g.who}});
  }
  out["next_stages"] = Json::array();
  for (const auto& s : t.stages) {
    Json waiting = Json::array();
    for (const auto& w : s.not_ready) waiting.push_back(Json{{"name", w.name}, {"months", w.months}});
    out["next_stages"].push_back(Json{{"id", s.id}, {"title", s.title}, {"ready", s.ready}, {"not_ready", std::move(waiting)}});
  }
  return out;
}

}  // namespace careerplan
