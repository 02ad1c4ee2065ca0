#include "careerplan/base/input.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "careerplan/base/diagnostics.hpp"

namespace careerplan {

namespace {

constexpr std::size_t k_chunk_bytes = 64u * 1024u;
constexpr std::size_t k_kib = 1024u;
constexpr std::size_t k_mib = 1024u * 1024u;

// Closes the descriptor it owns, except stdin, which belongs to the caller.
class FileDescriptor {
public:
  explicit FileDescriptor(int fd) : m_fd(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (m_fd > STDIN_FILENO) ::close(m_fd);
  }
  [[nodiscard]] int get() const { return m_fd; }

private:
  int m_fd;
};

std::string describe_limit(std::size_t bytes) {
  if (bytes >= k_mib && bytes % k_mib == 0) return fmt::format("{} MiB", bytes / k_mib);
  if (bytes >= k_kib && bytes % k_kib == 0) return fmt::format("{} KiB", bytes / k_kib);
  return fmt::format("{} bytes", bytes);
}

[[noreturn]] void throw_too_large(const std::string& name, std::size_t max_bytes,
                                  std::string_view size_note) {
  throw Failure(
      ExitCode::data, Location{name, 0, 0},
      fmt::format("file is larger than the {} limit{}", describe_limit(max_bytes), size_note));
}

// Reads to end of file, stopping one byte past max_bytes because a file can grow after fstat.
std::string read_all(int fd, const std::string& name, std::size_t max_bytes, std::size_t expected) {
  std::string text(std::min(expected, max_bytes) + 1, '\0');
  std::size_t used = 0;
  while (used <= max_bytes) {
    if (used == text.size())
      text.resize(std::min(std::max(2 * used, k_chunk_bytes), max_bytes + 1));
    const ssize_t got = ::read(fd, text.data() + used, text.size() - used);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw Failure(ExitCode::io, Location{name, 0, 0},
                    fmt::format("read error: {}", std::strerror(errno)));
    }
    if (got == 0) {
      text.resize(used);
      return text;
    }
    used += static_cast<std::size_t>(got);
  }
  throw_too_large(name, max_bytes, "");
}

}  // namespace

TextFile read_input(const std::string& path, std::size_t max_bytes) {
  if (path == "-") {
    const std::string name = "<stdin>";
    return TextFile{name, read_all(STDIN_FILENO, name, max_bytes, k_chunk_bytes)};
  }
  // O_NONBLOCK makes opening a FIFO return at once so it can be refused instead of hanging.
  const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
  if (fd.get() < 0) {
    throw Failure(ExitCode::no_input, Location{path, 0, 0}, std::strerror(errno));
  }
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) {
    throw Failure(ExitCode::no_input, Location{path, 0, 0}, std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) {
    throw Failure(ExitCode::no_input, Location{path, 0, 0}, "is a directory");
  }
  if (!S_ISREG(info.st_mode)) {
    throw Failure(ExitCode::no_input, Location{path, 0, 0},
                  "is not a regular file (a FIFO, socket or device)");
  }
  const int flags = ::fcntl(fd.get(), F_GETFL);
  if (flags < 0 || ::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK) != 0) {
    throw Failure(ExitCode::io, Location{path, 0, 0},
                  fmt::format("read error: {}", std::strerror(errno)));
  }
  const auto size = static_cast<std::size_t>(info.st_size);
  if (size > max_bytes) throw_too_large(path, max_bytes, fmt::format(" ({} bytes)", size));
  return TextFile{path, read_all(fd.get(), path, max_bytes, size)};
}

}  // namespace careerplan
