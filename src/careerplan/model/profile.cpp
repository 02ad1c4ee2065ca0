#include "careerplan/model/profile.hpp"

#include <fmt/format.h>

namespace careerplan {

std::string progress_key(const Content& content, ProgressKind kind, Index index, int level) {
  switch (kind) {
    case ProgressKind::skill: return fmt::format("skill:{}@{}", content.skills[index].id, level);
    case ProgressKind::cert: return fmt::format("cert:{}", content.certifications[index].id);
    case ProgressKind::project: return fmt::format("project:{}", content.projects[index].id);
  }
  return {};
}

std::string_view status_name(StepStatus s) {
  switch (s) {
    case StepStatus::done: return "done";
    case StepStatus::in_progress: return "in-progress";
    case StepStatus::skipped: return "skipped";
  }
  return "done";
}

}  // namespace careerplan
