#include "careerplan/base/input.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "careerplan/base/diagnostics.hpp"

using careerplan::ExitCode;
using careerplan::Failure;
using careerplan::read_input;

namespace {

// A fresh directory per test, removed with everything in it.
class ScratchDir {
public:
  ScratchDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "careerplan-input-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    m_path = pattern;
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }
  [[nodiscard]] std::string file(const std::string& name) const { return m_path + "/" + name; }
  [[nodiscard]] const std::string& path() const { return m_path; }

private:
  std::string m_path;
};

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  REQUIRE(out.good());
}

struct Caught {
  ExitCode code = ExitCode::ok;
  std::string file;
  std::string message;
};

template <typename Action>
Caught catch_failure(Action action) {
  try {
    action();
  } catch (const Failure& failure) {
    REQUIRE(failure.diagnostics().size() == 1);
    const auto& d = failure.diagnostics().front();
    CHECK(d.where.line == 0);
    return Caught{failure.code(), d.where.file, d.message};
  }
  FAIL("expected a Failure");
  return {};
}

// Points stdin at another descriptor for the life of the object.
class StdinFrom {
public:
  explicit StdinFrom(int fd) : m_saved(::dup(STDIN_FILENO)) {
    REQUIRE(fd >= 0);
    REQUIRE(::dup2(fd, STDIN_FILENO) == STDIN_FILENO);
    ::close(fd);
  }
  StdinFrom(const StdinFrom&) = delete;
  StdinFrom& operator=(const StdinFrom&) = delete;
  ~StdinFrom() {
    ::dup2(m_saved, STDIN_FILENO);
    ::close(m_saved);
  }

private:
  int m_saved;
};

}  // namespace

TEST_SUITE("input") {
  TEST_CASE("a regular file is read whole and keeps the name it was given") {
    const ScratchDir dir;
    write_file(dir.file("p.yaml"), std::string("name: Zo\xC3\xAB\n\0tail", 14));
    const auto file = read_input(dir.file("p.yaml"));
    CHECK(file.name == dir.file("p.yaml"));
    CHECK(file.text == std::string("name: Zo\xC3\xAB\n\0tail", 14));
  }

  TEST_CASE("an empty file reads as empty text") {
    const ScratchDir dir;
    write_file(dir.file("empty.yaml"), "");
    CHECK(read_input(dir.file("empty.yaml")).text.empty());
  }

  TEST_CASE("a missing file is reported with the errno text") {
    const ScratchDir dir;
    const auto caught = catch_failure([&] { read_input(dir.file("nope.yaml")); });
    CHECK(caught.code == ExitCode::no_input);
    CHECK(caught.file == dir.file("nope.yaml"));
    CHECK(caught.message == "No such file or directory");
  }

  TEST_CASE("a path through a regular file is reported as not a directory") {
    const ScratchDir dir;
    write_file(dir.file("f"), "x");
    const auto caught = catch_failure([&] { read_input(dir.file("f/p.yaml")); });
    CHECK(caught.code == ExitCode::no_input);
    CHECK(caught.message == "Not a directory");
  }

  TEST_CASE("a directory is refused") {
    const ScratchDir dir;
    const auto caught = catch_failure([&] { read_input(dir.path()); });
    CHECK(caught.code == ExitCode::no_input);
    CHECK(caught.file == dir.path());
    CHECK(caught.message == "is a directory");
  }

  TEST_CASE("a FIFO is refused at once instead of blocking") {
    const ScratchDir dir;
    REQUIRE(::mkfifo(dir.file("fifo").c_str(), 0600) == 0);
    const auto caught = catch_failure([&] { read_input(dir.file("fifo")); });
    CHECK(caught.code == ExitCode::no_input);
    CHECK(caught.message == "is not a regular file (a FIFO, socket or device)");
  }

  TEST_CASE("a device is refused") {
    const auto caught = catch_failure([] { read_input("/dev/null"); });
    CHECK(caught.code == ExitCode::no_input);
    CHECK(caught.file == "/dev/null");
    CHECK(caught.message == "is not a regular file (a FIFO, socket or device)");
  }

  TEST_CASE("a file over the default limit is refused before it is read") {
    const ScratchDir dir;
    const std::string path = dir.file("big.yaml");
    write_file(path, "");
    std::filesystem::resize_file(path, careerplan::k_default_max_input_bytes + 1);
    const auto caught = catch_failure([&] { read_input(path); });
    CHECK(caught.code == ExitCode::data);
    CHECK(caught.message == "file is larger than the 4 MiB limit (4194305 bytes)");
  }

  TEST_CASE("a file exactly at the limit is accepted") {
    const ScratchDir dir;
    write_file(dir.file("p.yaml"), std::string(1024, 'x'));
    CHECK(read_input(dir.file("p.yaml"), 1024).text.size() == 1024);
  }

  TEST_CASE("the limit is written in the largest whole unit") {
    const ScratchDir dir;
    write_file(dir.file("p.yaml"), std::string(2000, 'x'));
    CHECK(catch_failure([&] { read_input(dir.file("p.yaml"), 1024); }).message ==
          "file is larger than the 1 KiB limit (2000 bytes)");
    CHECK(catch_failure([&] { read_input(dir.file("p.yaml"), 1500); }).message ==
          "file is larger than the 1500 bytes limit (2000 bytes)");
  }

  TEST_CASE("an unreadable file is reported as permission denied") {
    const ScratchDir dir;
    write_file(dir.file("secret.yaml"), "x: 1\n");
    REQUIRE(::chmod(dir.file("secret.yaml").c_str(), 0) == 0);
    if (::geteuid() == 0) {
      // Root reads any file, so the check runs in a child that drops to nobody.
      REQUIRE(::chmod(dir.path().c_str(), 0755) == 0);
      const pid_t child = ::fork();
      REQUIRE(child >= 0);
      if (child == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
        try {
          read_input(dir.file("secret.yaml"));
        } catch (const Failure& failure) {
          const bool ok = failure.code() == ExitCode::no_input &&
                          failure.diagnostics().front().message == "Permission denied";
          ::_exit(ok ? 0 : 1);
        }
        ::_exit(2);
      }
      int status = 0;
      REQUIRE(::waitpid(child, &status, 0) == child);
      CHECK(WIFEXITED(status));
      CHECK(WEXITSTATUS(status) == 0);
    } else {
      const auto caught = catch_failure([&] { read_input(dir.file("secret.yaml")); });
      CHECK(caught.code == ExitCode::no_input);
      CHECK(caught.message == "Permission denied");
    }
  }

  TEST_CASE("a dash reads stdin under the name <stdin>") {
    const ScratchDir dir;
    write_file(dir.file("in.yaml"), "skills: [go]\n");
    const StdinFrom redirect(::open(dir.file("in.yaml").c_str(), O_RDONLY));
    const auto file = read_input("-");
    CHECK(file.name == "<stdin>");
    CHECK(file.text == "skills: [go]\n");
  }

  TEST_CASE("stdin from a pipe is capped while reading") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    REQUIRE(::write(fds[1], "0123456789", 10) == 10);
    ::close(fds[1]);
    const StdinFrom redirect(fds[0]);
    const auto caught = catch_failure([] { read_input("-", 8); });
    CHECK(caught.code == ExitCode::data);
    CHECK(caught.file == "<stdin>");
    CHECK(caught.message == "file is larger than the 8 bytes limit");
  }

  TEST_CASE("a read error on stdin is an I/O error with the errno text") {
    const ScratchDir dir;
    const StdinFrom redirect(::open(dir.path().c_str(), O_RDONLY | O_DIRECTORY));
    const auto caught = catch_failure([] { read_input("-"); });
    CHECK(caught.code == ExitCode::io);
    CHECK(caught.file == "<stdin>");
    CHECK(caught.message == "read error: Is a directory");
  }
}
