// The YAML baseline: a bare YAML::LoadFile of each file named, and nothing else, so bench/run can
// compare careerplan's whole YAML path (parse, validate, resolve ids) with parsing alone.
#include <yaml-cpp/yaml.h>

#include <cstdio>

int main(int argc, char** argv) {
  std::size_t nodes = 0;
  for (int i = 1; i < argc; ++i) {
    const YAML::Node root = YAML::LoadFile(argv[i]);
    nodes += root.size();
  }
  std::printf("%zu\n", nodes);
  return 0;
}
