#include <doctest/doctest.h>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/load/resume_dates.hpp"
#include "careerplan/load/resume_names.hpp"

using namespace careerplan;
using namespace std::chrono;

namespace {

std::string day_text(sys_days d) {
  const year_month_day ymd{d};
  return std::to_string(static_cast<int>(ymd.year())) + "-" + std::to_string(static_cast<unsigned>(ymd.month())) + "-" +
         std::to_string(static_cast<unsigned>(ymd.day()));
}

std::string id_of(const Content& c, std::optional<Index> i) { return i ? std::string(c.skills[*i].id) : "none"; }
std::string cert_of(const Content& c, std::optional<Index> i) { return i ? std::string(c.certifications[*i].id) : "none"; }

}  // namespace

TEST_SUITE("resume dates") {
  TEST_CASE("partial dates name the whole year or month") {
    auto y = parse_resume_date("2019");
    REQUIRE(y);
    CHECK(day_text(y->first) == "2019-1-1");
    CHECK(day_text(y->last) == "2019-12-31");
    auto m = parse_resume_date("2024-02");
    REQUIRE(m);
    CHECK(day_text(m->first) == "2024-2-1");
    CHECK(day_text(m->last) == "2024-2-29");
    auto d = parse_resume_date("2021-03-15");
    REQUIRE(d);
    CHECK(d->first == d->last);
  }

  TEST_CASE("what the JSON Resume schema does not allow is refused") {
    for (const char* bad : {"", "19", "2019-3", "2019/03", "2019-13", "2019-00", "2019-02-30", "March 2019", "present",
                            "2019-03-15T10:00", "０２０１９"}) {
      CAPTURE(bad);
      CHECK_FALSE(parse_resume_date(bad).has_value());
    }
  }

  TEST_CASE("overlapping positions count once, gaps not at all") {
    const auto on = [](int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / std::chrono::day{d}}; };
    // 2018-01..2020-01 and 2019-01..2021-01 overlap: three years; then a gap; then one year.
    const double years = merged_years({{on(2019, 1, 1), on(2021, 1, 1)},
                                       {on(2018, 1, 1), on(2020, 1, 1)},
                                       {on(2023, 1, 1), on(2024, 1, 1)}});
    CHECK(years == doctest::Approx(4.0).epsilon(0.005));
    CHECK(merged_years({}) == 0);
    CHECK(merged_years({{on(2020, 1, 1), on(2019, 1, 1)}}) == 0);  // a backwards span counts nothing
  }
}

TEST_SUITE("resume names") {
  TEST_CASE("names become keys as ids and aliases are written") {
    CHECK(name_key("Active Directory") == "active-directory");
    CHECK(name_key("ITIL\xC2\xAE 4 Foundation") == "itil-4-foundation");
    CHECK(name_key("CompTIA A+ ce") == "comptia-a-plus-ce");
    CHECK(name_key("C++") == "c-plus-plus");
    CHECK(name_key("C#") == "c-sharp");
    CHECK(name_key("Node.js") == "node-js");
    CHECK(name_key("AWS Certified SysOps Administrator \xE2\x80\x93 Associate") ==
          "aws-certified-sysops-administrator-associate");
    CHECK(name_key("  --  ") == "");
    CHECK(name_key(std::string(10000, 'a')).size() == 200);  // bounded
  }

  TEST_CASE("skills and certifications are found by id, alias or name") {
    const Content& c = builtin_content();
    CHECK(id_of(c, find_skill(c, "Splunk")) == "logging");
    CHECK(id_of(c, find_skill(c, "ServiceNow")) == "itsm");
    CHECK(id_of(c, find_skill(c, "Ansible")) == "automation");
    CHECK(id_of(c, find_skill(c, "Terraform")) == "automation");
    CHECK(id_of(c, find_skill(c, "PowerShell")) == "scripting");
    CHECK(id_of(c, find_skill(c, "Prometheus")) == "monitoring");
    CHECK(id_of(c, find_skill(c, "PostgreSQL")) == "databases");
    CHECK(id_of(c, find_skill(c, "Active Directory")) == "windows");
    CHECK(id_of(c, find_skill(c, "Windows and Windows Server")) == "windows");  // the skill's name
    CHECK(id_of(c, find_skill(c, "Tableau")) == "none");
    CHECK(cert_of(c, find_cert(c, "ITIL\xC2\xAE 4 Foundation")) == "itil-4-foundation");
    CHECK(cert_of(c, find_cert(c, "CompTIA A+ ce")) == "comptia-a-plus");
    CHECK(cert_of(c, find_cert(c, "AWS Certified SysOps Administrator \xE2\x80\x93 Associate")) ==
          "aws-sysops-administrator-associate");
    CHECK(cert_of(c, find_cert(c, "Cisco Certified Network Associate (CCNA)")) == "cisco-ccna");
    CHECK(cert_of(c, find_cert(c, "Tableau Desktop Specialist")) == "none");
  }

  TEST_CASE("degree names map to education levels") {
    CHECK(education_from_degree("Bachelor") == Education::bachelor);
    CHECK(education_from_degree("Bachelor of Science") == Education::bachelor);
    CHECK(education_from_degree("BSc") == Education::bachelor);
    CHECK(education_from_degree("B.Sc.") == Education::bachelor);
    CHECK(education_from_degree("Associate of Applied Science") == Education::associate);
    CHECK(education_from_degree("Master") == Education::master);
    CHECK(education_from_degree("MBA") == Education::master);
    CHECK(education_from_degree("Ph.D.") == Education::doctorate);
    CHECK(education_from_degree("High School Diploma") == Education::high_school);
    CHECK_FALSE(education_from_degree("Bootcamp certificate").has_value());
    CHECK_FALSE(education_from_degree("").has_value());
  }

  TEST_CASE("level words follow the documented table; nothing reads as 5") {
    CHECK(level_from_word("Beginner") == 1);
    CHECK(level_from_word("Intermediate") == 2);
    CHECK(level_from_word("Advanced") == 3);
    CHECK(level_from_word("Expert") == 4);
    CHECK(level_from_word("Master") == 4);
    CHECK(level_from_word("3") == 3);
    CHECK_FALSE(level_from_word("Guru").has_value());
    CHECK_FALSE(level_from_word("7").has_value());
  }

  TEST_CASE("years asked are read from sentences") {
    CHECK(years_in_text("3+ years of experience in web development") == 3);
    CHECK(years_in_text("2-4 years in IT support") == 2);
    CHECK(years_in_text("At least five years running databases") == 5);
    CHECK(years_in_text("1 year on a help desk") == 1);
    CHECK_FALSE(years_in_text("Bachelor's degree in Computer Science").has_value());
    CHECK_FALSE(years_in_text("years of fun").has_value());
    CHECK_FALSE(years_in_text("2026 years").has_value());  // no experience is asked in thousands of years
  }

  TEST_CASE("skills are found in free text as whole words") {
    const Content& c = builtin_content();
    const auto found = skills_in_text(c, "Triage alerts in Splunk and restart jobs on Linux; NoSQL fan");
    std::vector<std::string> ids;
    for (Index i : found) ids.emplace_back(c.skills[i].id);
    CHECK(ids == std::vector<std::string>{"logging", "linux", "databases"});
    CHECK(skills_in_text(c, "mysqlish postgresqlx").empty());
  }
}
