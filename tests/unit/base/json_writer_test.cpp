#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <string>

#include "careerplan/base/json_writer.hpp"

using namespace careerplan;
using Json = nlohmann::ordered_json;

namespace {

// Writes `j` through the writer, value by value, as the renderers do.
void write(JsonWriter& out, const Json& j) {
  switch (j.type()) {
    case Json::value_t::object:
      out.begin_object();
      for (const auto& [k, v] : j.items()) {
        out.key(k);
        write(out, v);
      }
      out.end_object();
      break;
    case Json::value_t::array:
      out.begin_array();
      for (const auto& v : j) write(out, v);
      out.end_array();
      break;
    case Json::value_t::string: out.value(j.get_ref<const std::string&>()); break;
    case Json::value_t::boolean: out.value(j.get<bool>()); break;
    case Json::value_t::number_integer: out.value(j.get<long>()); break;
    case Json::value_t::number_unsigned: out.value(j.get<unsigned long>()); break;
    case Json::value_t::number_float: out.value(j.get<double>()); break;
    default: out.null(); break;
  }
}

std::string dumped(const Json& j, int indent) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string written(const Json& j, int indent) {
  JsonWriter out(indent);
  write(out, j);
  return out.take();
}

}  // namespace

TEST_SUITE("json writer") {
  TEST_CASE("writes what nlohmann's dump writes, pretty and compact") {
    const Json doc = Json::parse(R"({"a": 1, "b": [], "c": {}, "d": [1, 2.5, "x", null, true, false, {}, []],
      "e": {"f": {"g": [[], [1], {"h": -0.0}]}}, "money": 70000.0, "fit": 0.4707, "tiny": 1e-7, "huge": 1e21,
      "neg": -3, "text": "tab\there \"quoted\" back\\slash \u0001 \u001f \u007f é ✓ 😀"})");
    for (int indent : {-1, 2, 4}) {
      CHECK(written(doc, indent) == dumped(doc, indent));
    }
  }

  TEST_CASE("strings escape exactly as nlohmann's, invalid UTF-8 included") {
    std::mt19937 rng(7);
    // Plain, escaped and control bytes (NUL among them), valid multi-byte UTF-8, and stray bytes.
    std::string alphabet = "aZ \"\\/\b\f\n\r\t\x01\x1f\x7f";
    alphabet += '\0';
    alphabet += "\xc3\xa9\xe2\x9c\x93\xf0\x9f\x98\x80\x80\xc0\xe2\xff";
    for (int round = 0; round < 2000; ++round) {
      std::string s;
      const auto length = rng() % 12;
      for (unsigned i = 0; i < length; ++i) s += alphabet[rng() % alphabet.size()];
      const Json doc = {{"k" + s, s}};
      CHECK_MESSAGE(written(doc, -1) == dumped(doc, -1), s);
      CHECK_MESSAGE(written(doc, 2) == dumped(doc, 2), s);
    }
  }

  TEST_CASE("long plain runs with one special byte anywhere escape exactly as nlohmann's") {
    // The writer skips plain text eight bytes at a time: every special byte at every offset of
    // those steps, and every printable ASCII byte around it, must still be seen.
    std::string specials = "\"\\\x01\x1f\x7f\x80\xc3\xa9";
    specials += '\0';
    for (std::size_t length = 1; length <= 40; ++length) {
      for (std::size_t at = 0; at < length; ++at) {
        for (const char c : specials) {
          std::string s;
          for (std::size_t i = 0; i < length; ++i) s += static_cast<char>(0x20 + (i * 7 + length) % 0x5f);
          s[at] = c;
          const Json doc = {{s, s}};
          CHECK_MESSAGE(written(doc, -1) == dumped(doc, -1), s);
        }
      }
    }
  }

  TEST_CASE("doubles are formatted as nlohmann formats them, and a non-finite one is null") {
    std::mt19937_64 rng(11);
    for (int round = 0; round < 5000; ++round) {
      const double scale = std::pow(10.0, static_cast<int>(rng() % 40) - 20);
      const double d = std::round(static_cast<double>(rng() % 2000000) - 1000000.0) / 100.0 * scale;
      const Json doc = Json::array({d});
      CHECK(written(doc, -1) == dumped(doc, -1));
    }
    JsonWriter out(-1);
    out.begin_array().value(std::nan("")).value(HUGE_VAL).end_array();
    CHECK(out.text() == "[null,null]");
  }

  TEST_CASE("a prebuilt document is laid out at the writer's depth") {
    const Json route = Json::parse(R"({"steps": [{"id": "a"}, {"id": "b"}], "empty": []})");
    const Json doc = {{"plan", {{"route", route}}}};
    JsonWriter out(2);
    out.begin_object().key("plan").begin_object().key("route").value(route).end_object().end_object();
    CHECK(out.text() == dumped(doc, 2));
  }

  TEST_CASE("a key written as a literal comes out as the same key given at run time, pretty and compact") {
    for (const int indent : {-1, 0, 2}) {
      const std::string name = "track_count";
      JsonWriter literal(indent);
      JsonWriter given(indent);
      literal.begin_object().key("track_count").value(3).field("x", "y").key("a").begin_array().end_array().end_object();
      given.begin_object().key(name).value(3).field(std::string_view("x"), "y").key(std::string("a")).begin_array()
          .end_array().end_object();
      CHECK(literal.text() == given.text());
      const Json doc = {{"track_count", 3}, {"x", "y"}, {"a", Json::array()}};
      CHECK(literal.text() == dumped(doc, indent));
    }
  }
}
