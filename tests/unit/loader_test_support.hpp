#pragma once
// Runs a loader on YAML text and returns the messages it reported, one formatted line each.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "careerplan/base/diagnostics.hpp"

// Failed comparisons of message lists print the lists.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const auto& s : v) out += "\n  \"" + s + "\"";
    out += v.empty() ? "}" : "\n}";
    return out.c_str();
  }
};

namespace careerplan::test {

// Calls f(); returns every diagnostic as "FILE:LINE:COL: MESSAGE", or {} when f succeeds.
template <typename F>
std::vector<std::string> errors_of(F&& f) {
  try {
    f();
  } catch (const Failure& failure) {
    std::vector<std::string> out;
    for (const auto& d : failure.diagnostics()) {
      out.push_back(d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) +
                    ": " + d.message);
    }
    return out;
  }
  return {};
}

}  // namespace careerplan::test
