#include "careerplan/render/render_resume.hpp"

#include <fmt/format.h>

#include <cmath>

#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"
#include "careerplan/render/markdown.hpp"

namespace careerplan {

namespace {

constexpr std::size_t k_shown_unrecognised = 12;  // the rest are counted, so a long list stays readable

std::string years(double y) { return fmt::format("{:.1f} year{}", y, y == 1.0 ? "" : "s"); }

// The note's lines, shared by text and Markdown: (label, text) pairs and list items.
struct NoteLines {
  std::vector<std::string> facts;
  std::vector<std::string> estimated;
  std::vector<std::string> unrecognised;
  std::size_t more_unrecognised = 0;
};

NoteLines note_lines(const Content& c, const Profile& p) {
  const ResumeFacts& f = *p.resume;
  NoteLines n;
  int it = 0;
  for (const auto& pos : f.positions) it += pos.it ? 1 : 0;
  n.facts.push_back(fmt::format("IT experience: {} from {} position{} (open-ended ones counted to {})",
                                years(p.years_experience), it, it == 1 ? "" : "s", f.as_of));
  for (const auto& pos : f.positions) {
    if (pos.it) n.facts.push_back(fmt::format("  IT: {}, {} ({})", pos.title, pos.period, pos.why));
  }
  if (f.other_years > 0) {
    n.facts.push_back(fmt::format("Other experience: {}, not counted as IT experience", years(f.other_years)));
    for (const auto& pos : f.positions) {
      if (!pos.it) n.facts.push_back(fmt::format("  other: {}, {}", pos.title, pos.period));
    }
  }
  n.facts.push_back(f.education_from.empty()
                        ? std::string("Education: none recognised")
                        : fmt::format("Education: {} (from {})", education_name(p.education), f.education_from));
  for (std::size_t i = 0; i < p.skills.size() && i < f.skill_origins.size(); ++i) {
    if (!f.skill_origins[i].estimated) continue;
    n.estimated.push_back(fmt::format("{} {} (from {})", c.skills[p.skills[i].skill].name, p.skills[i].level,
                                      f.skill_origins[i].from));
  }
  for (std::size_t i = 0; i < f.unrecognised.size(); ++i) {
    if (i < k_shown_unrecognised) {
      n.unrecognised.push_back(f.unrecognised[i]);
    } else {
      ++n.more_unrecognised;
    }
  }
  return n;
}

}  // namespace

std::string render_resume_note_text(const Content& content, const Profile& profile, const TextStyle& style) {
  if (!profile.resume) return {};
  const NoteLines n = note_lines(content, profile);
  std::string out = "\n" + paint("Read from your résumé", Emphasis::heading, style) + "\n";
  // Lines wrap to the terminal with a hanging indent; nested lines ("  IT: ...") two columns deeper.
  const auto line = [&](std::string_view indent, const std::string& text) {
    const bool nested = text.starts_with("  ");
    const std::string prefix = std::string(indent) + (nested ? "  " : "");
    append_hanging(out, prefix, terminal_line(nested ? std::string_view(text).substr(2) : std::string_view(text)), style.width);
  };
  for (const auto& l : n.facts) line("  ", l);
  if (!n.estimated.empty()) {
    line("  ", "Levels estimated from your résumé (it states none; correct them with 'careerplan import'):");
    for (const auto& l : n.estimated) line("    ", l);
  }
  if (!n.unrecognised.empty()) {
    line("  ", "Not recognised (normal for a résumé; see docs/resume.md):");
    for (const auto& l : n.unrecognised) line("    ", l);
    if (n.more_unrecognised > 0) line("    ", fmt::format("... and {} more", n.more_unrecognised));
  }
  return out;
}

std::string render_resume_note_markdown(const Content& content, const Profile& profile) {
  if (!profile.resume) return {};
  const NoteLines n = note_lines(content, profile);
  std::string out = "\n## Read from your résumé\n\n";
  for (const auto& line : n.facts) {
    const bool nested = line.starts_with("  ");
    out += (nested ? "  - " : "- ") + markdown_escape(nested ? std::string_view(line).substr(2) : std::string_view(line)) + "\n";
  }
  if (!n.estimated.empty()) {
    out += "\nLevels estimated from your résumé (it states none):\n\n";
    for (const auto& line : n.estimated) out += "- " + markdown_escape(line) + "\n";
  }
  if (!n.unrecognised.empty()) {
    out += "\nNot recognised (normal for a résumé):\n\n";
    for (const auto& line : n.unrecognised) out += "- " + markdown_escape(line) + "\n";
    if (n.more_unrecognised > 0) out += fmt::format("- ... and {} more\n", n.more_unrecognised);
  }
  return out;
}

void write_resume_json(JsonWriter& out, const Content& content, const Profile& profile) {
  if (!profile.resume) return;
  const ResumeFacts& f = *profile.resume;
  out.key("resume").begin_object();
  out.key("as_of").value(f.as_of);
  out.key("it_years").value(profile.years_experience);
  out.key("other_years").value(f.other_years);
  out.key("positions").begin_array();
  for (const auto& pos : f.positions) {
    out.begin_object();
    out.key("title").value(pos.title);
    out.key("period").value(pos.period);
    out.key("years").value(std::round(pos.years * 10) / 10);
    out.key("it").value(pos.it);
    out.key("why").value(pos.why);
    out.end_object();
  }
  out.end_array();
  out.key("education_from").value(f.education_from);
  out.key("skills").begin_array();
  for (std::size_t i = 0; i < profile.skills.size() && i < f.skill_origins.size(); ++i) {
    out.begin_object();
    out.key("id").value(content.skills[profile.skills[i].skill].id);
    out.key("level").value(profile.skills[i].level);
    out.key("estimated").value(f.skill_origins[i].estimated);
    out.key("from").value(f.skill_origins[i].from);
    out.end_object();
  }
  out.end_array();
  out.key("certifications").begin_array();
  for (std::size_t i = 0; i < profile.certifications.size() && i < f.cert_origins.size(); ++i) {
    out.begin_object();
    out.key("id").value(content.certifications[profile.certifications[i].cert].id);
    out.key("from").value(f.cert_origins[i].from);
    out.end_object();
  }
  out.end_array();
  out.key("unrecognised").begin_array();
  for (const auto& u : f.unrecognised) out.value(u);
  out.end_array();
  out.key("warnings").begin_array();
  for (const auto& w : f.warnings) out.value(w.message);
  out.end_array();
  out.end_object();
}

}  // namespace careerplan
