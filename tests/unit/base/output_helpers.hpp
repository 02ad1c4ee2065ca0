#pragma once
// Scratch directories, files and caught Failures for the tests of write_output.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "careerplan/base/diagnostics.hpp"

namespace careerplan::test {

// A fresh directory per test, removed with everything in it.
class ScratchDir {
public:
  ScratchDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "careerplan-output-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    m_path = pattern;
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, ignored);
    for (const auto& entry : std::filesystem::directory_iterator(m_path, ignored)) {
      std::filesystem::permissions(
          entry.path(), std::filesystem::perms::owner_all,
          std::filesystem::perm_options::add | std::filesystem::perm_options::nofollow, ignored);
    }
    std::filesystem::remove_all(m_path, ignored);
  }
  [[nodiscard]] std::string file(const std::string& name) const { return m_path + "/" + name; }
  [[nodiscard]] const std::string& path() const { return m_path; }

  // Every name in the directory, sorted, so a leftover temporary file shows up.
  [[nodiscard]] std::vector<std::string> names() const {
    std::vector<std::string> result;
    for (const auto& entry : std::filesystem::directory_iterator(m_path)) {
      result.push_back(entry.path().filename().string());
    }
    std::sort(result.begin(), result.end());
    return result;
  }

private:
  std::string m_path;
};

inline void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  REQUIRE(out.good());
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Caught {
  ExitCode code = ExitCode::ok;
  std::string file;
  std::string message;
};

template <typename Action>
Caught catch_failure(Action action) {
  try {
    action();
  } catch (const Failure& failure) {
    REQUIRE(failure.diagnostics().size() == 1);
    const auto& d = failure.diagnostics().front();
    return Caught{failure.code(), d.where.file, d.message};
  }
  FAIL("expected a Failure");
  return {};
}

}  // namespace careerplan::test
