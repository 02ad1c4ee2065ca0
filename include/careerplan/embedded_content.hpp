#pragma once
// The built-in content pack, embedded at build time (see cmake/EmbedContent.cmake).
#include <span>
#include <string_view>

namespace careerplan {

struct EmbeddedFile {
  std::string_view name;  // file name within content/, e.g. "skills.yaml"
  std::string_view text;
};

// The files of content/, sorted by name.
std::span<const EmbeddedFile> embedded_content();

}  // namespace careerplan
