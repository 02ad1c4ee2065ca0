#pragma once
// The plan: everything `recommend` and `export` show, decided once from a profile and a content
// pack. Renderers (text, JSON, Markdown) read only this struct and format it; they decide nothing.
// Every list is in a documented, deterministic order, so the same input renders byte for byte
// the same. Numbers are unrounded; renderers round for display. Strings are raw content/profile
// text: renderers escape them for their format. Text from the content is viewed, not copied
// (string_view), so a plan is valid as long as the Content it was made from; text from the
// profile and text the plan composes are owned.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/match/evaluate.hpp"
#include "careerplan/match/horizon.hpp"
#include "careerplan/match/matcher.hpp"
#include "careerplan/model/model.hpp"
#include "careerplan/model/profile.hpp"
#include "careerplan/match/related.hpp"
#include "careerplan/plan/route.hpp"

namespace careerplan {

// The least a second target track's fit gain counts in a step's value, however far away it is.
inline constexpr double k_min_target_weight = 0.1;
// Practice projects a plan proposes at most.
inline constexpr int k_max_projects = 3;
// Horizons a plan lists at most (Plan::horizons): every track of a usual pack, without making a
// plan's size grow with a pack of thousands.
inline constexpr std::size_t k_listed_horizons = 50;
// Target tracks a plan chooses by itself at most: the first target and one more.
inline constexpr int k_max_chosen_targets = 2;
// How much less a track a step up the ladder may fit than the best fit at or below the person's
// stage and still go first (mentor judgement: a few points of fit do not justify a sideways move).
inline constexpr double k_step_up_margin = 0.05;

struct PlanOptions {
  int top = 3;                          // tracks to show (behind-you tracks are listed apart)
  int max_steps = 5;                    // next steps to keep
  int max_strategies = 5;               // strategies to choose; < 0: every one that applies
  std::optional<Index> focus_track;     // --track: the one target track; wins over goals.tracks
  std::optional<double> hours_per_week; // overrides the profile's goals.hours_per_week when > 0
  bool route = false;                   // also search the route to the first target (Plan::route)
  int route_alternatives = 2;           // alternatives to that route
  // Record the rule-by-rule check lines of the plan's explanations: the current stage's
  // evidence, the next stages' entry rules, the shown tracks' gates and why each strategy applies.
  // JSON always shows them, a text report only with --explain, Markdown and HTML never. Without
  // them every verdict, need and effort is the same, and a plan skips building lines it would not
  // show; a strategy's `when` rule, which held, is then not explained at all (AppliedStrategy::why
  // has only `held`), which saves a dozen rule walks.
  bool rule_checks = true;
};

// A reference to an entry of the content's source catalogue, resolved for display.
struct Citation {
  std::string_view source_id;
  std::string_view title;
  std::string_view section;  // may be empty
  bool estimate = false;  // the cited figure is an estimate, not a published fact
};

// An entry of the plan's bibliography.
struct CitedSource {
  Index source = 0;
  std::string_view id;
  std::string_view title;
  std::string_view author;  // may be empty
  std::string_view file;    // a seed file name, may be empty
  std::string_view url;     // may be empty
  bool estimate = false;
};

struct SalaryInfo {
  Range range;           // e.g. 60000..80000
  std::string_view currency;  // ISO 4217, e.g. USD
  std::string_view period;    // "year"; empty when the content does not say
  Citation source;
};

// An official national median wage beside the seed's range, with what dates and grades it.
struct OfficialWageInfo {
  double median = 0;
  std::string_view currency;
  std::string_view period;
  std::string_view reference;   // the survey's reference month, e.g. "May 2024"
  std::string_view occupation;  // its SOC code
  Citation source;
  std::string_view edition;     // of the publication, e.g. "OOH 2024–34"; may be empty
  std::string_view checked;     // YYYY-MM-DD
  std::string_view grade;       // "A", "A-data" or "B"
  std::string_view url;
};

struct SkillEntry {
  Index skill = 0;
  std::string_view id;
  std::string_view name;
  int stated = 0;     // level written in the profile, 0 when only evidenced by a certification
  int effective = 0;  // max(stated, evidenced by held certifications)
};

struct CertEntry {
  Index cert = 0;
  std::string_view id;
  std::string_view name;
  std::optional<int> year;
};

struct ProfileSummary {
  std::string file;  // as named on the command line
  std::string name;
  double years_experience = 0;
  Education education = Education::none;
  std::string_view education_name;  // "bachelor"
  double hours_per_week = 0;   // after PlanOptions::hours_per_week
  std::vector<SkillEntry> skills;  // profile order, then skills only evidenced by certs, by index
  std::vector<CertEntry> certifications;  // profile order
};

struct StageStanding {
  Index stage = 0;
  std::string_view id;
  std::string_view title;
  bool inferred = false;
  Confidence confidence = Confidence::low;
  std::string reason;    // see CurrentStage::reason
  Explanation evidence;  // the stage's inferred_when; empty for the first stage by default
  std::vector<Need> consolidate;  // see CurrentStage::consolidate
};

struct NextStage {
  Index stage = 0;
  std::string_view id;
  std::string_view title;
  bool ready = false;
  Explanation entry;  // entry rule checks, needs, and entry.effort (months until ready)
  std::vector<std::string_view> roles;
  std::optional<SalaryInfo> salary;
  std::optional<Range> typical_years;
};

// A track the plan shows, with its fit explained.
struct RankedTrack {
  int rank = 0;  // 1-based position in Plan::ranking
  Index track = 0;
  std::string_view id;
  std::string_view title;
  std::string_view focus;
  bool target = false;  // one of the plan's target tracks
  Horizon horizon = Horizon::later;
  int months_to_open = 0;  // see TrackHorizon::months
  // fit.fit in 0..1 and its parts (--explain); when !fit.reachable, fit.gate.needs open the track
  // and fit.gate.effort.whole_months is the "reachable in about N months".
  TrackFit fit;
  std::vector<std::string_view> roles;
  std::optional<SalaryInfo> salary;
  std::optional<OfficialWageInfo> official_wage;
};

// Why the target tracks are what they are: --track, else goals.tracks, else the best-fitting
// tracks that are open now or next (at most k_max_chosen_targets); step_up when a track a step up
// the ladder went before a slightly better fit at or below the person's stage.
enum class TargetChoice : std::uint8_t { focus, goals, top_fit, step_up };

// The one target the plan is about: --track, else the first goal track, else goals.stage, else
// the best-fitting track open now or next, else the next stage.
struct FirstTarget {
  TargetRef target;
  std::string_view id;
  std::string_view title;
  std::optional<Horizon> horizon;  // tracks only
  std::string_view why;  // "your goal", "best fit among the tracks open to you now or soon", ...
};

// A track below the person's stage on the ladder.
struct BehindTrack {
  Index track = 0;
  std::string_view id;
  std::string_view title;
};

struct SkillGap {
  Index skill = 0;
  std::string_view id;
  std::string_view name;
  int have = 0;  // effective level
  int need = 0;  // level the track asks for
  bool essential = false;
  Range hours;   // effort to close, from the skill's per-level figures
  bool estimate = false;
};

struct CertRef {
  Index cert = 0;
  std::string_view id;
  std::string_view name;
};

struct TrackGaps {
  Index track = 0;
  std::string_view id;
  std::string_view title;
  std::vector<SkillGap> skills;        // key skills below the asked level, in key-skill order
  bool holds_helpful_cert = false;
  std::vector<CertRef> missing_certs;  // helpful certs, when none is held; content order
  bool reachable = true;
  std::vector<Need> gate_needs;        // what opens the track when it is not reachable
};

// What a step does for one target.
struct StepTarget {
  TargetRef target;   // a target track, or a stage target (see NextStep::serves)
  std::string_view id;
  std::string_view title;
  double gain = 0;    // tracks: fit gain in 0..1; stages: readiness gain (see docs/scoring.md)
  // How much the gain counts: for a track, its closeness (at least k_min_target_weight), so
  // work on tracks that open soon comes first; 1 for a stage.
  double weight = 1;
};

enum class StepKind : std::uint8_t { skill, cert };

// A published fact about the exam of a certification a plan proposes, cited.
struct StepExamFact {
  ExamFactKind kind = ExamFactKind::questions;
  std::string_view value;
  Citation source;
};

struct NextStep {
  std::string key;     // stable id: "skill:linux@3" or "cert:itil-4-foundation"
  StepKind kind = StepKind::skill;
  Index index = 0;     // skill or certification index
  std::string_view id;
  std::string_view name;
  int from_level = 0;  // skill: effective level once the steps before this one are done
  int to_level = 0;    // skill: level to reach
  Range hours;         // effort range (low/high summed from the content's figures)
  double hours_mid = 0;
  bool estimate = false;   // any figure behind `hours` is an estimate
  double weeks = 0;        // hours_mid / hours_per_week
  double finish_weeks = 0; // weeks from starting the plan until this step is done, in step order
  // Targets it raises: target tracks (plan order), then the stage targets: the next stages
  // (leads_to order), the stages that next stages you are ready for lead to, and goals.stage.
  std::vector<StepTarget> serves;
  double fit_gain = 0;        // sum of the target tracks' fit gains (unweighted)
  double readiness_gain = 0;  // sum of the stage targets' readiness gains
  double value = 0;           // sum of gain x weight over `serves`
  double value_per_hour = 0;  // value / max(hours_mid, 1): the ranking key
  std::string why;            // "serves 2 of your targets: X, Y"
  std::vector<Citation> sources;  // where the effort figures come from
  std::string_view exam;                // cert: the exam's name and code; may be empty
  std::vector<StepExamFact> exam_facts;  // cert: its exam's published facts, in content order
  // in_progress when the profile records the step so; done steps are counted as held and skipped
  // ones are never proposed, so no other status reaches a plan.
  std::optional<StepStatus> status;
};

// A skill a practice project practises.
struct ProjectSkill {
  Index skill = 0;
  std::string_view id;
  std::string_view name;
  int have = 0;      // the person's effective level
  int level = 0;     // the level the project practises it to
  bool gap = false;  // a target track asks for more than `have`, and the project raises it
};

// A practice project proposed because it closes gaps for the target tracks.
struct ProjectStep {
  std::string key;  // "project:automate-recurring-fix"
  Index project = 0;
  std::string_view id;
  std::string_view title;
  std::string_view description;
  Difficulty difficulty = Difficulty::beginner;
  std::vector<ProjectSkill> practises;  // content order
  Range hours;
  double hours_mid = 0;
  bool estimate = false;
  double weeks = 0;  // hours_mid / hours_per_week
  std::vector<StepTarget> serves;  // as NextStep::serves
  double fit_gain = 0;
  double readiness_gain = 0;
  double value = 0;
  double value_per_hour = 0;  // value / max(hours_mid, 1): the ranking key
  std::string why;            // "practises 3 of your gap skills: A, B, C; serves your target: X"
  Citation source;            // the advice the project comes from
  Citation effort_source;
  std::optional<StepStatus> status;  // in_progress, as NextStep::status
};

// The tracks closest to one target track.
struct TrackRelations {
  Index track = 0;
  std::string_view id;
  std::string_view title;
  std::vector<RelatedTrack> related;
};

struct AppliedStrategy {
  Index strategy = 0;
  std::string_view id;
  std::string_view title;
  std::string_view category;
  std::string_view description;
  std::string_view quote;   // one line of the seed
  std::string reason;       // one line drawn from the profile: "your Scripting is 1, X asks 3: ..."
  double relevance = 0;     // how much it matters to this person: the ranking key
  Explanation why;  // the `when` rule, held; only `held` is set unless PlanOptions::rule_checks
  Citation source;
};

// Roles one target track or next stage leads to.
struct TargetRoles {
  TargetRef from;    // the track or stage
  std::string_view id;
  std::string_view title;
  std::vector<std::string_view> roles;
  std::optional<double> fit;  // tracks only
  std::optional<SalaryInfo> salary;
  Citation source;   // the track's or stage's source
  std::optional<OfficialWageInfo> official_wage;  // tracks only
};

struct Plan {
  PlanOptions options;  // as applied: hours_per_week always holds the hours per week used
  ProfileSummary profile;
  StageStanding current_stage;
  std::vector<NextStage> next_stages;  // the current stage's leads_to, in that order
  std::vector<FitScore> ranking;       // every track's fit, best first, ties in content order
  // The tracks the plan shows, in ranking order: the best options.top, then any target track
  // ranked below them; only these carry the full explanation of their fit.
  std::vector<RankedTrack> tracks;
  TargetChoice target_choice = TargetChoice::top_fit;
  std::vector<Index> target_tracks;    // in the order chosen (focus, goals order, or fit rank)
  std::optional<FirstTarget> first_target;
  std::vector<BehindTrack> behind;     // tracks behind the person, in ranking order
  std::vector<TrackHorizon> horizons;  // the best-fitting k_listed_horizons tracks', in ranking order
  std::vector<TrackGaps> gaps;         // one per target track, same order
  // At most options.max_steps, chosen greedily: each is the best value per hour given the ones
  // before it (ties by key), so values are marginal and a step never repeats an earlier one's gain.
  std::vector<NextStep> next_steps;
  // Those whose `when` holds for the person aiming at the target tracks and the stage targets
  // (see NextStep::serves), most relevant first (ties in content order), at most
  // options.max_strategies, no two quoting the same seed excerpt; the rest that apply follow in
  // other_strategies, in the same order.
  std::vector<AppliedStrategy> strategies;
  std::vector<AppliedStrategy> other_strategies;
  std::vector<TargetRoles> roles;      // target tracks, then next stages
  std::vector<CitedSource> sources;    // every source a Citation in the plan names, catalogue order
  // At most k_max_projects practice projects that practise a gap skill of a target track, chosen
  // greedily by value per hour like next_steps, each measured after the ones before it (not after
  // the next steps: a project is another way to close the same gaps).
  std::vector<ProjectStep> projects;
  std::vector<TrackRelations> related;  // one per target track, same order
  // With options.route: the route to the first target: goals.stage when the profile names it and
  // no target track was chosen by --track or goals.tracks, else the first target track.
  std::optional<RouteResult> route;
};

// Decides the plan. The profile's done progress counts as held (see progress.hpp). Throws
// Failure(data) when the content has no stages.
// `related`, when given, answers the related tracks (shared by the plans of a batch).
Plan make_plan(const Content& content, const Profile& profile, const PlanOptions& options,
               RelatedCache* related = nullptr);

}  // namespace careerplan
