#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/base/input.hpp"
#include "careerplan/load/profile_loader.hpp"
#include "careerplan/render/render_team.hpp"
#include "careerplan/plan/team.hpp"

using namespace careerplan;

namespace {

Plan plan_of(const std::string& yaml, const std::string& name = "p.yaml") {
  const Content& c = builtin_content();
  return make_plan(c, load_profile(TextFile{name, yaml}, c), PlanOptions{});
}

}  // namespace

TEST_SUITE("team") {
  TEST_CASE("tracks count the members they fit best and average the fit over everyone") {
    const Content& c = builtin_content();
    const Plan a = plan_of("name: A\nyears_experience: 3\nskills: {linux: 4, networking: 3, troubleshooting: 3}\n");
    const Plan b = plan_of("name: B\nyears_experience: 3\nskills: {sql: 4, application-debugging: 3, customer-service: 3}\n");
    TeamBuilder builder(c);
    builder.add(a);
    builder.add(b);
    const TeamSummary t = builder.finish(3);
    REQUIRE(t.members.size() == 2);
    CHECK(t.members[0].name == "A");
    CHECK(t.members[1].name == "B");
    CHECK(t.members[0].best_track_id == a.tracks.front().id);
    int counted = 0;
    for (const auto& tr : t.tracks) {
      counted += tr.best_for;
      double sum = 0;
      for (const auto* p : {&a, &b}) {
        for (const auto& score : p->ranking) {
          if (score.track == tr.track) sum += score.fit;
        }
      }
      CHECK(tr.average_fit == doctest::Approx(sum / 2));
    }
    CHECK(counted == 2);
    CHECK(t.tracks.size() >= 3);
    for (std::size_t i = 1; i < t.tracks.size(); ++i) CHECK(t.tracks[i - 1].best_for >= t.tracks[i].best_for);
  }

  TEST_CASE("a gap counts once per member, at the highest level any target track asks") {
    const Content& c = builtin_content();
    const Plan p = plan_of("name: P\ngoals: {tracks: [application-support, infrastructure-support]}\n");
    TeamBuilder builder(c);
    builder.add(p);
    builder.add(p);
    const TeamSummary t = builder.finish(1);
    std::set<Index> skills;
    for (const auto& g : t.gaps) {
      CHECK(skills.insert(g.skill).second);
      CHECK(g.members == 2);
      CHECK(g.who == std::vector<std::string>{"P", "P"});
      int need = 0;
      for (const auto& tg : p.gaps) {
        for (const auto& sg : tg.skills) {
          if (sg.skill == g.skill) need = std::max(need, sg.need);
        }
      }
      CHECK(g.need == need);
    }
    CHECK(!t.gaps.empty());
  }

  TEST_CASE("next stages list who is ready, then who is not, soonest first") {
    const Content& c = builtin_content();
    TeamBuilder builder(c);
    for (const auto& e : std::filesystem::directory_iterator(CAREERPLAN_SOURCE_DIR "/profiles")) {
      builder.add(make_plan(c, load_profile(read_input(e.path().string()), c), PlanOptions{}));
    }
    const TeamSummary t = builder.finish(5);
    CHECK(!t.stages.empty());
    for (const auto& s : t.stages) {
      for (std::size_t i = 1; i < s.not_ready.size(); ++i) CHECK(s.not_ready[i - 1].months <= s.not_ready[i].months);
    }
    const std::string md = render_team_markdown(t);
    CHECK(md.starts_with("# Team of "));
    CHECK(md.find("## Most common gaps") != std::string::npos);
    CHECK(team_to_json(t)["members"].size() == t.members.size());
  }

  TEST_CASE("a team of no one summarises to empty lists") {
    const TeamSummary t = TeamBuilder(builtin_content()).finish(2);
    CHECK(t.members.empty());
    CHECK(t.gaps.empty());
    CHECK(t.stages.empty());
    CHECK(t.tracks.size() == 2);
    CHECK(t.tracks[0].average_fit == 0);
  }
}
