#pragma once
// The content model: what a content pack holds once loaded and validated.
// Items are stored in vectors and refer to each other by dense indices (interned ids), so
// matching never looks a string up; `ContentIndex` maps ids and aliases to indices.
// Text fields are views: into the embedded pack (static), or into bytes the Content's TextStore
// owns (a pack file's bytes, or the strings a YAML pack decoded).
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/file_pos.hpp"
#include "careerplan/base/id_table.hpp"
#include "careerplan/model/rules.hpp"

namespace careerplan {

using Index = std::uint32_t;
inline constexpr int k_min_level = 1;
inline constexpr int k_max_level = 5;

// Where a fact comes from: an entry of the pack's source catalogue, and optionally a section.
struct SourceRef {
  Index source = 0;
  std::string_view section;
};

struct Source {
  std::string_view id;
  std::string_view title;
  std::string_view author;     // may be empty
  std::string_view file;       // a seed file name, may be empty
  std::string_view url;        // a public reference, may be empty
  bool estimate = false;  // figures citing this source are estimates, not published facts
  FilePos where;
};

// A range of numbers (hours, years, money); low <= high.
struct Range {
  double low = 0;
  double high = 0;
  [[nodiscard]] double mid() const { return (low + high) / 2; }
};

// A figure with the source it comes from (an estimate when that source is one).
struct Figure {
  Range range;
  SourceRef source;
};

enum class SkillCategory : std::uint8_t { technical, process, soft };

struct Skill {
  std::string_view id;
  std::string_view name;
  SkillCategory category = SkillCategory::technical;
  std::vector<std::string_view> aliases;
  std::string_view levels[k_max_level];  // what level 1..5 looks like, one line each
  Figure effort[k_max_level];       // hours to reach level i+1 from level i (level 1 from nothing)
  std::string_view description;
  std::optional<SourceRef> source;
  FilePos where;
};

struct SkillLevel {
  Index skill = 0;
  int level = 0;
};

struct Certification {
  std::string_view id;
  std::string_view name;
  std::string_view issuer;
  std::vector<std::string_view> aliases;
  std::vector<SkillLevel> evidences;  // holding the cert shows these skills at least at these levels
  Figure prep_hours;
  std::optional<Figure> renewal_years;  // absent: no renewal, or none stated by a source
  std::string_view description;
  SourceRef source;
  FilePos where;
};

struct Stage {
  std::string_view id;
  std::string_view title;
  std::string_view description;
  std::optional<Figure> typical_years;  // time people typically spend in the stage
  Rule requirements;       // entry requirements; Rule::always() when none
  Rule inferred_when;  // when a profile without current_stage is taken to be here
  std::vector<Index> leads_to;
  std::vector<std::string_view> roles;
  std::optional<Figure> salary;
  std::string_view salary_currency;
  SourceRef source;
  FilePos where;
};

struct KeySkill {
  Index skill = 0;
  int level = 0;        // the level the track asks for
  double weight = 1;    // relative importance within the track
  bool essential = false;
};

struct Salary {
  Range range;
  std::string_view currency;  // ISO 4217, e.g. USD
  std::string_view period;    // "year"
  SourceRef source;
};

struct Track {
  std::string_view id;
  std::string_view title;
  std::string_view focus;
  std::string_view description;
  std::vector<KeySkill> key_skills;
  std::vector<Index> certifications;  // certifications that help on this track
  Rule requirements;                      // entry gates (years, education, ...)
  std::vector<std::string_view> roles;
  std::optional<Salary> salary;
  // The ladder stage a role on this track is level with: a track below the person's stage is
  // behind them (docs/scoring.md). Absent: the track is never behind anyone.
  std::optional<Index> level;
  SourceRef level_source;  // where the level comes from: a seed, or careerplan's judgement
  SourceRef source;
  FilePos where;
};

struct Strategy {
  std::string_view id;
  std::string_view title;
  std::string_view category;  // e.g. certification, soft-skills, networking, brand, technical, trend
  std::string_view description;
  // The shortest seed excerpt that carries the advice, at most one line; two strategies may not
  // share one (a plan would quote the same sentence twice).
  std::string_view quote;
  std::string_view action;     // what to do, in careerplan's words: "automate one repetitive fix"
  std::vector<Index> skills;   // skills the advice develops: it matters more where they fall short
  Rule when;  // the strategy applies to a person when this holds
  SourceRef source;
  FilePos where;
};

struct Transition {
  std::string_view id;
  std::string_view title;
  std::vector<Index> skills;        // transferable skills the move builds on
  std::vector<std::string_view> fields;  // industries or fields it leads to
  std::string_view description;
  SourceRef source;
  FilePos where;
};

enum class Difficulty : std::uint8_t { beginner, intermediate, advanced };

// A hands-on project that practises skills up to a level (the article's automation projects).
struct Project {
  std::string_view id;
  std::string_view title;
  Difficulty difficulty = Difficulty::beginner;
  std::string_view description;
  std::vector<SkillLevel> practises;  // skills it builds, and the level it builds them to
  Figure effort_hours;
  SourceRef source;
  FilePos where;
};

enum class Education : std::uint8_t { none, high_school, associate, bachelor, master, doctorate };

// What ranking reads of every track, derived when a pack is loaded (derive_scores in matcher.hpp)
// and packed together: ranking a person against thousands of tracks then walks a few dozen bytes
// a track instead of the Track structs, and divides nothing.
struct ScoreTable {
  struct Key {
    Index skill = 0;
    int need = 0;       // the level the track asks for
    double share = 0;   // this key skill's share of the fit's points
  };
  enum class Gate : std::uint8_t { none, years, other };  // the track's `requires`
  struct Row {
    std::uint32_t first_key = 0, keys = 0;    // its Keys; none when the weights sum to zero
    std::uint32_t first_cert = 0, certs = 0;  // its helpful certifications
    Gate gate = Gate::none;
    double years = 0;  // Gate::years: the years asked for
  };
  std::vector<Row> rows;  // one per track, in track order
  std::vector<Key> keys;
  std::vector<Index> certs;
};

// The bytes a Content's text fields view when they are not static. Only ever appended to, and
// a std::deque never moves its elements, so a view stays valid as long as the store lives.
struct TextStore {
  std::string pack;                  // a compiled pack file, read in place
  std::deque<std::string> strings;  // text decoded from YAML
};

struct Content {
  std::string_view name;  // pack name, kebab-case
  std::string_view title;
  std::string_view description;
  int version = 1;
  std::vector<Source> sources;
  std::vector<Skill> skills;
  std::vector<Certification> certifications;
  std::vector<Stage> stages;  // in ladder order
  std::vector<Track> tracks;
  std::vector<Strategy> strategies;
  std::vector<Transition> transitions;
  std::vector<Project> projects;
  ScoreTable scores;  // derived, not stored in a compiled pack
  std::vector<std::string_view> files;  // the file names FilePos::file indexes

  // id or alias -> index; built by the loader. Ids a pack declares `renamed` resolve here too,
  // so profiles and recorded progress written against older content keep working.
  IdTable source_ids;
  IdTable skill_ids;
  IdTable cert_ids;
  IdTable stage_ids;
  IdTable track_ids;
  IdTable project_ids;

  [[nodiscard]] const Source& source_of(const SourceRef& ref) const { return sources[ref.source]; }
  // The position as a diagnostic's Location; no file (or an index past the table) gives "".
  [[nodiscard]] Location locate(const FilePos& p) const;
  // The name of the position's file, "" when it has none; valid as long as the content.
  [[nodiscard]] std::string_view file_of(const FilePos& p) const {
    return p.file < files.size() ? std::string_view(files[p.file]) : std::string_view();
  }
  // The file's index in `files`, appended when new.
  std::uint32_t file_index(std::string_view file_name);
  // A view of a copy of `s` that lives as long as this Content or any copy of it.
  std::string_view keep(std::string s);

  // Copies share the store (held by every copy, so a view never outlives its bytes); null when
  // every view is static.
  std::shared_ptr<TextStore> text;
};

// Owned copies of a list of text fields, for results that may outlive the Content.
std::vector<std::string> to_strings(const std::vector<std::string_view>& views);

// Education levels by name; `education: bachelor` means at least a bachelor's degree.
std::optional<Education> education_from_name(std::string_view name);
std::string_view education_name(Education e);
std::vector<std::string> education_names();

std::string_view category_name(SkillCategory c);
std::string_view difficulty_name(Difficulty d);

}  // namespace careerplan
