// work[]: which positions are IT work, and how many years of it (overlaps merged).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "careerplan/base/text.hpp"
#include "careerplan/load/resume_dates.hpp"
#include "careerplan/load/resume_names.hpp"
#include "careerplan/load/resume_read.hpp"

namespace careerplan {

namespace {

constexpr double k_max_years = 70;  // the profile's own limit on years_experience

// Words that name a job's grade or kind, not its field: "Help Desk Technician" is help-desk work.
constexpr std::array<std::string_view, 12> k_grade_words{"specialist", "technician", "analyst", "engineer",
                                                         "administrator", "manager", "lead", "team",
                                                         "junior", "senior", "associate", "officer"};

// Title words that say IT work where the content's role titles and skills do not (mentor judgement):
// a software engineer or web developer works in IT though no production-support role is named so.
constexpr std::array<std::string_view, 7> k_it_title_words{"it", "software", "developer", "programmer",
                                                           "sysadmin", "webmaster", "devops"};

// The field a role title names: its words without grade words at either end.
std::string role_field(std::string_view role) {
  std::string key = name_key(role);
  auto is_grade = [](std::string_view w) {
    return std::find(k_grade_words.begin(), k_grade_words.end(), w) != k_grade_words.end();
  };
  for (bool trimmed = true; trimmed && !key.empty();) {
    trimmed = false;
    const auto last = key.rfind('-');
    const std::string_view tail = last == std::string::npos ? std::string_view(key) : std::string_view(key).substr(last + 1);
    if (is_grade(tail) && last != std::string::npos) {
      key.resize(last);
      trimmed = true;
    }
    const auto first = key.find('-');
    if (first != std::string::npos && is_grade(std::string_view(key).substr(0, first))) {
      key.erase(0, first + 1);
      trimmed = true;
    }
  }
  return key;
}

std::string date_text(const std::optional<std::string>& s) { return s ? *s : std::string("now"); }

}  // namespace

std::string it_evidence(const Content& content, std::string_view title, std::string_view text) {
  const std::string title_key = name_key(title);
  auto role_match = [&](const std::vector<std::string_view>& roles) -> std::string {
    for (const auto& role : roles) {
      const std::string field = role_field(role);
      // The degree stage's "roles" (student, graduate) are not work.
      if (field.empty() || contains_words(field, "student") || contains_words(field, "graduate")) continue;
      if (contains_words(title_key, field)) return fmt::format("its title names {} work, as the role '{}' does", field, role);
    }
    return {};
  };
  for (const auto& stage : content.stages) {
    if (auto why = role_match(stage.roles); !why.empty()) return why;
  }
  for (const auto& track : content.tracks) {
    if (auto why = role_match(track.roles); !why.empty()) return why;
  }
  for (const auto& word : k_it_title_words) {
    if (contains_words(title_key, word)) return fmt::format("its title says '{}'", word);
  }
  auto technical = [&](std::string_view s) -> std::string {
    for (Index i : skills_in_text(content, s)) {
      if (content.skills[i].category == SkillCategory::technical) return std::string(content.skills[i].name);
    }
    return {};
  };
  if (auto skill = technical(title); !skill.empty()) return fmt::format("its title names {}", skill);
  if (auto skill = technical(text); !skill.empty()) return fmt::format("its summary or highlights name {}", skill);
  return {};
}

void read_work(ResumeContext& ctx, const yaml::Node* work) {
  const auto* list = ctx.list(work, "work");
  if (list == nullptr) return;
  std::vector<WorkSpan> it_spans;
  std::vector<WorkSpan> other_spans;
  int it_count = 0;
  for (std::size_t i = 0; i < ResumeContext::readable(*list); ++i) {
    const auto& item = list->items[i];
    const std::string path = fmt::format("work[{}]", i);
    if (!ctx.reader.expect(item, yaml::NodeKind::map, path)) continue;
    const auto position = ctx.text(ResumeContext::member(item, "position"), path + ".position");
    const auto company = ctx.text(ResumeContext::member(item, "name"), path + ".name");
    const auto* start_node = ResumeContext::member(item, "startDate");
    const auto* end_node = ResumeContext::member(item, "endDate");
    const auto start_text = ctx.text(start_node, path + ".startDate");
    auto end_text = ctx.text(end_node, path + ".endDate");
    std::string text = position.value_or("");
    if (const auto s = ctx.text(ResumeContext::member(item, "summary"), path + ".summary")) text += "\n" + *s;
    if (const auto* h = ctx.list(ResumeContext::member(item, "highlights"), path + ".highlights")) {
      for (std::size_t j = 0; j < ResumeContext::readable(*h); ++j) {
        if (auto line = ctx.text(&h->items[j], fmt::format("{}.highlights[{}]", path, j))) text += "\n" + *line;
      }
    }
    ResumePosition pos;
    pos.title = position.value_or("(no position)");
    if (company) pos.title += " at " + *company;
    pos.title = terminal_line(pos.title);
    if (!start_text) {
      ctx.warn(item, fmt::format("{} {} has no startDate: not counted", path, pos.title));
      continue;
    }
    // Both dates are checked before either failure stops the position, so one run reports both.
    const auto start = parse_resume_date(*start_text);
    if (!start) {
      ctx.reader.error(*start_node, fmt::format("{}.startDate must be a date like 2019, 2019-03 or 2019-03-15, found '{}'",
                                                path, terminal_line(*start_text)));
    }
    if (end_text && (*end_text == "present" || *end_text == "Present" || *end_text == "current")) end_text.reset();
    std::optional<ResumeDate> end;
    if (end_text) {
      end = parse_resume_date(*end_text);
      if (!end) {
        ctx.reader.error(*end_node, fmt::format("{}.endDate must be a date like 2019, 2019-03 or 2019-03-15, found '{}'",
                                                path, terminal_line(*end_text)));
      }
    }
    if (!start || (end_text && !end)) continue;
    if (end) {
      if (end->last < start->first) {
        ctx.reader.error(*end_node, fmt::format("{}.endDate {} is before its startDate {}", path, *end_text, *start_text));
        continue;
      }
    }
    if (start->first > ctx.as_of) {
      ctx.warn(*start_node, fmt::format("{} {} starts {}, after {}: not counted", path, pos.title, *start_text, ctx.facts.as_of));
      continue;
    }
    if (end && end->last > ctx.as_of) {
      ctx.warn(*end_node, fmt::format("{} {} ends {}, after {}: counted up to {}", path, pos.title, *end_text,
                                      ctx.facts.as_of, ctx.facts.as_of));
    }
    // Partial dates are read as people mean them: a start from its first day, an end to its last.
    const auto until = end ? std::min(end->last + std::chrono::days{1}, ctx.as_of) : ctx.as_of;
    const WorkSpan span{start->first, until};
    pos.period = fmt::format("{} to {}", *start_text, date_text(end_text));
    pos.years = span_years(span);
    pos.why = it_evidence(ctx.content, position.value_or(""), text);
    pos.it = !pos.why.empty();
    if (pos.it) {
      ++it_count;
      it_spans.push_back(span);
      for (Index s : skills_in_text(ctx.content, text)) {
        if (std::find(ctx.work_skills.begin(), ctx.work_skills.end(), s) == ctx.work_skills.end()) ctx.work_skills.push_back(s);
      }
    } else {
      other_spans.push_back(span);
    }
    ctx.facts.positions.push_back(std::move(pos));
  }
  const auto one_decimal = [](double y) { return std::round(std::min(y, k_max_years) * 10) / 10; };
  ctx.profile.years_experience = one_decimal(merged_years(it_spans));
  ctx.facts.other_years = one_decimal(merged_years(other_spans));
  ctx.facts.years_from = fmt::format("work[]: {} IT position{}, overlaps merged, open-ended ones to {}", it_count,
                                     it_count == 1 ? "" : "s", ctx.facts.as_of);
}

}  // namespace careerplan
