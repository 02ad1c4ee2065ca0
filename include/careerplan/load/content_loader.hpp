#pragma once
// Turns content-pack YAML into a validated Content, or throws Failure with every problem found.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "careerplan/base/input.hpp"
#include "careerplan/model/model.hpp"

namespace careerplan {

// Loads a pack from its files (merged in the order given). When `base` is given, the pack
// extends it: items with a new id are added, items with an existing id replace that item.
Content load_content(std::span<const TextFile> files, const Content* base = nullptr);

// The pack compiled into the binary.
const Content& builtin_content();

// A pack folder: every *.yaml file directly inside it, in name order. If its pack.yaml says
// `extends: builtin`, the built-in pack is the base. Each file may hold at most max_file_bytes.
Content load_content_dir(const std::string& dir, std::size_t max_file_bytes);

}  // namespace careerplan
