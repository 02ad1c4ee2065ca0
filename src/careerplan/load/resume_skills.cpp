// skills[]: names and keywords through the content's skill aliases, with levels from words or a
// conservative estimate.
#include <fmt/format.h>

#include <algorithm>

#include "careerplan/base/text.hpp"
#include "careerplan/load/resume_names.hpp"
#include "careerplan/load/resume_read.hpp"

namespace careerplan {

namespace {

// A résumé that names a skill without a level shows at least awareness (1); naming it in the text
// of an IT position as well shows routine use (2). Nothing higher is ever guessed.
constexpr int k_estimate_named = 1;
constexpr int k_estimate_used_at_work = 2;

class SkillReader {
public:
  explicit SkillReader(ResumeContext& ctx) : m_x(ctx) {}

  void entry(const yaml::Node& item, std::size_t i) {
    const std::string path = fmt::format("skills[{}]", i);
    if (!m_x.reader.expect(item, yaml::NodeKind::map, path)) return;
    std::optional<int> stated;
    std::string level_text;
    if (auto level = m_x.text(ResumeContext::member(item, "level"), path + ".level")) {
      stated = level_from_word(*level);
      level_text = *level;
      if (!stated) {
        m_x.facts.unrecognised.push_back(
            fmt::format("{}.level '{}' (not a level word careerplan knows; levels estimated)", path, terminal_line(*level)));
      }
    }
    const auto* name_node = ResumeContext::member(item, "name");
    if (auto name = m_x.text(name_node, path + ".name")) candidate(*name_node, *name, path + ".name", stated, level_text);
    if (const auto* keywords = m_x.list(ResumeContext::member(item, "keywords"), path + ".keywords")) {
      for (std::size_t j = 0; j < ResumeContext::readable(*keywords); ++j) {
        const auto& k = keywords->items[j];
        const std::string kpath = fmt::format("{}.keywords[{}]", path, j);
        if (auto word = m_x.text(&k, kpath)) candidate(k, *word, kpath, stated, level_text);
      }
    }
  }

private:
  void candidate(const yaml::Node& at, const std::string& name, const std::string& path, std::optional<int> stated,
                 const std::string& level_text) {
    const auto found = find_skill(m_x.content, name);
    if (!found) {
      m_x.facts.unrecognised.push_back(fmt::format("{} '{}'", path, terminal_line(name)));
      return;
    }
    const Index skill = *found;
    const bool estimated = !stated;
    int level = stated.value_or(k_estimate_named);
    std::string from = fmt::format("{} '{}'", path, terminal_line(name));
    if (stated) {
      from += fmt::format(", level '{}'", terminal_line(level_text));
    } else if (std::find(m_x.work_skills.begin(), m_x.work_skills.end(), skill) != m_x.work_skills.end()) {
      level = k_estimate_used_at_work;
      from += ", also named in an IT position";
    }
    auto& skills = m_x.profile.skills;
    auto& origins = m_x.facts.skill_origins;
    for (std::size_t k = 0; k < skills.size(); ++k) {
      if (skills[k].skill != skill) continue;
      // A stated level beats an estimate; between two of a kind the higher one stands.
      const bool better = (origins[k].estimated && !estimated) ||
                          (origins[k].estimated == estimated && level > skills[k].level);
      if (better) {
        skills[k].level = level;
        origins[k] = ResumeOrigin{std::move(from), estimated};
      }
      return;
    }
    skills.push_back(ProfileSkill{skill, level, m_x.reader.at(at)});
    origins.push_back(ResumeOrigin{std::move(from), estimated});
  }

  ResumeContext& m_x;
};

}  // namespace

void read_skills(ResumeContext& ctx, const yaml::Node* skills) {
  const auto* list = ctx.list(skills, "skills");
  if (list == nullptr) return;
  SkillReader reader(ctx);
  for (std::size_t i = 0; i < ResumeContext::readable(*list); ++i) reader.entry(list->items[i], i);
}

}  // namespace careerplan
