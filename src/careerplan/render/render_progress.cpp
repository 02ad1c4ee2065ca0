#include "careerplan/render/render_progress.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"
#include "careerplan/render/markdown.hpp"
#include "careerplan/render/plan_format.hpp"

namespace careerplan {

namespace {

using Json = nlohmann::ordered_json;

// Content and profile text for one terminal line.
constexpr auto* term = &terminal_line;

std::string esc(std::string_view s) { return markdown_escape(s); }


std::string stage_text(const ProgressReport& r, Escaper e) {
  if (r.stage_before.stage == r.stage_after.stage) return fmt::format("{} (no change)", e(r.stage_after.title));
  return fmt::format("{} \u2192 {}", e(r.stage_before.title), e(r.stage_after.title));
}

std::string saved_text(const ProgressReport& r) {
  if (r.hours_saved.high <= 0) return "none yet: no step is newly done";
  return fmt::format("about {} h of learning ({}), {} at {}", number_text(r.hours_saved.mid(), 0), hours_text(r.hours_saved),
                     weeks_text(r.hours_saved.mid() / r.hours_per_week), hours_per_week_text(r.hours_per_week));
}

std::string step_text(const CompletedStep& s, Escaper e) {
  std::string hours = s.hours.high > 0 ? hours_text(s.hours) + (s.estimate ? ", estimate" : "") : "already held before";
  return fmt::format("{} ({}): {}", e(s.title), e(s.key), hours);
}

void indented(std::string& out, const std::string& rendered) {
  for (std::size_t pos = 0; pos < rendered.size();) {
    const std::size_t end = std::min(rendered.find('\n', pos), rendered.size());
    if (end > pos) out += "  ";
    out.append(rendered, pos, end - pos);
    out += '\n';
    pos = end + 1;
  }
}

}  // namespace

std::string render_progress_text(const ProgressReport& r, const TextStyle& style) {
  const std::size_t width = style.width > 2 ? style.width - 2 : 0;
  std::string out = paint(fmt::format("Progress for {}", term(r.name.empty() ? r.new_file : r.name)), Emphasis::heading, style);
  out += '\n';
  out += paint(fmt::format("{} \u2192 {}", term(r.old_file), term(r.new_file)), Emphasis::dim, style) + "\n";
  const auto heading = [&](std::string_view title) {
    out += '\n';
    out += paint(title, Emphasis::heading, style);
    out += '\n';
  };
  heading("Current stage");
  out += "  " + stage_text(r, term) + "\n";
  heading("Levels gained");
  if (r.levels.empty()) {
    out += "  none\n";
  } else {
    TextTable table({"Skill", "Before", "Now"});
    for (const auto& l : r.levels) table.add_row({term(l.name), std::to_string(l.before), std::to_string(l.after)});
    indented(out, table.render(width));
  }
  heading("Certifications gained");
  if (r.certifications.empty()) out += "  none\n";
  for (const auto& c : r.certifications) out += fmt::format("  - {}\n", term(c.name));
  heading("Steps completed");
  if (r.completed.empty()) out += "  none\n";
  for (const auto& s : r.completed) {
    // Wrapped under its own text, with the bullet on the first line only.
    std::string item = wrap(step_text(s, term), style.width > 4 ? style.width - 4 : 0, "    ");
    out += item.replace(0, 4, "  - ") + "\n";
  }
  if (!r.in_progress.empty()) {
    heading("In progress");
    for (const auto& key : r.in_progress) out += fmt::format("  - {}\n", term(key));
  }
  heading("Fit gained per target");
  if (r.fits.empty()) {
    out += "  no target tracks\n";
  } else {
    TextTable table({"Track", "Before", "Now", "Change"});
    for (const auto& f : r.fits) {
      table.add_row({term(f.title), percent_text(f.before), percent_text(f.after), fit_change_text(f.before, f.after)});
    }
    indented(out, table.render(width));
  }
  heading("Time saved");
  out += "  " + saved_text(r) + "\n";
  return out;
}

Json progress_to_json(const Content& content, const ProgressReport& r) {
  Json levels = Json::array();
  for (const auto& l : r.levels) levels.push_back(Json{{"id", l.id}, {"name", l.name}, {"before", l.before}, {"after", l.after}});
  Json certs = Json::array();
  for (const auto& c : r.certifications) certs.push_back(Json{{"id", c.id}, {"name", c.name}});
  Json fits = Json::array();
  for (const auto& f : r.fits) {
    fits.push_back(Json{{"id", f.id},
                        {"title", f.title},
                        {"before", round_to(f.before, k_fit_decimals)},
                        {"after", round_to(f.after, k_fit_decimals)},
                        {"change", round_to(f.after - f.before, k_fit_decimals)}});
  }
  Json steps = Json::array();
  for (const auto& s : r.completed) {
    steps.push_back(Json{{"key", s.key},
                         {"title", s.title},
                         {"hours", Json{{"low", round_to(s.hours.low, k_hours_decimals)}, {"high", round_to(s.hours.high, k_hours_decimals)}}},
                         {"estimate", s.estimate}});
  }
  Json out;
  out["schema_version"] = 1;
  out["pack"] = content.name;
  out["old"] = r.old_file;
  out["new"] = r.new_file;
  out["name"] = r.name;
  out["current_stage"] = Json{{"before", r.stage_before.id}, {"after", r.stage_after.id}};
  out["levels_gained"] = std::move(levels);
  out["certifications_gained"] = std::move(certs);
  out["steps_completed"] = std::move(steps);
  out["in_progress"] = r.in_progress;
  out["fit_gained"] = std::move(fits);
  out["hours_saved"] = Json{{"low", round_to(r.hours_saved.low, k_hours_decimals)},
                            {"high", round_to(r.hours_saved.high, k_hours_decimals)},
                            {"mid", round_to(r.hours_saved.mid(), k_hours_decimals)}};
  out["hours_per_week"] = round_to(r.hours_per_week, k_hours_decimals);
  out["weeks_saved"] = round_to(r.hours_saved.mid() / r.hours_per_week, k_weeks_decimals);
  return out;
}

std::string render_progress_markdown(const ProgressReport& r) {
  std::string out = fmt::format("# Progress: {}\n\n", esc(r.name.empty() ? r.new_file : r.name));
  out += fmt::format("- **Before:** {}\n- **Now:** {}\n- **Current stage:** {}\n- **Time saved:** {}\n",
                     esc(r.old_file), esc(r.new_file), stage_text(r, esc), saved_text(r));
  out += "\n## Levels gained\n\n";
  if (r.levels.empty()) {
    out += "None.\n";
  } else {
    MarkdownTable table({{"Skill", Align::left}, {"Before", Align::right}, {"Now", Align::right}});
    for (const auto& l : r.levels) table.add_row({esc(l.name), std::to_string(l.before), std::to_string(l.after)});
    out += table.render();
  }
  out += "\n## Certifications gained\n\n";
  if (r.certifications.empty()) out += "None.\n";
  for (const auto& c : r.certifications) out += fmt::format("- {}\n", esc(c.name));
  out += "\n## Steps completed\n\n";
  if (r.completed.empty()) out += "None.\n";
  for (const auto& s : r.completed) out += fmt::format("- [x] {}\n", step_text(s, esc));
  if (!r.in_progress.empty()) {
    out += "\n## In progress\n\n";
    for (const auto& key : r.in_progress) out += fmt::format("- [ ] {}\n", esc(key));
  }
  out += "\n## Fit gained per target\n\n";
  if (r.fits.empty()) {
    out += "No target tracks.\n";
  } else {
    MarkdownTable table({{"Track", Align::left}, {"Before", Align::right}, {"Now", Align::right}, {"Change", Align::left}});
    for (const auto& f : r.fits) {
      table.add_row({esc(f.title), percent_text(f.before), percent_text(f.after), fit_change_text(f.before, f.after)});
    }
    out += table.render();
  }
  return out;
}

}  // namespace careerplan
