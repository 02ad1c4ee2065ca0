#include "careerplan/plan/progress.hpp"

#include <algorithm>

namespace careerplan {

namespace {

void raise_stated(Profile& p, Index skill, int level) {
  for (auto& ps : p.skills) {
    if (ps.skill != skill) continue;
    ps.level = std::max(ps.level, level);
    return;
  }
  p.skills.push_back(ProfileSkill{skill, level, {}});
}

void hold_cert(Profile& p, Index cert) {
  const bool held = std::any_of(p.certifications.begin(), p.certifications.end(),
                                [&](const ProfileCert& pc) { return pc.cert == cert; });
  if (!held) p.certifications.push_back(ProfileCert{cert, std::nullopt, {}});
}

}  // namespace

Profile apply_done_progress(const Content& content, Profile profile) {
  for (const auto& entry : profile.progress) {
    if (entry.status != StepStatus::done) continue;
    switch (entry.kind) {
      case ProgressKind::skill:
        if (entry.index < content.skills.size()) raise_stated(profile, entry.index, entry.level);
        break;
      case ProgressKind::cert:
        if (entry.index < content.certifications.size()) hold_cert(profile, entry.index);
        break;
      case ProgressKind::project:
        if (entry.index >= content.projects.size()) break;
        for (const auto& practised : content.projects[entry.index].practises) {
          if (practised.skill < content.skills.size()) raise_stated(profile, practised.skill, practised.level);
        }
        break;
    }
  }
  return profile;
}

std::optional<StepStatus> recorded_status(const Content& content, const Profile& profile, std::string_view key) {
  for (const auto& entry : profile.progress) {
    const bool known = (entry.kind == ProgressKind::skill && entry.index < content.skills.size()) ||
                       (entry.kind == ProgressKind::cert && entry.index < content.certifications.size()) ||
                       (entry.kind == ProgressKind::project && entry.index < content.projects.size());
    if (known && progress_key(content, entry.kind, entry.index, entry.level) == key) return entry.status;
  }
  return std::nullopt;
}

}  // namespace careerplan
