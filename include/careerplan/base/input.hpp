#pragma once
// Reading input files safely: regular files (or "-" for stdin) only, size-capped, errno reported.
#include <cstddef>
#include <string>

namespace careerplan {

// A file's text with the name messages show for it, e.g. "content/tracks.yaml".
struct TextFile {
  std::string name;
  std::string text;
};

inline constexpr std::size_t k_default_max_input_bytes = 4u * 1024u * 1024u;

// Reads a whole input file. "-" reads stdin. Throws Failure:
//   no_input (66) when missing or unreadable ("No such file or directory", "Permission denied"),
//   no_input when a directory, FIFO, socket or device ("is a directory", "is not a regular file"),
//   data (65) when larger than max_bytes, io (74) on a read error.
TextFile read_input(const std::string& path, std::size_t max_bytes = k_default_max_input_bytes);

}  // namespace careerplan
