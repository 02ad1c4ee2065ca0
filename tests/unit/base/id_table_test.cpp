#include "careerplan/base/id_table.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

using careerplan::IdTable;

namespace {

std::vector<std::string> keys(const IdTable& t) {
  std::vector<std::string> out;
  for (const auto& [key, index] : t) out.emplace_back(key);
  return out;
}

}  // namespace

TEST_SUITE("id table") {
  TEST_CASE("keys added in any order iterate in increasing byte order and resolve to their index") {
    IdTable t;
    CHECK(t.emplace("linux", 0).second);
    CHECK(t.emplace("bash", 1).second);
    CHECK(t.emplace("sql", 2).second);
    CHECK(t.emplace("k8s", 3).second);
    CHECK(t.emplace("\xc3\xa9t\xc3\xa9", 4).second);  // a high byte sorts after ASCII
    CHECK(keys(t) == std::vector<std::string>{"bash", "k8s", "linux", "sql", "\xc3\xa9t\xc3\xa9"});
    CHECK(t.size() == 5);
    CHECK(t.at("linux") == 0);
    CHECK(t.find("sql")->second == 2);
    CHECK(t.find("nope") == t.end());
    CHECK(t.count("k8s") == 1);
    CHECK_FALSE(t.contains("k"));
    CHECK_THROWS_AS((void)t.at("k"), std::out_of_range);
  }

  TEST_CASE("keys appended in increasing order make the same table as emplace") {
    IdTable appended;
    IdTable emplaced;
    for (const auto& [key, index] : {std::pair<const char*, unsigned>{"bash", 1}, {"k8s", 3}, {"linux", 0}, {"sql", 2}}) {
      appended.append_greater(key, index);
      emplaced.emplace(key, index);
    }
    CHECK(appended == emplaced);
    CHECK(appended.at("k8s") == 3);
    CHECK(appended.find("linuxx") == appended.end());
    CHECK(appended.emplace("c", 9).second);  // later changes keep the order
    CHECK(keys(appended) == std::vector<std::string>{"bash", "c", "k8s", "linux", "sql"});
  }

  TEST_CASE("a present key is kept by emplace and replaced by insert_or_assign") {
    IdTable t;
    t.emplace("linux", 0);
    auto [it, added] = t.emplace("linux", 7);
    CHECK_FALSE(added);
    CHECK(it->second == 0);
    t.insert_or_assign("linux", 7);
    CHECK(t.at("linux") == 7);
    CHECK(t.size() == 1);
  }

  TEST_CASE("erase removes one key and leaves the others resolvable") {
    IdTable t;
    for (const char* k : {"d", "b", "a", "c"}) t.emplace(k, static_cast<std::uint32_t>(k[0] - 'a'));
    CHECK(t.erase("b") == 1);
    CHECK(t.erase("b") == 0);
    CHECK(keys(t) == std::vector<std::string>{"a", "c", "d"});
    CHECK(t.at("c") == 2);
    t.emplace("b", 9);
    CHECK(t.at("b") == 9);
  }

  TEST_CASE("a copy is independent and equal until one of them changes") {
    IdTable a;
    a.emplace("x", 1);
    a.emplace("y", 2);
    IdTable b = a;
    CHECK(a == b);
    b.emplace("z", 3);
    CHECK_FALSE(a == b);
    CHECK(a.size() == 2);
    CHECK(b.at("x") == 1);
  }

  TEST_CASE("lookup_key folds case, spaces and punctuation into one hyphen, and keeps UTF-8 letters") {
    using careerplan::lookup_key;
    CHECK(lookup_key("Network Engineer") == "network-engineer");
    CHECK(lookup_key("  SQL ") == "sql");
    CHECK(lookup_key("CompTIA A+") == "comptia-a");
    CHECK(lookup_key("network_engineer") == "network-engineer");
    CHECK(lookup_key("Cybersecurity Analyst / Engineer") == "cybersecurity-analyst-engineer");
    CHECK(lookup_key("Zürich Ops") == "zürich-ops");
    CHECK(lookup_key("infrastructure-support") == "infrastructure-support");
    CHECK(lookup_key("--") == "");
  }

  TEST_CASE("find_name finds a key as typed first, then by its lookup_key") {
    IdTable t;
    t.emplace("network-engineer", 1);
    t.emplace("sql", 2);
    CHECK(t.find_name("sql")->second == 2);
    CHECK(t.find_name("SQL")->second == 2);
    CHECK(t.find_name("Network Engineer")->second == 1);
    CHECK(t.find_name("NETWORK_ENGINEER")->second == 1);
    CHECK(t.find_name("network engineers") == t.end());
    CHECK(t.find_name("") == t.end());
  }
}
