#include "careerplan/render/starter_profile.hpp"

#include <fmt/format.h>

#include "careerplan/base/text.hpp"

namespace careerplan {

namespace {

std::string schema_line(std::string_view schema) {
  return schema.empty() ? std::string() : fmt::format("# yaml-language-server: $schema={}\n", schema);
}

// An id of the pack to show in a commented example, or a placeholder for an empty section.
template <typename T>
std::string example_id(const std::vector<T>& items, std::size_t preferred) {
  if (items.empty()) return "ID";
  return std::string(items[std::min(preferred, items.size() - 1)].id);
}

std::string one_line(std::string_view s) {
  std::string out = escape_controls(s);
  for (auto& ch : out) {
    if (ch == '\n' || ch == '\t') ch = ' ';
  }
  return out;
}

}  // namespace

std::string yaml_quoted(std::string_view text) {
  std::string out = "\"";
  for (const char ch : text) {
    const auto byte = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (byte < 0x20 || byte == 0x7f) {
      out += fmt::format("\\x{:02x}", byte);
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

std::string starter_profile(const Content& c, std::string_view schema) {
  std::string out = schema_line(schema);
  out += fmt::format(R"(# A careerplan profile: where you stand, what you can do, and where you want to go.
# Every key is optional. Fill it in, then:
#   careerplan validate profile.yaml     checks it and points at any mistake
#   careerplan recommend profile.yaml    shows the tracks that fit you and your next steps
# Ids and aliases come from the content pack; list them with careerplan stages, skills, certs, tracks.

name: "Your Name"
years_experience: 0        # years of IT experience; decimals allowed, e.g. 1.5
education: none            # none | high-school | associate | bachelor | master | doctorate

# Where you are on the ladder (careerplan stages). Leave it out and careerplan infers it.
# current_stage: {stage}

# Your skills, each rated 1 to 5. See what each level looks like: careerplan skills show ID
skills:
  {skill1}: 1
  # {skill2}: 2

# Certifications you hold, by id or alias (careerplan certs), optionally with the year earned.
certifications: []
# certifications: [{cert1}, {{id: {cert2}, year: 2021}}]

goals:
  # tracks: [{track}]      # tracks you aim at, best first (careerplan tracks)
  # stage: {next_stage}    # the stage you aim at next
  hours_per_week: 5        # hours a week you can spend learning
)",
                     fmt::arg("stage", example_id(c.stages, 1)), fmt::arg("skill1", example_id(c.skills, 0)),
                     fmt::arg("skill2", example_id(c.skills, 1)), fmt::arg("cert1", example_id(c.certifications, 0)),
                     fmt::arg("cert2", example_id(c.certifications, 1)), fmt::arg("track", example_id(c.tracks, 0)),
                     fmt::arg("next_stage", example_id(c.stages, 2)));
  return out;
}

std::string answers_profile(const Content& c, const ProfileAnswers& a, std::string_view schema) {
  std::string out = schema_line(schema);
  out += "# Written by careerplan init --interactive. Edit it freely, then:\n"
         "#   careerplan recommend THIS-FILE\n\n";
  if (!a.name.empty()) out += fmt::format("name: {}\n", yaml_quoted(a.name));
  out += fmt::format("years_experience: {}\n", a.years_experience);
  if (a.education) out += fmt::format("education: {}\n", education_name(*a.education));
  if (a.current_stage) {
    out += fmt::format("current_stage: {}\n", c.stages[*a.current_stage].id);
  } else {
    out += "# current_stage: left out, so careerplan infers it (careerplan stages lists them)\n";
  }
  if (a.skills.empty()) {
    out += "skills: {}\n";
  } else {
    out += "skills:\n";
    for (const auto& s : a.skills) {
      const Skill& skill = c.skills[s.skill];
      out += fmt::format("  {}: {}  # {}\n", skill.id, s.level,
                         one_line(skill.levels[static_cast<std::size_t>(s.level - 1)]));
    }
  }
  if (a.certifications.empty()) {
    out += "certifications: []\n";
  } else {
    out += "certifications:\n";
    for (Index i : a.certifications) {
      out += fmt::format("  - {}  # {}\n", c.certifications[i].id, one_line(c.certifications[i].name));
    }
  }
  out += "goals:\n";
  if (!a.target_tracks.empty()) {
    out += "  tracks:\n";
    for (Index i : a.target_tracks) out += fmt::format("    - {}  # {}\n", c.tracks[i].id, one_line(c.tracks[i].title));
  }
  out += fmt::format("  hours_per_week: {}\n", a.hours_per_week);
  return out;
}

}  // namespace careerplan
