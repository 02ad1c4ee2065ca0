#include <dirent.h>
#include <sys/stat.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "careerplan/load/content_loader.hpp"
#include "careerplan/base/input.hpp"
#include "careerplan/load/yaml_tree.hpp"

namespace careerplan {

namespace {

constexpr std::size_t k_max_pack_files = 256;

std::string real_path(const std::string& path) {
  std::unique_ptr<char, decltype(&std::free)> p(::realpath(path.c_str(), nullptr), &std::free);
  return p ? std::string(p.get()) : std::string();
}

// The *.yaml files directly inside `dir`, by name. A pack may not reach outside its folder,
// so an entry that is a link resolving elsewhere is refused.
std::vector<std::string> pack_files(const std::string& dir) {
  struct stat st{};
  if (::stat(dir.c_str(), &st) != 0) throw Failure(ExitCode::no_input, Location{dir, 0, 0}, std::strerror(errno));
  if (!S_ISDIR(st.st_mode)) {
    throw Failure(ExitCode::no_input, Location{dir, 0, 0}, "is not a directory",
                  {"--content takes a content pack folder"});
  }
  struct DirCloser {
    void operator()(DIR* p) const { ::closedir(p); }
  };
  std::unique_ptr<DIR, DirCloser> d(::opendir(dir.c_str()));
  if (!d) throw Failure(ExitCode::no_input, Location{dir, 0, 0}, std::strerror(errno));
  const std::string root = real_path(dir);
  std::vector<std::string> names;
  while (const dirent* e = ::readdir(d.get())) {
    std::string name = e->d_name;
    if (name.size() < 6 || name.compare(name.size() - 5, 5, ".yaml") != 0 || name[0] == '.') continue;
    names.push_back(std::move(name));
  }
  std::sort(names.begin(), names.end());
  if (names.empty()) throw Failure(ExitCode::data, Location{dir, 0, 0}, "content pack folder holds no .yaml files");
  if (names.size() > k_max_pack_files) {
    throw Failure(ExitCode::data, Location{dir, 0, 0},
                  fmt::format("content pack holds {} files; the limit is {}", names.size(), k_max_pack_files));
  }
  std::vector<std::string> paths;
  for (const auto& name : names) {
    std::string path = dir + (dir.ends_with('/') ? "" : "/") + name;
    const std::string resolved = real_path(path);
    if (resolved.empty() || !resolved.starts_with(root + "/")) {
      throw Failure(ExitCode::data, Location{path, 0, 0}, "links outside the content pack folder",
                    {"a pack may only hold its own files"});
    }
    paths.push_back(std::move(path));
  }
  return paths;
}

// Reads `extends:` from the pack section, if any, without a full decode.
std::string extends_of(const std::vector<TextFile>& files) {
  for (const auto& f : files) {
    if (!f.name.ends_with("/pack.yaml")) continue;
    const yaml::Node root = yaml::parse(f.text, f.name);
    for (const auto& e : root.entries) {
      if (e.key != "pack") continue;
      for (const auto& p : e.value.entries) {
        if (p.key != "extends") continue;
        if (!p.value.is_scalar() || p.value.value != "builtin") {
          throw Failure(ExitCode::data, Location{f.name, p.value.line, p.value.column},
                        fmt::format("unknown base pack '{}'", p.value.is_scalar() ? p.value.value : "?"),
                        {"a pack can extend only 'builtin'"});
        }
        return p.value.value;
      }
    }
  }
  return {};
}

}  // namespace

Content load_content_dir(const std::string& dir, std::size_t max_file_bytes) {
  std::vector<TextFile> files;
  for (const auto& path : pack_files(dir)) files.push_back(read_input(path, max_file_bytes));
  if (extends_of(files) == "builtin") return load_content(files, &builtin_content());
  return load_content(files);
}

}  // namespace careerplan
