#include <doctest/doctest.h>

#include "careerplan/load/job_loader.hpp"
#include "careerplan/load/profile_loader.hpp"
#include "careerplan/plan/job_match.hpp"
#include "loader_test_support.hpp"

using namespace careerplan;
using careerplan::test::errors_of;

namespace {

JobFit fit(const std::string& profile, const std::string& job) {
  const Content& c = builtin_content();
  return match_job(c, load_profile(TextFile{"p.yaml", profile}, c), load_job(TextFile{"job.json", job}, c));
}

}  // namespace

TEST_SUITE("job match") {
  TEST_CASE("skills at their levels, years, degree and certifications are read from the posting") {
    const JobFit f = fit("years_experience: 2\neducation: associate\nskills: {linux: 3, sql: 1}\ncertifications: [itil]\n",
                         R"({"title": "Database Administrator", "experience": "Senior",
                             "qualifications": ["4+ years with PostgreSQL", "Bachelor's degree in IT", "ITIL 4 Foundation"],
                             "skills": [{"name": "SQL", "level": "Advanced"}, {"name": "Linux"}]})");
    const Content& c = builtin_content();
    REQUIRE(f.skills.size() == 4);  // SQL, Linux, then PostgreSQL and ITIL named in qualifications
    CHECK(c.skills[f.skills[0].skill].id == "sql");
    CHECK(f.skills[0].need == 3);
    CHECK(f.skills[0].level_stated);
    CHECK(f.skills[1].need == 2);  // no level word: 2
    CHECK_FALSE(f.skills[1].level_stated);
    CHECK(c.skills[f.skills[2].skill].id == "databases");  // named in a qualification
    CHECK(f.skills_met == 2);  // Linux, and IT service management through the ITIL certification
    CHECK(f.years_asked == 4);
    CHECK_FALSE(f.years_estimated);  // a number beats the level word
    CHECK(f.education_asked == Education::bachelor);
    REQUIRE(f.certs.size() == 1);
    CHECK(f.certs[0].held);
    REQUIRE(f.closest_track);
    CHECK(c.tracks[*f.closest_track].id == "database-administration");
    // Study steps shortest first, then the years to wait, then the degree.
    REQUIRE(f.steps.size() >= 4);
    const std::size_t n = f.steps.size();
    CHECK(f.steps[0].weeks <= f.steps[1].weeks);
    CHECK(f.steps[n - 2].kind == JobStepKind::years);
    CHECK(f.steps[n - 2].what == "Gain 2.0 more years of IT work");
    CHECK(f.steps[n - 1].kind == JobStepKind::education);
  }

  TEST_CASE("the experience word stands in for a number, marked as an estimate") {
    const JobFit f = fit("years_experience: 4\n", R"({"title": "Engineer", "experience": "Mid-level"})");
    CHECK(f.years_asked == 3);
    CHECK(f.years_estimated);
    CHECK(f.steps.empty());
  }

  TEST_CASE("what is not a posting is refused with the reason") {
    const Content& c = builtin_content();
    auto errors = [&](const std::string& text) { return errors_of([&] { (void)load_job(TextFile{"job.json", text}, c); }); };
    CHECK(errors(R"({"basics": {}, "work": []})") == std::vector<std::string>{"job.json:1:1: file is a JSON Resume, not a job posting"});
    CHECK(errors(R"({"colour": "blue"})") ==
          std::vector<std::string>{"job.json:1:1: file is not a job posting (it holds none of title, skills, qualifications, experience)"});
    CHECK(errors(R"(["a"])") == std::vector<std::string>{"job.json:1:1: a job posting must be a mapping, found a list"});
    CHECK(errors(R"({"title": "A", "skills": "Linux"})") == std::vector<std::string>{"job.json:1:26: skills must be a list, found 'Linux'"});
  }
}
