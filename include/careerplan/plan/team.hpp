#pragma once
// A team at a glance, summarised from each member's plan: which tracks the team fits, the skill
// gaps most members share, and who is ready for which next stage. Every list has a fixed order.
#include <string>
#include <vector>

#include "careerplan/model/model.hpp"
#include "careerplan/plan/planner.hpp"

namespace careerplan {

struct TeamTrack {
  Index track = 0;
  std::string id;
  std::string title;
  int best_for = 0;                  // members whose best-fitting track this is
  double average_fit = 0;            // over every member, 0..1
  std::vector<std::string> members;  // those it is best for, in member order
};

struct TeamGap {
  Index skill = 0;
  std::string id;
  std::string name;
  int members = 0;          // members below the level one of their target tracks asks
  double average_have = 0;  // their average effective level
  int need = 0;             // the highest level asked of any of them
  std::vector<std::string> who;  // in member order
};

struct MemberNextStage {
  std::string id;
  std::string title;
  bool ready = false;
  int months = 0;  // until ready (about), 0 when ready
};

struct TeamMember {
  std::string file;
  std::string name;  // the profile's name, else its file
  std::string stage_id;
  std::string stage_title;
  std::string best_track_id;
  std::string best_track_title;
  double best_fit = 0;
  std::vector<MemberNextStage> next_stages;  // the current stage's leads_to order
};

struct WaitingMember {
  std::string name;
  int months = 0;  // about this long until ready
};

// A next stage with the members ready for it and those still on the way.
struct TeamStageReadiness {
  std::string id;
  std::string title;
  std::vector<std::string> ready;        // member names, in member order
  std::vector<WaitingMember> not_ready;  // soonest first, then member order
};

struct TeamSummary {
  std::vector<TeamMember> members;         // in the order added (profiles sorted by file name)
  std::vector<TeamTrack> tracks;           // best_for, then average fit (both high first), then content order
  std::vector<TeamGap> gaps;               // most members first, then content order
  std::vector<TeamStageReadiness> stages;  // ladder order
};

// Folds plans in one at a time, so a large team needs no more than one plan in memory.
class TeamBuilder {
public:
  explicit TeamBuilder(const Content& content);
  void add(const Plan& plan);
  // `top_tracks`: keep at least this many tracks, and every track that is someone's best.
  [[nodiscard]] TeamSummary finish(std::size_t top_tracks) const;

private:
  struct GapTally {
    int members = 0;
    int have_sum = 0;
    int need = 0;
    std::vector<std::string> who;
  };
  struct StageTally {
    std::vector<std::string> ready;
    std::vector<WaitingMember> not_ready;  // in member order
  };

  const Content& m_c;
  std::vector<TeamMember> m_members;
  std::vector<double> m_fit_sum;  // per track
  std::vector<int> m_best_for;    // per track
  std::vector<std::vector<std::string>> m_best_members;  // per track
  std::vector<GapTally> m_gaps;   // per skill
  std::vector<StageTally> m_stages;  // per stage
};

}  // namespace careerplan
