#include "careerplan/load/resume_loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "careerplan/base/calendar.hpp"
#include "careerplan/base/text.hpp"
#include "careerplan/load/resume_dates.hpp"
#include "careerplan/load/resume_names.hpp"
#include "careerplan/load/resume_read.hpp"

namespace careerplan {

namespace {

// Keys only a JSON Resume has at its top level (education and skills are shared with profiles).
// `$schema` and `meta` are not among them: the job schema has them too.
constexpr std::array<std::string_view, 10> k_resume_keys{"basics",       "work",      "volunteer", "awards",
                                                         "certificates", "publications", "languages", "interests",
                                                         "references",   "projects"};

std::string quoted(std::string_view s) { return fmt::format("'{}'", terminal_line(s)); }

class ResumeReader {
public:
  explicit ResumeReader(ResumeContext& ctx) : m_x(ctx) {}

  void read(const yaml::Node& root) {
    if (const auto* basics = ResumeContext::member(root, "basics")) {
      if (m_x.reader.expect(*basics, yaml::NodeKind::map, "basics")) {
        m_x.profile.name = m_x.text(ResumeContext::member(*basics, "name"), "basics.name").value_or("");
      }
    }
    const auto* work = ResumeContext::member(root, "work");
    read_work(m_x, work);
    education(ResumeContext::member(root, "education"));
    const auto* skills = ResumeContext::member(root, "skills");
    read_skills(m_x, skills);
    certificates(ResumeContext::member(root, "certificates"));
    if (work == nullptr || (work->is_sequence() && work->items.empty())) {
      m_x.warn(work != nullptr ? *work : root, "the résumé lists no work: years of IT experience are 0");
    }
    if (skills == nullptr || (skills->is_sequence() && skills->items.empty())) {
      m_x.warn(skills != nullptr ? *skills : root, "the résumé lists no skills: the plan starts every skill from nothing");
    }
  }

private:
  // The highest finished degree: one whose endDate is not after the plan's start.
  void education(const yaml::Node* n) {
    const auto* list = m_x.list(n, "education");
    if (list == nullptr) return;
    std::optional<Education> best;
    for (std::size_t i = 0; i < ResumeContext::readable(*list); ++i) {
      const auto& item = list->items[i];
      const std::string path = fmt::format("education[{}]", i);
      if (!m_x.reader.expect(item, yaml::NodeKind::map, path)) continue;
      const auto* type_node = ResumeContext::member(item, "studyType");
      auto type = m_x.text(type_node, path + ".studyType");
      if (!type) continue;
      auto level = education_from_degree(*type);
      if (!level) {
        m_x.facts.unrecognised.push_back(fmt::format("{}.studyType {} (not a degree careerplan knows)", path, quoted(*type)));
        continue;
      }
      const auto* end_node = ResumeContext::member(item, "endDate");
      if (auto end = m_x.text(end_node, path + ".endDate")) {
        auto date = parse_resume_date(*end);
        if (!date) {
          m_x.reader.error(*end_node, fmt::format("{}.endDate must be a date like 2019, 2019-03 or 2019-03-15, found {}", path,
                                                  quoted(*end)));
          continue;
        }
        if (date->first > m_x.as_of) {
          m_x.facts.unrecognised.push_back(
              fmt::format("{}.studyType {} (ends {}, after {}: in progress, not counted)", path, quoted(*type), *end,
                          m_x.facts.as_of));
          continue;
        }
      }
      if (!best || *level > *best) {
        best = level;
        m_x.facts.education_from = fmt::format("{}.studyType {}", path, quoted(*type));
      }
    }
    if (best) m_x.profile.education = *best;
  }

  void certificates(const yaml::Node* n) {
    const auto* list = m_x.list(n, "certificates");
    if (list == nullptr) return;
    for (std::size_t i = 0; i < ResumeContext::readable(*list); ++i) {
      const auto& item = list->items[i];
      const std::string path = fmt::format("certificates[{}]", i);
      if (!m_x.reader.expect(item, yaml::NodeKind::map, path)) continue;
      const auto* name_node = ResumeContext::member(item, "name");
      auto name = m_x.text(name_node, path + ".name");
      if (!name) continue;
      std::optional<int> year;
      const auto* date_node = ResumeContext::member(item, "date");
      if (auto text = m_x.text(date_node, path + ".date")) {
        auto date = parse_resume_date(*text);
        if (!date) {
          m_x.reader.error(*date_node, fmt::format("{}.date must be a date like 2019, 2019-03 or 2019-03-15, found {}", path,
                                                   quoted(*text)));
          continue;
        }
        if (date->first > m_x.as_of) {
          m_x.warn(*date_node, fmt::format("{} {} is dated {}, after {}: not counted as held", path, quoted(*name), *text,
                                           m_x.facts.as_of));
          continue;
        }
        const int y = static_cast<int>(std::chrono::year_month_day{date->first}.year());
        if (y < k_min_cert_year || y > k_max_cert_year) {
          m_x.reader.error(*date_node, fmt::format("{}.date must be a year from {} to {}, found {}", path,
                                                   k_min_cert_year, k_max_cert_year, quoted(*text)));
          continue;
        }
        year = y;
      }
      const auto found = find_cert(m_x.content, *name);
      if (!found) {
        m_x.facts.unrecognised.push_back(fmt::format("{}.name {}", path, quoted(*name)));
        continue;
      }
      const Index index = *found;
      auto& certs = m_x.profile.certifications;
      if (std::any_of(certs.begin(), certs.end(), [&](const ProfileCert& c) { return c.cert == index; })) continue;
      certs.push_back(ProfileCert{index, year, m_x.reader.at(*name_node)});
      m_x.facts.cert_origins.push_back(ResumeOrigin{fmt::format("{}.name {}", path, quoted(*name)), false});
    }
  }

  ResumeContext& m_x;
};

}  // namespace

const yaml::Node* ResumeContext::member(const yaml::Node& map, std::string_view key) {
  if (!map.is_map()) return nullptr;
  for (const auto& e : map.entries) {
    if (e.key == key) return e.value.is_null() ? nullptr : &e.value;
  }
  return nullptr;
}

std::optional<std::string> ResumeContext::text(const yaml::Node* n, std::string_view field) const {
  if (n == nullptr) return std::nullopt;
  return reader.text(*n, field);
}

const yaml::Node* ResumeContext::list(const yaml::Node* n, std::string_view field) const {
  if (n == nullptr || !reader.expect(*n, yaml::NodeKind::sequence, field)) return nullptr;
  if (n->items.size() > k_max_resume_list) {
    warn(*n, fmt::format("{} lists {} entries; only the first {} are read", field, n->items.size(), k_max_resume_list));
  }
  return n;
}

void ResumeContext::warn(const yaml::Node& at, std::string message) const {
  facts.warnings.push_back(Diagnostic{reader.at(at), std::move(message), {}});
}

bool is_resume(const yaml::Node& root) {
  if (!root.is_map()) return false;
  return std::any_of(root.entries.begin(), root.entries.end(), [](const yaml::Entry& e) {
    return std::find(k_resume_keys.begin(), k_resume_keys.end(), e.key) != k_resume_keys.end();
  });
}

Profile load_resume(const yaml::Node& root, const std::string& file_name, const Content& content,
                    std::chrono::sys_days as_of) {
  Diagnostics diags;
  YamlReader reader(file_name, diags);
  Profile profile;
  profile.file = file_name;
  auto facts = std::make_shared<ResumeFacts>();
  facts->as_of = iso_day(as_of);
  ResumeContext ctx{reader, content, as_of, profile, *facts, {}};
  ResumeReader(ctx).read(root);
  throw_if_any(diags);
  profile.resume = std::move(facts);
  return profile;
}

}  // namespace careerplan
