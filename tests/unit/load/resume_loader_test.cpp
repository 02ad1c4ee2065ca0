#include <doctest/doctest.h>

#include "careerplan/load/profile_loader.hpp"
#include "loader_test_support.hpp"

using namespace careerplan;
using careerplan::test::errors_of;
using namespace std::chrono;

namespace {

const sys_days k_as_of = sys_days{year{2026} / November / 24};

Profile load(const std::string& text, const std::string& name = "r.json") {
  return load_profile(TextFile{name, text}, builtin_content(),
                      name.ends_with(".json") ? ProfileSyntax::json : ProfileSyntax::yaml, k_as_of);
}

std::vector<std::string> resume_errors(const std::string& text) {
  return errors_of([&] { (void)load(text); });
}

std::vector<std::string> warnings(const Profile& p) {
  std::vector<std::string> out;
  for (const auto& w : p.resume->warnings) {
    out.push_back(std::to_string(w.where.line) + ":" + std::to_string(w.where.column) + ": " + w.message);
  }
  return out;
}

int level_of(const Profile& p, std::string_view id) {
  for (const auto& s : p.skills) {
    if (builtin_content().skills[s.skill].id == id) return s.level;
  }
  return 0;
}

}  // namespace

TEST_SUITE("resume loader") {
  TEST_CASE("a résumé is recognised by its shape, in JSON or YAML, whatever its name") {
    const Profile j = load(R"({"basics": {"name": "Ada"}, "work": []})", "ada.txt");
    REQUIRE(j.resume);
    CHECK(j.name == "Ada");
    const Profile y = load("basics: {name: Ada}\nskills: [{name: Linux, level: Advanced}]\n", "ada.yaml");
    REQUIRE(y.resume);
    CHECK(level_of(y, "linux") == 3);
    CHECK_FALSE(load("name: Ada\nskills: {linux: 3}\n", "p.yaml").resume);
  }

  TEST_CASE("IT years merge overlaps, run open-ended positions to the plan's day, and keep other work apart") {
    const Profile p = load(R"({"work": [
      {"position": "Production Support Engineer", "startDate": "2022-01"},
      {"position": "Help Desk Technician", "startDate": "2020-06", "endDate": "2022-03"},
      {"position": "Store Manager", "startDate": "2010", "endDate": "2019"}]})");
    // 2020-06-01 to 2026-11-24, overlaps once.
    CHECK(p.years_experience == doctest::Approx(6.5));
    CHECK(p.resume->other_years == doctest::Approx(10.0));
    REQUIRE(p.resume->positions.size() == 3);
    CHECK(p.resume->positions[0].it);
    CHECK(p.resume->positions[1].why == "its title names help-desk work, as the role 'Help Desk Technician' does");
    CHECK_FALSE(p.resume->positions[2].it);
    CHECK(p.resume->positions[2].period == "2010 to 2019");
  }

  TEST_CASE("a position is IT work by its title, its skills or its highlights") {
    const Profile p = load(R"({"work": [
      {"position": "Software Engineer", "startDate": "2020"},
      {"position": "Operations Analyst", "startDate": "2020", "highlights": ["Wrote Ansible playbooks"]},
      {"position": "Head Chef", "startDate": "2020", "highlights": ["Ran a kitchen of twelve"]}]})");
    const auto& pos = p.resume->positions;
    CHECK(pos[0].why == "its title says 'software'");
    CHECK(pos[1].why == "its summary or highlights name Automation of operational tasks");
    CHECK_FALSE(pos[2].it);
  }

  TEST_CASE("levels come from words, else a labelled conservative estimate") {
    const Profile p = load(R"({
      "work": [{"position": "IT Support", "startDate": "2023", "highlights": ["Searched Splunk daily"]}],
      "skills": [{"name": "Tools", "keywords": ["Splunk", "ServiceNow"]},
                 {"name": "SQL", "level": "Guru"},
                 {"name": "Linux", "level": "Expert"}]})");
    CHECK(level_of(p, "logging") == 2);  // named and used in an IT position
    CHECK(level_of(p, "itsm") == 1);     // named only
    CHECK(level_of(p, "sql") == 1);
    CHECK(level_of(p, "linux") == 4);
    CHECK(p.resume->skill_origins[0].estimated);
    CHECK(p.resume->skill_origins[0].from == "skills[0].keywords[0] 'Splunk', also named in an IT position");
    CHECK_FALSE(p.resume->skill_origins[3].estimated);
    CHECK(p.resume->unrecognised == std::vector<std::string>{
                                        "skills[0].name 'Tools'",
                                        "skills[1].level 'Guru' (not a level word careerplan knows; levels estimated)"});
  }

  TEST_CASE("a stated level beats an estimate; two stated levels give the higher") {
    const Profile p = load(R"({"basics": {}, "skills": [{"name": "Ops", "keywords": ["Linux"]},
      {"name": "Linux", "level": "Beginner"}, {"name": "Unix", "level": "Advanced"}]})");
    CHECK(level_of(p, "linux") == 3);
    CHECK(p.skills.size() == 1);
  }

  TEST_CASE("education is the highest degree finished by the plan's day") {
    const Profile p = load(R"({"basics": {}, "education": [
      {"studyType": "Associate of Applied Science", "endDate": "2015"},
      {"studyType": "Bachelor of Science", "endDate": "2019-06"},
      {"studyType": "Master", "endDate": "2027-06"},
      {"studyType": "Bootcamp"}]})");
    CHECK(p.education == Education::bachelor);
    CHECK(p.resume->education_from == "education[1].studyType 'Bachelor of Science'");
    CHECK(p.resume->unrecognised.size() == 2);
  }

  TEST_CASE("certificates by name or alias; dated in the future is not held") {
    const Profile p = load(R"j({"certificates": [
      {"name": "ITIL\u00ae 4 Foundation", "date": "2022-04"},
      {"name": "CompTIA A+ ce"},
      {"name": "Certified Kubernetes Administrator (CKA)", "date": "2027-01"},
      {"name": "Scrum Fundamentals"}]})j");
    REQUIRE(p.certifications.size() == 2);
    CHECK(p.certifications[0].year == 2022);
    CHECK(warnings(p) == std::vector<std::string>{
                             "4:68: certificates[2] 'Certified Kubernetes Administrator (CKA)' is dated 2027-01, after 2026-11-24: not counted as held",
                             "1:1: the résumé lists no work: years of IT experience are 0",
                             "1:1: the résumé lists no skills: the plan starts every skill from nothing"});
    CHECK(p.resume->unrecognised == std::vector<std::string>{"certificates[3].name 'Scrum Fundamentals'"});
  }

  TEST_CASE("bad dates are positioned errors; future starts and ends are warnings") {
    CHECK(resume_errors(R"({"work": [{"position": "A", "startDate": "March 2019"}]})") ==
          std::vector<std::string>{"r.json:1:42: work[0].startDate must be a date like 2019, 2019-03 or 2019-03-15, found 'March 2019'"});
    CHECK(resume_errors(R"({"work": [{"position": "A", "startDate": "2020-05", "endDate": "2019"}]})") ==
          std::vector<std::string>{"r.json:1:64: work[0].endDate 2019 is before its startDate 2020-05"});
    CHECK(resume_errors(R"({"work": [{"position": "A", "startDate": "2020-02-30"}]})") ==
          std::vector<std::string>{"r.json:1:42: work[0].startDate must be a date like 2019, 2019-03 or 2019-03-15, found '2020-02-30'"});
    // A certificate dated outside the years a profile accepts would be imported into a profile
    // careerplan refuses to read back (found by fuzz_resume).
    CHECK(resume_errors(R"({"certificates": [{"name": "CompTIA A+", "date": "1010-09"}]})") ==
          std::vector<std::string>{"r.json:1:54: certificates[0].date must be a year from 1950 to 2100, found '1010-09'"});
    CHECK(resume_errors(R"({"work": {"position": "A"}})") ==
          std::vector<std::string>{"r.json:1:10: work must be a list, found a mapping"});
    const Profile p = load(R"({"skills": [{"name": "Linux"}], "work": [
      {"position": "IT Support", "startDate": "2027-01"},
      {"position": "IT Support", "startDate": "2026-01", "endDate": "2027-06"},
      {"position": "IT Support"}]})");
    CHECK(p.years_experience == doctest::Approx(0.9));
    CHECK(warnings(p) == std::vector<std::string>{
                             "2:47: work[0] IT Support starts 2027-01, after 2026-11-24: not counted",
                             "3:69: work[1] IT Support ends 2027-06, after 2026-11-24: counted up to 2026-11-24",
                             "4:7: work[2] IT Support has no startDate: not counted"});
  }

  TEST_CASE("a JSON file that is neither a profile nor a résumé is told so") {
    // A posting given as a profile holds a profile key (skills), so it is read as one.
    CHECK(resume_errors(R"({"title": "Web Developer", "skills": []})") ==
          std::vector<std::string>{"r.json:1:2: unknown key 'title' in profile"});
    CHECK(resume_errors(R"({"foo": 1, "bar": 2})") ==
          std::vector<std::string>{"r.json:1:1: file is neither a careerplan profile nor a JSON Resume"});
  }

  TEST_CASE("enormous keyword lists are read up to the limit, with a warning") {
    std::string keywords;
    for (int i = 0; i < 1500; ++i) keywords += (i ? ",\"k" : "\"k") + std::to_string(i) + "\"";
    const Profile p = load(R"({"work": [], "skills": [{"name": "Linux", "level": "Advanced", "keywords": [)" + keywords + "]}]}");
    CHECK(p.resume->unrecognised.size() == 1000);
    CHECK(warnings(p) == std::vector<std::string>{"1:76: skills[0].keywords lists 1500 entries; only the first 1000 are read",
                                                  "1:10: the résumé lists no work: years of IT experience are 0"});
  }
}
