#include "careerplan/model/model.hpp"

#include <array>

namespace careerplan {

namespace {
constexpr std::array<std::string_view, 6> k_education_names = {"none",     "high-school", "associate",
                                                                "bachelor", "master",      "doctorate"};
constexpr std::array<std::string_view, 3> k_category_names = {"technical", "process", "soft"};
constexpr std::array<std::string_view, 4> k_grade_names = {"", "A", "A-data", "B"};
// Indexed by ExamFactKind: the YAML key, then the label people read.
constexpr std::array<std::array<std::string_view, 2>, 11> k_exam_facts = {{
    {"exam_codes", "exam codes"},
    {"questions", "questions"},
    {"minutes", "minutes"},
    {"passing_score", "passing score"},
    {"prerequisites", "prerequisites"},
    {"performance_based", "hands-on items"},
    {"launched", "launched"},
    {"validated_for", "validated for"},
    {"renamed", "renamed"},
    {"successor", "successor"},
    {"renewal", "renewal"},
}};
}  // namespace

Location Content::locate(const FilePos& p) const {
  if (p.file >= files.size()) return Location{{}, p.line, p.column};
  return Location{std::string(files[p.file]), p.line, p.column};
}

std::uint32_t Content::file_index(std::string_view file_name) {
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i] == file_name) return static_cast<std::uint32_t>(i);
  }
  files.push_back(keep(std::string(file_name)));
  return static_cast<std::uint32_t>(files.size() - 1);
}

std::string_view Content::keep(std::string s) {
  if (!text) text = std::make_shared<TextStore>();
  return text->strings.emplace_back(std::move(s));
}

std::vector<std::string> to_strings(const std::vector<std::string_view>& views) {
  return {views.begin(), views.end()};
}

std::optional<Education> education_from_name(std::string_view name) {
  for (std::size_t i = 0; i < k_education_names.size(); ++i) {
    if (k_education_names[i] == name) return static_cast<Education>(i);
  }
  return std::nullopt;
}

std::string_view education_name(Education e) { return k_education_names[static_cast<std::size_t>(e)]; }

std::vector<std::string> education_names() { return {k_education_names.begin(), k_education_names.end()}; }

std::string_view category_name(SkillCategory c) { return k_category_names[static_cast<std::size_t>(c)]; }

std::string_view grade_name(Grade g) { return k_grade_names[static_cast<std::size_t>(g)]; }

std::optional<Grade> grade_from_name(std::string_view name) {
  for (std::size_t i = 1; i < k_grade_names.size(); ++i) {
    if (k_grade_names[i] == name) return static_cast<Grade>(i);
  }
  return std::nullopt;
}

std::string_view exam_fact_name(ExamFactKind k) { return k_exam_facts[static_cast<std::size_t>(k)][0]; }

std::string_view exam_fact_label(ExamFactKind k) { return k_exam_facts[static_cast<std::size_t>(k)][1]; }

std::optional<ExamFactKind> exam_fact_from_name(std::string_view name) {
  for (std::size_t i = 0; i < k_exam_facts.size(); ++i) {
    if (k_exam_facts[i][0] == name) return static_cast<ExamFactKind>(i);
  }
  return std::nullopt;
}

std::vector<std::string> exam_fact_names() {
  std::vector<std::string> out;
  for (const auto& f : k_exam_facts) out.emplace_back(f[0]);
  return out;
}

std::string_view difficulty_name(Difficulty d) {
  switch (d) {
    case Difficulty::beginner: return "beginner";
    case Difficulty::intermediate: return "intermediate";
    case Difficulty::advanced: return "advanced";
  }
  return "beginner";
}

}  // namespace careerplan
