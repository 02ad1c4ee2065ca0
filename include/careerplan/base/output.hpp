#pragma once
// Writing output files so a person never loses a file or finds a half-written one.
#include <string>
#include <string_view>
#include <vector>

namespace careerplan {

struct OutputOptions {
  bool force = false;                // replace an existing regular file
  std::vector<std::string> inputs;   // files this run read; writing onto one is refused
};

// Writes `data` to `path` atomically: a temporary file in the same directory, fsync, rename.
// "-" and "/dev/stdout" write to stdout. Throws Failure: cant_create (73) when the file exists without force,
// the target is a directory, symlink, FIFO or device, the parent is missing or read-only, or
// the target is one of the inputs; io (74) when writing fails (disk full). On any failure the
// old file is intact and no temporary file is left behind.
void write_output(const std::string& path, std::string_view data, const OutputOptions& options);

// Flushes stdout and reports a write error (e.g. disk full) as Failure(io); call before exit.
void finish_stdout();

}  // namespace careerplan
