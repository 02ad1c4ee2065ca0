#pragma once
// What the parts of the résumé reader share: the file being read, the profile being built, and
// lenient accessors (a JSON Resume may hold any extra key; only a wrong type is an error).
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/load/yaml_read.hpp"
#include "careerplan/model/profile.hpp"

namespace careerplan {

inline constexpr std::size_t k_max_resume_list = 1000;  // entries read from one résumé list

struct ResumeContext {
  const YamlReader& reader;
  const Content& content;
  std::chrono::sys_days as_of;
  Profile& profile;
  ResumeFacts& facts;
  std::vector<Index> work_skills;  // skills named in the text of IT positions: evidence for estimates

  // The mapping's value for `key`, or nullptr when absent or null.
  static const yaml::Node* member(const yaml::Node& map, std::string_view key);
  // The text at `n`; nullopt without a word when absent, with an error when not a text value.
  [[nodiscard]] std::optional<std::string> text(const yaml::Node* n, std::string_view field) const;
  // The list at `n` (at most k_max_resume_list items read, with a warning beyond); nullptr when
  // absent, with an error when not a list.
  [[nodiscard]] const yaml::Node* list(const yaml::Node* n, std::string_view field) const;
  // A warning: odd but usable input, printed and kept in the facts.
  void warn(const yaml::Node& at, std::string message) const;
  // How many items of a list to read: all of them up to the limit.
  static std::size_t readable(const yaml::Node& list) { return std::min(list.items.size(), k_max_resume_list); }
};

// work[]: positions, IT or other, and years of IT experience (resume_work.cpp).
void read_work(ResumeContext& ctx, const yaml::Node* work);

// skills[]: names and keywords through the content's skill aliases, with levels (resume_skills.cpp).
void read_skills(ResumeContext& ctx, const yaml::Node* skills);

// What made a position IT work ("its title matches the role 'Help Desk Technician'"), or "" when
// nothing did (resume_work.cpp).
std::string it_evidence(const Content& content, std::string_view title, std::string_view text);

}  // namespace careerplan
