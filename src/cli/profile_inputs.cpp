#include "profile_inputs.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include "careerplan/base/diagnostics.hpp"

namespace careerplan::cli {

namespace {

bool is_directory(const std::string& path) {
  struct stat st {};
  return path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace

std::vector<std::string> profiles_in(const std::string& dir) {
  struct DirCloser {
    void operator()(DIR* p) const { ::closedir(p); }
  };
  std::unique_ptr<DIR, DirCloser> d(::opendir(dir.c_str()));
  if (!d) throw Failure(ExitCode::no_input, Location{dir, 0, 0}, std::strerror(errno));
  std::vector<std::string> names;
  while (const dirent* e = ::readdir(d.get())) {
    std::string name = e->d_name;
    if (name[0] == '.' || !(name.ends_with(".yaml") || name.ends_with(".json")) || name.size() < 6) continue;
    names.push_back(std::move(name));
  }
  if (names.empty()) {
    throw Failure(ExitCode::no_input, Location{dir, 0, 0}, "folder holds no profiles (*.yaml files or *.json résumés)");
  }
  std::sort(names.begin(), names.end());
  const std::string prefix = dir.ends_with('/') ? dir : dir + "/";
  for (auto& name : names) name = prefix + name;
  return names;
}

std::vector<std::string> expand_profile_args(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const auto& arg : args) {
    if (!is_directory(arg)) {
      out.push_back(arg);
      continue;
    }
    for (auto& path : profiles_in(arg)) out.push_back(std::move(path));
  }
  return out;
}

}  // namespace careerplan::cli
