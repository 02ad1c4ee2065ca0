#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "careerplan/plan/planner.hpp"
#include "careerplan/render/render_html.hpp"
#include "careerplan/render/render_plan.hpp"
#include "test_content.hpp"

// Private helpers of the core library; the test target only sees include/.
#include "careerplan/render/html_escape.hpp"

using namespace careerplan;
using namespace careerplan::test;

namespace {

const std::string k_long(300, 'W');
const std::string k_rtl = "\u05E2\u05D1\u05E8\u05D9\u05EA";  // "Hebrew" in Hebrew
const std::string k_hostile_track = "<script>alert(1)</script> & \"quoted\" 'single' " + k_rtl;

// A ladder of two stages and two tracks whose names try every way to break out of HTML.
struct Hostile {
  ContentBuilder b;
  Index linux_skill = b.skill("linux", "Linux <b>bold</b> & \"friends\"");
  Index sql = b.skill("sql", k_long);
  Index comm = b.skill("communication", k_rtl + " communication");
  Index itil = b.cert("itil", "ITIL & <i>co</i>", 20);
  Index junior = b.stage("junior", "Junior <img src=x onerror=alert(1)>");
  Index senior = b.stage("senior", "Senior 'Engineer'", rule_all({rule_skill(linux_skill, 4), rule_years(4)}));
  Index infra = b.track("infra", k_hostile_track, {key(linux_skill, 3, 2, true), key(sql, 4), key(comm, 3)}, {itil});
  Index app = b.track("app", "App \"support\"", {key(sql, 3, 1, true), key(comm, 2)});

  Hostile() {
    b.leads(junior, {senior});
    b.salary(infra, 60000, 80000);
  }

  [[nodiscard]] Plan plan() const {
    Profile p = person(2, {{linux_skill, 2}, {sql, 1}, {comm, 3}});
    p.name = "</title><script>alert('name')</script>";
    p.current_stage = junior;
    PlanOptions options;
    options.route = true;
    return make_plan(b.c, p, options);
  }
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

std::string render(const Hostile& h, const std::string& start = "2026-11-24") {
  return render_plan_html(h.b.c, h.plan(), HtmlOptions{start});
}

}  // namespace

TEST_SUITE("render plan html") {
  TEST_CASE("html: hostile names are escaped in text and attributes, and no script gets in") {
    const Hostile h;
    const std::string html = render(h);
    CHECK_FALSE(contains(lower(html), "<script"));
    CHECK_FALSE(contains(html, "<img"));
    CHECK_FALSE(contains(html, "<b>bold"));
    CHECK_FALSE(contains(html, "<i>co"));
    CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39; " + k_rtl));
    CHECK(contains(html, "<title>Career plan: &lt;/title&gt;&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;</title>"));
    CHECK(contains(html, "Junior &lt;img src=x onerror=alert(1)&gt;"));
  }

  TEST_CASE("html: a 300-character word is kept whole in the text and allowed to wrap anywhere") {
    const std::string html = render(Hostile{});
    CHECK(contains(html, k_long));
    CHECK(contains(html, "overflow-wrap: anywhere"));
  }

  TEST_CASE("html: right-to-left text sits in a dir=auto element") {
    const std::string html = render(Hostile{});
    CHECK(contains(html, "<span dir=\"auto\">" + k_rtl + " communication</span>"));
  }

  TEST_CASE("html: the page is self-contained, with no script and no external resource") {
    const std::string html = lower(render(Hostile{}));
    CHECK(html.rfind("<!doctype html>\n", 0) == 0);
    CHECK_FALSE(contains(html, "<link"));
    CHECK_FALSE(contains(html, "@import"));
    CHECK_FALSE(contains(html, "url(http"));
    // No element loads anything or runs a handler (the hostile names hold such text, escaped).
    CHECK_FALSE(std::regex_search(html, std::regex("<[a-z][^>]*\\s(src|href|on[a-z]+)\\s*=")));
    // The only URL is the SVG namespace, which is a name, not a request.
    const std::regex url("https?://[^\"' <]*");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), url); it != std::sregex_iterator(); ++it) {
      CHECK(it->str() == "http://www.w3.org/2000/svg");
    }
  }

  TEST_CASE("html: each target track gets a radar with both polygons, a title, a description and a table") {
    const Hostile h;
    const Plan plan = h.plan();
    const std::string html = render_plan_html(h.b.c, plan, HtmlOptions{});
    REQUIRE(plan.gaps.size() >= 2);
    CHECK(count(html, "<svg class=\"radar\" role=\"img\"") == plan.gaps.size());
    CHECK(count(html, "<polygon class=\"radar-need\"") == plan.gaps.size());
    CHECK(count(html, "<polygon class=\"radar-have\"") == plan.gaps.size());
    CHECK_FALSE(contains(html, "points=\"\""));
    CHECK(contains(html, "-title\">Skills radar: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"));
    CHECK(contains(html, "<desc id=\"radar-1-desc\">Your level against the level asked for, per key skill:"));
    // The radar's text equivalent: every key skill with the person's and the asked level.
    CHECK(contains(html, "<td>" + html_user_text("Linux <b>bold</b> & \"friends\"") +
                             " (essential)</td><td class=\"num\">2</td><td class=\"num\">3</td>"));
  }

  TEST_CASE("html: the route is drawn left to right with the current position marked") {
    const Hostile h;
    const Plan plan = h.plan();
    REQUIRE(plan.route);
    REQUIRE(plan.route->best);
    const std::string html = render_plan_html(h.b.c, plan, HtmlOptions{});
    CHECK(count(html, "<svg class=\"route\" role=\"img\"") == 1);
    CHECK(count(html, "<g class=\"node current\">") == 1);
    CHECK(contains(html, "you are here"));
    CHECK(count(html, "<g class=\"hop\">") == plan.route->best->hops.size());
  }

  TEST_CASE("html: the sections come in the Markdown plan's order, and next steps are a checklist") {
    const Hostile h;
    const Plan plan = h.plan();
    const std::string html = render_plan_html(h.b.c, plan, HtmlOptions{});
    const std::string md = render_plan_markdown(h.b.c, plan, MarkdownOptions{});
    std::vector<std::string> md_titles;
    std::istringstream in(md);
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("## ", 0) == 0) md_titles.push_back(line.substr(3));
    }
    std::vector<std::string> html_titles;
    const std::regex h2("<h2 id=\"[a-z-]+\">([^<]*)");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), h2); it != std::sregex_iterator(); ++it) {
      html_titles.push_back((*it)[1].str());
    }
    REQUIRE(html_titles.size() == md_titles.size());
    for (std::size_t i = 0; i < md_titles.size(); ++i) CHECK(md_titles[i].rfind(html_titles[i], 0) == 0);
    CHECK(count(html, "<input type=\"checkbox\" disabled>") >= plan.next_steps.size());
    CHECK(contains(html, "@media print"));
  }

  TEST_CASE("html: rendering is deterministic and dates come only from the start date") {
    const Hostile h;
    CHECK(render(h) == render(h));
    CHECK(contains(render(h), "<strong>Plan starts:</strong> 2026-11-24"));
    CHECK_FALSE(contains(render(h, ""), "Plan starts"));
    CHECK_THROWS_AS(render(h, "2026-02-30"), Failure);
  }
}

TEST_SUITE("html escape") {
  TEST_CASE("html_escape: the five special characters become references and controls become spaces") {
    CHECK(html_escape("a&b<c>d\"e'f\x01g") == "a&amp;b&lt;c&gt;d&quot;e&#39;f g");
  }

  TEST_CASE("html labels wrap at spaces, count code points, and a cut-off label ends with an ellipsis") {
    CHECK(wrap_label("Customer support", 12, 3) == std::vector<std::string>{"Customer", "support"});
    CHECK(wrap_label(std::string(30, 'x'), 10, 2) == std::vector<std::string>{std::string(10, 'x'), std::string(9, 'x') + "\u2026"});
    CHECK(wrap_label(k_rtl, 5, 1) == std::vector<std::string>{k_rtl});
  }
}
