#pragma once
// What would make an unmet check hold, in words and in cost: the names rule checks and needs are
// written with, pricing a need, and merging needs so each skill or group is asked once.
#include <cstdint>
#include <string>
#include <vector>

#include "careerplan/match/evaluate.hpp"

namespace careerplan {

int level_of(const std::vector<std::uint8_t>& levels, Index skill);  // 0 past the end
bool same_target(const TargetRef& a, const TargetRef& b);
std::string skill_name(const Content& c, Index skill);
std::string cert_name(const Content& c, Index cert);
std::string stage_title(const Content& c, Index stage);
std::string target_title(const Content& c, const TargetRef& t);
std::string cert_group_text(const Content& c, const std::vector<Index>& group);  // "one of A, B"
std::string targets_text(const Content& c, const std::vector<TargetRef>& targets);
std::string years_words(double years);  // "1 year", "2.5 years"

// Fills a need's cost, and its text unless `quiet` (ranking needs only the cost).
void price(Need& n, const Subject& s, const Content& c, bool quiet);
// Adds `n` to `into`, keeping one need per skill / cert group / kind with the larger demand.
void merge_need(std::vector<Need>& into, const Need& n, const Subject& s, const Content& c, bool quiet);

}  // namespace careerplan
