#include "interview.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "careerplan/base/suggest.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/base/text_table.hpp"

namespace careerplan::cli {

namespace {

constexpr double k_max_years = 70;
constexpr double k_min_hours = 0.5;  // the range --hours-per-week takes
constexpr double k_max_hours = 80;

std::string trimmed(std::string s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

std::vector<std::string> sorted_names(const IdTable& ids) {
  std::vector<std::string> names;
  for (const auto& [name, index] : ids) names.emplace_back(name);
  std::sort(names.begin(), names.end());
  return names;
}

class Interview {
public:
  Interview(const Content& c, std::istream& in, std::FILE* out, const TextStyle& style)
      : m_c(c), m_in(in), m_out(out), m_style(style) {}

  ProfileAnswers run() {
    ProfileAnswers a;
    say("careerplan init: a few questions for your profile. Press Enter to skip one, Ctrl-D to stop "
        "without writing anything.\n\n");
    a.name = ask("Your name: ");
    a.years_experience = ask_years();
    a.education = ask_education();
    a.current_stage = ask_stage();
    a.skills = ask_skills();
    a.certifications = ask_certs();
    a.target_tracks = ask_tracks();
    a.hours_per_week = ask_hours();
    return a;
  }

private:
  void say(std::string_view text) const {
    std::fwrite(text.data(), 1, text.size(), m_out);
    std::fflush(m_out);
  }

  std::string ask(std::string_view prompt) {
    say(prompt);
    std::string line;
    if (!std::getline(m_in, line)) {
      say("\n");
      throw Failure(ExitCode::usage, Location{}, "input ended before the last question; nothing was written");
    }
    return trimmed(escape_controls(line));
  }

  double ask_years() {
    for (;;) {
      const std::string answer = ask("Years of IT experience, e.g. 1.5 [0]: ");
      if (answer.empty()) return 0;
      if (auto v = parse_decimal_number(answer); v && *v >= 0 && *v <= k_max_years) return *v;
      say(fmt::format("  '{}' is not a number of years from 0 to {}.\n", answer, k_max_years));
    }
  }

  std::optional<Education> ask_education() {
    const std::vector<std::string> names = education_names();
    for (;;) {
      const std::string answer =
          ask(fmt::format("Highest education finished: {} (Enter: skip): ", fmt::join(names, ", ")));
      if (answer.empty()) return std::nullopt;
      if (auto e = education_from_name(lookup_key(answer))) return e;
      say(fmt::format("  '{}' is not one of: {}{}\n", answer, fmt::join(names, ", "), did_you_mean_suffix(lookup_key(answer), names)));
    }
  }

  // Target tracks by number, id or name, separated by commas (names may hold spaces).
  std::vector<Index> ask_tracks() {
    if (m_c.tracks.empty()) return {};
    say("\nThe tracks (specialisations):\n");
    TextTable table({"#", "ID", "TITLE"});
    for (Index i = 0; i < m_c.tracks.size(); ++i) {
      table.add_row({fmt::format("{}", i + 1), escape_controls(m_c.tracks[i].id), escape_controls(m_c.tracks[i].title)});
    }
    say(table.render(m_style.width));
    for (;;) {
      const std::string answer =
          ask("Tracks you aim at, best first: numbers, ids or titles separated by commas (Enter: the best fits): ");
      std::vector<Index> tracks;
      bool ok = true;
      std::size_t pos = 0;
      while (pos < answer.size()) {
        const std::size_t end = std::min(answer.find(',', pos), answer.size());
        const std::string word = trimmed(answer.substr(pos, end - pos));
        pos = end + 1;
        if (word.empty()) continue;
        std::optional<Index> found;
        if (auto n = parse_decimal(word); n && *n >= 1 && static_cast<std::size_t>(*n) <= m_c.tracks.size()) {
          found = static_cast<Index>(*n - 1);
        } else if (auto it = m_c.track_ids.find_name(word); it != m_c.track_ids.end()) {
          found = it->second;
        }
        if (!found) {
          say(fmt::format("  unknown track '{}'{}\n", word, did_you_mean_suffix(lookup_key(word), sorted_names(m_c.track_ids))));
          ok = false;
        } else if (std::find(tracks.begin(), tracks.end(), *found) == tracks.end()) {
          tracks.push_back(*found);
        }
      }
      if (ok) return tracks;
    }
  }

  double ask_hours() {
    for (;;) {
      const std::string answer = ask("\nHours a week you can spend learning [5]: ");
      if (answer.empty()) return 5;
      if (auto v = parse_decimal_number(answer); v && *v >= k_min_hours && *v <= k_max_hours) return *v;
      say(fmt::format("  '{}' is not a number of hours from {} to {}.\n", answer, k_min_hours, k_max_hours));
    }
  }

  std::optional<Index> ask_stage() {
    if (m_c.stages.empty()) return std::nullopt;
    say("\nThe stages of the ladder:\n");
    TextTable table({"#", "ID", "TITLE"});
    for (Index i = 0; i < m_c.stages.size(); ++i) {
      table.add_row({fmt::format("{}", i + 1), escape_controls(m_c.stages[i].id), escape_controls(m_c.stages[i].title)});
    }
    say(table.render(m_style.width));
    for (;;) {
      const std::string answer = ask("Your current stage, a number or an id (Enter: let careerplan infer it): ");
      if (answer.empty()) return std::nullopt;
      if (auto n = parse_decimal(answer); n && *n >= 1 && static_cast<std::size_t>(*n) <= m_c.stages.size()) {
        return static_cast<Index>(*n - 1);
      }
      if (auto it = m_c.stage_ids.find_name(answer); it != m_c.stage_ids.end()) return it->second;
      say(fmt::format("  unknown stage '{}'{}\n", answer, did_you_mean_suffix(answer, sorted_names(m_c.stage_ids))));
    }
  }

  std::vector<SkillLevel> ask_skills() {
    std::vector<SkillLevel> skills;
    say("\nThe skill catalogue:\n");
    TextTable table({"ID", "NAME", "CATEGORY"});
    for (const auto& s : m_c.skills) {
      table.add_row({escape_controls(s.id), escape_controls(s.name), std::string(category_name(s.category))});
    }
    say(table.render(m_style.width));
    for (;;) {
      const std::string answer = ask("\nAdd a skill, by id or alias (Enter when done): ");
      if (answer.empty()) return skills;
      auto it = m_c.skill_ids.find_name(answer);
      if (it == m_c.skill_ids.end()) {
        say(fmt::format("  unknown skill '{}'{}\n", answer, did_you_mean_suffix(answer, sorted_names(m_c.skill_ids))));
        continue;
      }
      const Skill& skill = m_c.skills[it->second];
      say(fmt::format("  {}: what each level looks like\n", escape_controls(skill.name)));
      for (int level = k_min_level; level <= k_max_level; ++level) {
        const std::string indent(7, ' ');
        const std::string text = wrap(escape_controls(skill.levels[static_cast<std::size_t>(level - 1)]), m_style.width, indent);
        say(fmt::format("    {}  {}\n", level, text.substr(indent.size())));
      }
      if (auto level = ask_level(skill)) {
        auto same = std::find_if(skills.begin(), skills.end(), [&](const SkillLevel& s) { return s.skill == it->second; });
        if (same != skills.end()) {
          same->level = *level;
        } else {
          skills.push_back(SkillLevel{it->second, *level});
        }
      }
    }
  }

  std::optional<int> ask_level(const Skill& skill) {
    for (;;) {
      const std::string answer = ask(fmt::format("  Your level in {} (1-5; Enter: skip): ", escape_controls(skill.name)));
      if (answer.empty()) return std::nullopt;
      if (auto v = parse_decimal(answer); v && *v >= k_min_level && *v <= k_max_level) return static_cast<int>(*v);
      say(fmt::format("  '{}' is not a level from 1 to 5.\n", answer));
    }
  }

  std::vector<Index> ask_certs() {
    say("\nThe certification catalogue:\n");
    TextTable table({"ID", "NAME"});
    for (const auto& cert : m_c.certifications) table.add_row({escape_controls(cert.id), escape_controls(cert.name)});
    say(table.render(m_style.width));
    for (;;) {
      std::string answer = ask("\nCertifications you hold, ids or aliases separated by spaces (Enter: none): ");
      std::replace(answer.begin(), answer.end(), ',', ' ');
      std::vector<Index> certs;
      bool ok = true;
      std::size_t pos = 0;
      while (pos < answer.size()) {
        const std::size_t end = std::min(answer.find(' ', pos), answer.size());
        const std::string word = answer.substr(pos, end - pos);
        pos = end + 1;
        if (word.empty()) continue;
        auto it = m_c.cert_ids.find_name(word);
        if (it == m_c.cert_ids.end()) {
          say(fmt::format("  unknown certification '{}'{}\n", word, did_you_mean_suffix(word, sorted_names(m_c.cert_ids))));
          ok = false;
        } else if (std::find(certs.begin(), certs.end(), it->second) == certs.end()) {
          certs.push_back(it->second);
        }
      }
      if (ok) return certs;
    }
  }

  const Content& m_c;
  std::istream& m_in;
  std::FILE* m_out;
  TextStyle m_style;
};

}  // namespace

ProfileAnswers interview(const Content& content, std::istream& in, std::FILE* out, const TextStyle& style) {
  return Interview(content, in, out, style).run();
}

}  // namespace careerplan::cli
