#include "careerplan/load/job_loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "careerplan/base/text.hpp"
#include "careerplan/load/json_tree.hpp"
#include "careerplan/load/resume_loader.hpp"
#include "careerplan/load/resume_names.hpp"
#include "careerplan/load/resume_read.hpp"

namespace careerplan {

namespace {

// A skill the posting names without a level word is asked for at 2: routine work alone.
constexpr int k_default_job_level = 2;

struct LevelYears {
  std::string_view word;  // a name_key
  double years;
};

// Years a posting's `experience` word stands for when it gives no number (mentor judgement,
// in line with the ladder's stages: junior 1-2 years, mid-level 3, senior 5, lead 8).
constexpr std::array k_experience_words{
    LevelYears{"internship", 0}, LevelYears{"intern", 0},     LevelYears{"entry-level", 0}, LevelYears{"entry", 0},
    LevelYears{"graduate", 0},   LevelYears{"junior", 1},     LevelYears{"mid-level", 3},   LevelYears{"mid", 3},
    LevelYears{"intermediate", 3}, LevelYears{"senior", 5},   LevelYears{"lead", 8},        LevelYears{"staff", 8},
    LevelYears{"principal", 8},
};

// Keys of the job schema; a mapping with none of them is not a posting.
constexpr std::array<std::string_view, 8> k_job_keys{"title",       "company",          "skills",     "qualifications",
                                                     "experience", "responsibilities", "description", "type"};

std::string quoted(std::string_view s) { return fmt::format("'{}'", terminal_line(s)); }

class JobReader {
public:
  JobReader(ResumeContext& ctx, JobPosting& job) : m_x(ctx), m_job(job) {}

  void read(const yaml::Node& root) {
    m_job.title = m_x.text(ResumeContext::member(root, "title"), "title").value_or("");
    m_job.company = m_x.text(ResumeContext::member(root, "company"), "company").value_or("");
    skills(ResumeContext::member(root, "skills"));
    const auto* quals = m_x.list(ResumeContext::member(root, "qualifications"), "qualifications");
    const auto* resps = m_x.list(ResumeContext::member(root, "responsibilities"), "responsibilities");
    text_list(quals, "qualifications", true);
    text_list(resps, "responsibilities", false);
    if (auto d = m_x.text(ResumeContext::member(root, "description"), "description")) text_item(*d, "description", false);
    if (auto e = m_x.text(ResumeContext::member(root, "experience"), "experience")) experience(*e);
  }

private:
  void skills(const yaml::Node* n) {
    const auto* list = m_x.list(n, "skills");
    if (list == nullptr) return;
    for (std::size_t i = 0; i < ResumeContext::readable(*list); ++i) {
      const auto& item = list->items[i];
      const std::string path = fmt::format("skills[{}]", i);
      if (!m_x.reader.expect(item, yaml::NodeKind::map, path)) continue;
      std::optional<int> level;
      std::string level_text;
      if (auto l = m_x.text(ResumeContext::member(item, "level"), path + ".level")) {
        level = level_from_word(*l);
        level_text = *l;
        if (!level) m_job.unmatched.push_back(fmt::format("{}.level {} (not a level word careerplan knows)", path, quoted(*l)));
      }
      if (auto name = m_x.text(ResumeContext::member(item, "name"), path + ".name")) {
        named_skill(*name, path + ".name", level, level_text);
      }
      if (const auto* keywords = m_x.list(ResumeContext::member(item, "keywords"), path + ".keywords")) {
        for (std::size_t j = 0; j < ResumeContext::readable(*keywords); ++j) {
          const std::string kpath = fmt::format("{}.keywords[{}]", path, j);
          if (auto k = m_x.text(&keywords->items[j], kpath)) named_skill(*k, kpath, level, level_text);
        }
      }
    }
  }

  void named_skill(const std::string& name, const std::string& path, std::optional<int> level, const std::string& level_text) {
    const auto skill = find_skill(m_x.content, name);
    if (!skill) {
      m_job.unmatched.push_back(fmt::format("{} {}", path, quoted(name)));
      return;
    }
    std::string from = fmt::format("{} {}", path, quoted(name));
    if (level) from += fmt::format(", level {}", quoted(level_text));
    need(*skill, level.value_or(k_default_job_level), level.has_value(), std::move(from));
  }

  // A skill asked for twice is asked for at the higher level.
  void need(Index skill, int level, bool stated, std::string from) {
    for (auto& s : m_job.skills) {
      if (s.skill != skill) continue;
      if (level > s.level) s = JobSkillNeed{skill, level, stated, std::move(from)};
      return;
    }
    m_job.skills.push_back(JobSkillNeed{skill, level, stated, std::move(from)});
  }

  void text_list(const yaml::Node* list, std::string_view field, bool qualifications) {
    if (list == nullptr) return;
    for (std::size_t i = 0; i < ResumeContext::readable(*list); ++i) {
      const std::string path = fmt::format("{}[{}]", field, i);
      if (auto t = m_x.text(&list->items[i], path)) text_item(*t, path, qualifications);
    }
  }

  // Free text: skills and certifications it names, the years and degree it asks for.
  void text_item(const std::string& text, const std::string& path, bool qualifications) {
    const std::string from = fmt::format("{} {}", path, quoted(text));
    for (Index s : skills_in_text(m_x.content, text)) {
      const bool listed = std::any_of(m_job.skills.begin(), m_job.skills.end(), [&](const JobSkillNeed& n) { return n.skill == s; });
      if (!listed) need(s, k_default_job_level, false, from);
    }
    for (Index c : certs_in_text(m_x.content, text)) {
      const bool listed = std::any_of(m_job.certs.begin(), m_job.certs.end(), [&](const JobCertNeed& n) { return n.cert == c; });
      if (!listed) m_job.certs.push_back(JobCertNeed{c, from});
    }
    if (auto y = years_in_text(text); y && (!m_job.years || m_job.years_estimated || *y > *m_job.years)) {
      m_job.years = *y;
      m_job.years_estimated = false;
      m_job.years_from = from;
    }
    const std::string key = name_key(text);
    if (qualifications && contains_words(key, "degree")) {
      std::optional<Education> level;
      for (std::size_t at = 0; at < key.size() && !level;) {
        const std::size_t dash = std::min(key.size(), key.find('-', at));
        const std::string word = key.substr(at, dash - at);
        if (word.size() > 2) level = education_from_degree(word);  // "as" and "ma" are words too
        at = dash + 1;
      }
      if (level && (!m_job.education || *level > *m_job.education)) {
        m_job.education = level;
        m_job.education_from = from;
      }
    }
  }

  void experience(const std::string& text) {
    if (auto y = years_in_text(text); y && (!m_job.years || m_job.years_estimated)) {
      m_job.years = *y;
      m_job.years_estimated = false;
      m_job.years_from = fmt::format("experience {}", quoted(text));
      return;
    }
    if (m_job.years) return;
    const std::string key = name_key(text);
    for (const auto& w : k_experience_words) {
      if (key == w.word || key.starts_with(std::string(w.word) + "-")) {
        m_job.years = w.years;
        m_job.years_estimated = true;
        m_job.years_from = fmt::format("experience {} (a level word; careerplan reads it as {} years)", quoted(text), w.years);
        return;
      }
    }
  }

  ResumeContext& m_x;
  JobPosting& m_job;
};

bool is_job_key(const yaml::Entry& e) {
  return std::find(k_job_keys.begin(), k_job_keys.end(), e.key) != k_job_keys.end();
}

}  // namespace

JobPosting load_job(const TextFile& file, const Content& content) {
  const bool json = file.name.ends_with(".json");
  const yaml::Node root = json ? yaml::parse_json(file.text, file.name) : yaml::parse(file.text, file.name);
  Diagnostics diags;
  YamlReader reader(file.name, diags);
  JobPosting job;
  job.file = file.name;
  const Location top{file.name, root.line > 0 ? root.line : 1, root.column > 0 ? root.column : 1};
  if (!root.is_map()) {
    throw Failure(ExitCode::data, top, fmt::format("a job posting must be a mapping, found {}", yaml::describe(root)),
                  {"see the JSON Resume job schema: title, skills, qualifications, responsibilities (docs/resume.md)"});
  }
  if (is_resume(root)) {
    throw Failure(ExitCode::data, top, "file is a JSON Resume, not a job posting",
                  {"give the résumé first and the posting second: careerplan match RESUME JOB"});
  }
  if (std::none_of(root.entries.begin(), root.entries.end(), is_job_key)) {
    throw Failure(ExitCode::data, top, "file is not a job posting (it holds none of title, skills, qualifications, experience)",
                  {"see the JSON Resume job schema (docs/resume.md)"});
  }
  Profile unused;
  ResumeFacts facts;
  ResumeContext ctx{reader, content, {}, unused, facts, {}};
  JobReader(ctx, job).read(root);
  throw_if_any(diags);
  job.warnings = std::move(facts.warnings);
  return job;
}

}  // namespace careerplan
