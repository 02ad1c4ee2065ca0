#pragma once
// Recorded progress applied to a profile: what the person has done counts as held, and every
// step can be looked up by its stable key to show it in progress or to leave it out as skipped.
#include <optional>
#include <string>
#include <string_view>

#include "careerplan/model/model.hpp"
#include "careerplan/model/profile.hpp"

namespace careerplan {

// The profile as its done steps leave it: a done skill step raises the skill to the step's
// level, a done certification is held, a done project raises the skills it practises to the
// levels it practises them to. Levels are never lowered; in-progress and skipped steps change nothing.
Profile apply_done_progress(const Content& content, Profile profile);

// The status the profile records for a step key ("skill:sql@3", "cert:itil-4-foundation",
// "project:incident-runbook"), if any.
std::optional<StepStatus> recorded_status(const Content& content, const Profile& profile, std::string_view key);

}  // namespace careerplan
