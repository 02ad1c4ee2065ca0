#include "careerplan/base/output.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <linux/fs.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <climits>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <string_view>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/signal_cleanup.hpp"

namespace careerplan {

namespace {

// mkstemp's suffix plus our "." and ".tmp" make the temporary name this much longer.
constexpr std::size_t k_temp_name_overhead = 11;
constexpr std::size_t k_max_write_bytes = std::size_t{1} << 30;

[[noreturn]] void fail(ExitCode code, const std::string& path, std::string message) {
  throw Failure(code, Location{path, 0, 0}, std::move(message));
}

[[noreturn]] void fail_errno(ExitCode code, const std::string& path, std::string_view what,
                             int error) {
  fail(code, path, fmt::format("{}: {}", what, std::strerror(error)));
}

std::string stdout_error(int error) {
  if (error == 0) return "cannot write to stdout";
  return fmt::format("cannot write to stdout: {}", std::strerror(error));
}

// Writes everything or returns the errno that stopped it; 0 on success.
int write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t written = ::write(fd, data.data(), std::min(data.size(), k_max_write_bytes));
    if (written < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        // A descriptor inherited in non-blocking mode: wait until it drains instead of failing.
        pollfd waiter{fd, POLLOUT, 0};
        if (::poll(&waiter, 1, -1) < 0 && errno != EINTR) return errno;
        continue;
      }
      return errno;
    }
    if (written == 0) return EIO;
    data.remove_prefix(static_cast<std::size_t>(written));
  }
  return 0;
}

// umask(2) can only be read by changing it; /proc/self/status avoids that window for other threads.
mode_t current_umask() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("Umask:", 0) == 0) {
      const std::size_t start = line.find_first_not_of(" \t", 6);
      unsigned mask = 0;
      if (start != std::string::npos &&
          std::from_chars(line.data() + start, line.data() + line.size(), mask, 8).ec ==
              std::errc{}) {
        return static_cast<mode_t>(mask & 0777u);
      }
      break;
    }
  }
  const mode_t mask = ::umask(022);
  ::umask(mask);
  return mask;
}

struct PathParts {
  std::string directory;  // where the temporary file goes; "." for a bare name
  std::string name;
};

PathParts split_path(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return {".", path};
  return {path.substr(0, slash == 0 ? 1 : slash), path.substr(slash + 1)};
}

std::string temp_template(const PathParts& parts) {
  // Shortened so a name that fits NAME_MAX never fails as ENAMETOOLONG only because of the suffix.
  const std::size_t keep =
      std::min(parts.name.size(), std::size_t{NAME_MAX} - k_temp_name_overhead);
  std::string result = parts.directory;
  if (result.back() != '/') result += '/';
  return result + "." + parts.name.substr(0, keep) + ".tmpXXXXXX";
}

const char* refusal_for(mode_t mode) {
  if (S_ISLNK(mode)) return "is a symbolic link; refusing to replace it";
  if (S_ISFIFO(mode)) return "is a FIFO; refusing to replace it";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device; refusing to replace it";
  if (S_ISSOCK(mode)) return "is a socket; refusing to replace it";
  return "is not a regular file; refusing to replace it";
}

bool is_an_input(const std::string& path, const std::vector<std::string>& inputs) {
  struct stat target {};
  if (::stat(path.c_str(), &target) != 0) return false;
  return std::any_of(inputs.begin(), inputs.end(), [&](const std::string& input) {
    struct stat info {};
    return input != "-" && ::stat(input.c_str(), &info) == 0 && info.st_dev == target.st_dev &&
           info.st_ino == target.st_ino;
  });
}

// Refuses every target that must not be replaced; returns its mode when a regular file exists.
std::optional<mode_t> check_target(const std::string& path, const OutputOptions& options) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0) {
    const int error = errno;
    if (error != ENOENT || split_path(path).name.empty()) {
      fail_errno(ExitCode::cant_create, path, "cannot create", error);
    }
    return std::nullopt;
  }
  if (S_ISDIR(info.st_mode)) fail(ExitCode::cant_create, path, "is a directory");
  if (is_an_input(path, options.inputs)) {
    fail(ExitCode::cant_create, path, "is also an input file; refusing to overwrite it");
  }
  // A link, FIFO or device is refused outright: --force would not help, so it is not offered.
  if (!S_ISREG(info.st_mode)) fail(ExitCode::cant_create, path, refusal_for(info.st_mode));
  if (!options.force) fail(ExitCode::cant_create, path, "already exists (use --force to overwrite)");
  return info.st_mode & 0777;
}

// In an append-only folder (chattr +a) a file can be made but never renamed or removed: the
// temporary file would stay behind holding the whole output, so nothing is written there.
void refuse_append_only(const std::string& path, const std::string& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return;  // mkostemp reports what is wrong with the folder
  int flags = 0;
  const bool append_only = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 && (flags & FS_APPEND_FL) != 0;
  ::close(fd);
  if (append_only) {
    fail(ExitCode::cant_create, path, "cannot create: the folder is append-only, so no file can be renamed into place");
  }
}

// Owns the temporary file: closes and removes it unless the rename put it in place, and while
// it exists a SIGINT, SIGTERM or SIGHUP removes it too (signal_cleanup).
class TempFile {
public:
  // Call with the signals blocked, right after mkostemp made the file.
  TempFile(std::string path, int fd) : m_path(std::move(path)), m_fd(fd) { signal_cleanup::arm(m_path); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (m_fd >= 0) ::close(m_fd);
    const signal_cleanup::Blocked blocked;
    // A file that cannot be removed (its folder changed under us) at least holds nothing.
    if (!m_placed && ::unlink(m_path.c_str()) != 0 && errno != ENOENT) (void)::truncate(m_path.c_str(), 0);
    signal_cleanup::disarm();
  }
  [[nodiscard]] const std::string& path() const { return m_path; }
  [[nodiscard]] int fd() const { return m_fd; }
  // Returns the errno of a failed close; EINTR still closes the descriptor on Linux.
  int close() {
    const int result = ::close(m_fd);
    m_fd = -1;
    return (result != 0 && errno != EINTR) ? errno : 0;
  }
  // Call with the signals blocked: the file now has the user's name.
  void placed() {
    m_placed = true;
    signal_cleanup::disarm();
  }

private:
  std::string m_path;
  int m_fd;
  bool m_placed = false;
};

[[noreturn]] void fail_rename(const std::string& path, int error) {
  if (error == EEXIST)
    fail(ExitCode::cant_create, path, "already exists (use --force to overwrite)");
  if (error == EISDIR) fail(ExitCode::cant_create, path, "is a directory");
  if (error == ENOSPC || error == EIO || error == EDQUOT) {
    fail_errno(ExitCode::io, path, "write error", error);
  }
  fail_errno(ExitCode::cant_create, path, "cannot create", error);
}

// Moves the temporary file into place without ever replacing a file that appeared meanwhile.
void place_without_replacing(TempFile& temp, const std::string& path) {
  if (::renameat2(AT_FDCWD, temp.path().c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) {
    temp.placed();
    return;
  }
  if (errno != EINVAL && errno != ENOSYS) fail_rename(path, errno);
  // Filesystems without RENAME_NOREPLACE: link(2) also fails with EEXIST instead of replacing.
  if (::link(temp.path().c_str(), path.c_str()) != 0) {
    if (errno != EPERM && errno != ENOTSUP) fail_rename(path, errno);
    // No hard links either (e.g. FAT): check again and rename, accepting a tiny race.
    struct stat info {};
    if (::lstat(path.c_str(), &info) == 0) fail_rename(path, EEXIST);
    if (::rename(temp.path().c_str(), path.c_str()) != 0) fail_rename(path, errno);
    temp.placed();
    return;
  }
  ::unlink(temp.path().c_str());
  temp.placed();
}

void sync_directory(const std::string& path, const std::string& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // the file is in place; only the durability of its name is unconfirmed
  const int result = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  if (result != 0 && error != EINVAL) fail_errno(ExitCode::io, path, "write error", error);
}

void write_stdout(std::string_view data) {
  // Whatever stdio still buffers was printed earlier and must come out first.
  if (std::fflush(stdout) != 0) throw Failure(ExitCode::io, Location{}, stdout_error(errno));
  if (const int error = write_all(STDOUT_FILENO, data); error != 0) {
    throw Failure(ExitCode::io, Location{}, stdout_error(error));
  }
}

}  // namespace

void write_output(const std::string& path, std::string_view data, const OutputOptions& options) {
  if (path == "-" || path == "/dev/stdout") {  // the program's own stdout, not a file to replace
    write_stdout(data);
    return;
  }
  if (path.empty()) fail(ExitCode::cant_create, path, "the output path is empty");
  const std::optional<mode_t> replaced_mode = check_target(path, options);
  const PathParts parts = split_path(path);

  refuse_append_only(path, parts.directory);

  std::string temp_path = temp_template(parts);
  std::optional<signal_cleanup::Blocked> blocked(std::in_place);
  const int fd = ::mkostemp(temp_path.data(), O_CLOEXEC);
  if (fd < 0) fail_errno(ExitCode::cant_create, path, "cannot create", errno);
  TempFile temp(std::move(temp_path), fd);
  blocked.reset();

  if (const int error = write_all(temp.fd(), data); error != 0) {
    fail_errno(ExitCode::io, path, "write error", error);
  }
  if (::fsync(temp.fd()) != 0 && errno != EINVAL) {
    fail_errno(ExitCode::io, path, "write error", errno);
  }
  // mkstemp creates 0600; a replaced file keeps its mode, a new one gets the usual 0666 & ~umask.
  // A filesystem that refuses chmod leaves 0600, which errs on the private side.
  ::fchmod(temp.fd(), replaced_mode.value_or(0666 & ~current_umask()));
  if (const int error = temp.close(); error != 0) {
    fail_errno(ExitCode::io, path, "write error", error);
  }

  {
    // A signal between the rename and disarming would remove a name that no longer exists.
    const signal_cleanup::Blocked during_rename;
    if (options.force) {
      if (::rename(temp.path().c_str(), path.c_str()) != 0) fail_rename(path, errno);
      temp.placed();
    } else {
      place_without_replacing(temp, path);
    }
  }
  sync_directory(path, parts.directory);
}

void finish_stdout() {
  errno = 0;
  const bool flush_failed = std::fflush(stdout) != 0;
  const int error = errno;
  if (flush_failed || std::ferror(stdout) != 0) {
    std::clearerr(stdout);  // report once, even if the caller flushes again on the way out
    throw Failure(ExitCode::io, Location{}, stdout_error(error));
  }
}

}  // namespace careerplan
