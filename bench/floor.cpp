// The start-up floor: a hello-world linked with CLI11, fmt and yaml-cpp as careerplan is (statically
// or dynamically, bench/CMakeLists.txt), so bench/run reports careerplan against the least such a program costs.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

int main(int argc, char** argv) {
  CLI::App app{"floor"};
  std::string name = "world";
  app.add_option("--name", name);
  CLI11_PARSE(app, argc, argv);
  if (name == "yaml") return YAML::Load("a: 1")["a"].as<int>() == 1 ? 0 : 1;  // keeps yaml-cpp linked
  fmt::print("hello, {}\n", name);
  return 0;
}
