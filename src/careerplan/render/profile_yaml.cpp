#include "careerplan/render/profile_yaml.hpp"

#include <fmt/format.h>

#include "careerplan/base/json_writer.hpp"
#include "careerplan/base/text.hpp"

namespace careerplan {

namespace {

constexpr std::size_t k_comment_column = 28;  // comments line up here when the value is shorter

// A YAML double-quoted scalar: JSON's string syntax is a subset of it.
std::string yaml_quoted(std::string_view s) {
  JsonWriter w(-1);
  w.value(s);
  return w.take();
}

// `line` with `# comment` beside it, the comment kept to one line and free of control bytes.
std::string with_comment(const std::string& line, std::string_view comment) {
  std::string out = line;
  out += out.size() < k_comment_column ? std::string(k_comment_column - out.size(), ' ') : std::string("  ");
  return out + "# " + terminal_line(comment) + "\n";
}

std::string comment_line(std::string_view indent, std::string_view text) {
  return fmt::format("{}# {}\n", indent, terminal_line(text));
}

}  // namespace

std::string render_profile_yaml(const Content& content, const Profile& p, std::string_view source_name) {
  const ResumeFacts* f = p.resume.get();
  std::string out;
  out += comment_line("", fmt::format("careerplan profile imported from {} (careerplan import){}.", source_name,
                                      f != nullptr ? fmt::format(", experience counted to {}", f->as_of) : ""));
  out += "# Each value says where it came from: correct a level and keep the file (docs/profile-format.md).\n";
  out += "# Levels: 1 aware, with guidance; 2 routine work alone; 3 unfamiliar problems alone;\n";
  out += "# 4 expert who designs and teaches; 5 sets direction.\n";
  if (!p.name.empty()) out += fmt::format("name: {}\n", yaml_quoted(escape_controls(p.name)));  // a control byte would not load back
  const std::string years = fmt::format("years_experience: {}", p.years_experience);
  out += f != nullptr ? with_comment(years, "IT work from " + f->years_from) : years + "\n";
  if (f != nullptr && f->other_years > 0) {
    out += comment_line("", fmt::format("other experience, not counted above: {} years", f->other_years));
    for (const auto& pos : f->positions) {
      if (!pos.it) out += comment_line("", fmt::format("  {}, {}", pos.title, pos.period));
    }
  }
  const std::string education = fmt::format("education: {}", education_name(p.education));
  if (f == nullptr) {
    out += education + "\n";
  } else {
    out += with_comment(education, f->education_from.empty() ? "no degree recognised in education[]" : "from " + f->education_from);
  }
  if (p.skills.empty()) {
    out += "skills: {}\n";
  } else {
    out += "skills:\n";
    for (std::size_t i = 0; i < p.skills.size(); ++i) {
      const std::string line = fmt::format("  {}: {}", content.skills[p.skills[i].skill].id, p.skills[i].level);
      if (f == nullptr || i >= f->skill_origins.size()) {
        out += line + "\n";
        continue;
      }
      const auto& o = f->skill_origins[i];
      out += with_comment(line, (o.estimated ? "estimated from your résumé: " : "from ") + o.from);
    }
  }
  if (!p.certifications.empty()) {
    out += "certifications:\n";
    for (std::size_t i = 0; i < p.certifications.size(); ++i) {
      const auto& c = p.certifications[i];
      const std::string_view id = content.certifications[c.cert].id;
      const std::string line = c.year ? fmt::format("  - {{id: {}, year: {}}}", id, *c.year) : fmt::format("  - {}", id);
      if (f == nullptr || i >= f->cert_origins.size()) {
        out += line + "\n";
      } else {
        out += with_comment(line, "from " + f->cert_origins[i].from);
      }
    }
  }
  out += "goals:\n";
  out += with_comment(fmt::format("  hours_per_week: {}", p.hours_per_week), "hours a week for learning");
  out += "  # tracks: [infrastructure-support]   # the tracks you aim at: careerplan tracks\n";
  if (f != nullptr && !f->unrecognised.empty()) {
    out += "# Not recognised in the résumé (left out; name a skill or certification by its id to add it):\n";
    for (const auto& u : f->unrecognised) out += comment_line("", "  " + u);
  }
  return out;
}

}  // namespace careerplan
