#include "careerplan/base/output.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <iterator>
#include <string>
#include <vector>

#include "careerplan/base/diagnostics.hpp"
#include "output_helpers.hpp"

using careerplan::ExitCode;
using careerplan::Failure;
using careerplan::OutputOptions;
using careerplan::write_output;
using namespace careerplan::test;

namespace {

OutputOptions forced() {
  OutputOptions options;
  options.force = true;
  return options;
}

// Sets the umask for the life of the object.
class UmaskScope {
public:
  explicit UmaskScope(mode_t mask) : m_saved(::umask(mask)) {}
  UmaskScope(const UmaskScope&) = delete;
  UmaskScope& operator=(const UmaskScope&) = delete;
  ~UmaskScope() { ::umask(m_saved); }

private:
  mode_t m_saved;
};

mode_t mode_of(const std::string& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

}  // namespace

TEST_SUITE("output") {
  TEST_CASE("a new file is written with its content and no temporary file remains") {
    const ScratchDir dir;
    write_output(dir.file("plan.md"), "# Plan\n", {});
    CHECK(read_file(dir.file("plan.md")) == "# Plan\n");
    CHECK(dir.names() == std::vector<std::string>{"plan.md"});
  }

  TEST_CASE("a bare file name is written in the current directory") {
    const ScratchDir dir;
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(dir.path());
    CHECK_NOTHROW(write_output("plan.md", "x", {}));
    std::filesystem::current_path(previous);
    CHECK(read_file(dir.file("plan.md")) == "x");
  }

  TEST_CASE("empty output and large output are written exactly") {
    const ScratchDir dir;
    write_output(dir.file("empty.md"), "", {});
    CHECK(read_file(dir.file("empty.md")).empty());
    std::string big(3 * 1024 * 1024 + 17, 'a');
    big[12345] = '\0';
    write_output(dir.file("big.md"), big, {});
    CHECK(read_file(dir.file("big.md")) == big);
  }

  TEST_CASE("a new file gets mode 0644 under umask 022") {
    const ScratchDir dir;
    const UmaskScope mask(022);
    write_output(dir.file("plan.md"), "x", {});
    CHECK(mode_of(dir.file("plan.md")) == 0644);
  }

  TEST_CASE("a new file gets mode 0600 under umask 077") {
    const ScratchDir dir;
    const UmaskScope mask(077);
    write_output(dir.file("plan.md"), "x", {});
    CHECK(mode_of(dir.file("plan.md")) == 0600);
  }

  TEST_CASE("an existing file is kept without force") {
    const ScratchDir dir;
    write_file(dir.file("plan.md"), "old\n");
    const auto caught = catch_failure([&] { write_output(dir.file("plan.md"), "new\n", {}); });
    CHECK(caught.code == ExitCode::cant_create);
    CHECK(caught.file == dir.file("plan.md"));
    CHECK(caught.message == "already exists (use --force to overwrite)");
    CHECK(read_file(dir.file("plan.md")) == "old\n");
    CHECK(dir.names() == std::vector<std::string>{"plan.md"});
  }

  TEST_CASE("an existing file is replaced with force and keeps its mode") {
    const ScratchDir dir;
    write_file(dir.file("plan.md"), "old content that is longer\n");
    REQUIRE(::chmod(dir.file("plan.md").c_str(), 0640) == 0);
    write_output(dir.file("plan.md"), "new\n", forced());
    CHECK(read_file(dir.file("plan.md")) == "new\n");
    CHECK(mode_of(dir.file("plan.md")) == 0640);
    CHECK(dir.names() == std::vector<std::string>{"plan.md"});
  }

  TEST_CASE("a directory target is refused even with force") {
    const ScratchDir dir;
    REQUIRE(::mkdir(dir.file("out").c_str(), 0755) == 0);
    for (const OutputOptions& options : {OutputOptions{}, forced()}) {
      const auto caught = catch_failure([&] { write_output(dir.file("out"), "x", options); });
      CHECK(caught.code == ExitCode::cant_create);
      CHECK(caught.message == "is a directory");
    }
    CHECK(catch_failure([&] { write_output(dir.path() + "/", "x", forced()); }).message ==
          "is a directory");
    CHECK(dir.names() == std::vector<std::string>{"out"});
  }

  TEST_CASE("a symbolic link is never replaced") {
    const ScratchDir dir;
    write_file(dir.file("real.md"), "real\n");
    REQUIRE(::symlink("real.md", dir.file("link.md").c_str()) == 0);
    CHECK(catch_failure([&] { write_output(dir.file("link.md"), "x", {}); }).message ==
          "is a symbolic link; refusing to replace it");
    const auto caught = catch_failure([&] { write_output(dir.file("link.md"), "x", forced()); });
    CHECK(caught.code == ExitCode::cant_create);
    CHECK(caught.message == "is a symbolic link; refusing to replace it");
    CHECK(read_file(dir.file("real.md")) == "real\n");
    CHECK(std::filesystem::is_symlink(dir.file("link.md")));
    CHECK(dir.names() == std::vector<std::string>{"link.md", "real.md"});
  }

  TEST_CASE("a dangling symbolic link is refused like any other link, with or without force") {
    const ScratchDir dir;
    REQUIRE(::symlink("missing.md", dir.file("link.md").c_str()) == 0);
    CHECK(catch_failure([&] { write_output(dir.file("link.md"), "x", {}); }).message ==
          "is a symbolic link; refusing to replace it");
    CHECK(catch_failure([&] { write_output(dir.file("link.md"), "x", forced()); }).message ==
          "is a symbolic link; refusing to replace it");
    CHECK(dir.names() == std::vector<std::string>{"link.md"});
  }

  TEST_CASE("a FIFO is never replaced") {
    const ScratchDir dir;
    REQUIRE(::mkfifo(dir.file("fifo").c_str(), 0600) == 0);
    const auto caught = catch_failure([&] { write_output(dir.file("fifo"), "x", forced()); });
    CHECK(caught.code == ExitCode::cant_create);
    CHECK(caught.message == "is a FIFO; refusing to replace it");
    CHECK(std::filesystem::is_fifo(dir.file("fifo")));
    CHECK(dir.names() == std::vector<std::string>{"fifo"});
  }

  TEST_CASE("a device is never replaced") {
    for (const char* device : {"/dev/null", "/dev/full"}) {
      CAPTURE(device);
      const auto caught = catch_failure([&] { write_output(device, "x", forced()); });
      CHECK(caught.code == ExitCode::cant_create);
      CHECK(caught.message == "is a device; refusing to replace it");
      CHECK(std::filesystem::is_character_file(device));
    }
  }

  TEST_CASE("a socket is never replaced") {
    const ScratchDir dir;
    const std::string path = dir.file("sock");
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    REQUIRE(path.size() < sizeof address.sun_path);
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    REQUIRE(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
    ::close(fd);
    CHECK(catch_failure([&] { write_output(path, "x", forced()); }).message ==
          "is a socket; refusing to replace it");
  }

  TEST_CASE("a missing parent directory is reported against the user's path") {
    const ScratchDir dir;
    const std::string path = dir.file("no/such/plan.md");
    const auto caught = catch_failure([&] { write_output(path, "x", {}); });
    CHECK(caught.code == ExitCode::cant_create);
    CHECK(caught.file == path);
    CHECK(caught.message == "cannot create: No such file or directory");
  }

  TEST_CASE("a parent that is a file is reported as not a directory") {
    const ScratchDir dir;
    write_file(dir.file("f"), "x");
    const auto caught = catch_failure([&] { write_output(dir.file("f/plan.md"), "x", {}); });
    CHECK(caught.code == ExitCode::cant_create);
    CHECK(caught.message == "cannot create: Not a directory");
  }

  TEST_CASE("a name at the length limit still gets a temporary file") {
    const ScratchDir dir;
    const std::string name(255, 'n');
    write_output(dir.file(name), "x", {});
    CHECK(dir.names() == std::vector<std::string>{name});
    const auto caught = catch_failure([&] { write_output(dir.file(name + "n"), "x", {}); });
    CHECK(caught.code == ExitCode::cant_create);
    CHECK(caught.message == "cannot create: File name too long");
  }

  TEST_CASE("a read-only directory is refused and left untouched") {
    const ScratchDir dir;
    REQUIRE(::mkdir(dir.file("ro").c_str(), 0755) == 0);
    write_file(dir.file("ro/plan.md"), "old\n");
    REQUIRE(::chmod(dir.file("ro").c_str(), 0555) == 0);
    if (::geteuid() == 0) {
      // Root bypasses directory permissions, so the check runs in a child that drops to nobody.
      REQUIRE(::chmod(dir.path().c_str(), 0755) == 0);
      REQUIRE(::chmod(dir.file("ro/plan.md").c_str(), 0666) == 0);
      const pid_t child = ::fork();
      REQUIRE(child >= 0);
      if (child == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
        int result = 0;
        for (const char* name : {"ro/new.md", "ro/plan.md"}) {
          try {
            write_output(dir.file(name), "new\n", forced());
            result = 2;
          } catch (const Failure& failure) {
            if (failure.code() != ExitCode::cant_create ||
                failure.diagnostics().front().message != "cannot create: Permission denied") {
              result = 1;
            }
          }
        }
        ::_exit(result);
      }
      int status = 0;
      REQUIRE(::waitpid(child, &status, 0) == child);
      CHECK(WIFEXITED(status));
      CHECK(WEXITSTATUS(status) == 0);
    } else {
      const auto caught =
          catch_failure([&] { write_output(dir.file("ro/plan.md"), "new\n", forced()); });
      CHECK(caught.code == ExitCode::cant_create);
      CHECK(caught.message == "cannot create: Permission denied");
    }
    CHECK(read_file(dir.file("ro/plan.md")) == "old\n");
    REQUIRE(::chmod(dir.file("ro").c_str(), 0755) == 0);
    std::vector<std::string> left;
    for (const auto& entry : std::filesystem::directory_iterator(dir.file("ro"))) {
      left.push_back(entry.path().filename().string());
    }
    CHECK(left == std::vector<std::string>{"plan.md"});
  }

  TEST_CASE("writing onto an input file is refused even with force") {
    const ScratchDir dir;
    write_file(dir.file("profile.yaml"), "name: A\n");
    OutputOptions options = forced();
    options.inputs = {"-", dir.file("other.yaml"), dir.file("profile.yaml")};
    const auto caught =
        catch_failure([&] { write_output(dir.file("profile.yaml"), "x", options); });
    CHECK(caught.code == ExitCode::cant_create);
    CHECK(caught.message == "is also an input file; refusing to overwrite it");
    CHECK(read_file(dir.file("profile.yaml")) == "name: A\n");
  }

  TEST_CASE("an input reached through another name or a hard link is recognised") {
    const ScratchDir dir;
    write_file(dir.file("profile.yaml"), "name: A\n");
    REQUIRE(::link(dir.file("profile.yaml").c_str(), dir.file("alias.yaml").c_str()) == 0);
    OutputOptions options = forced();
    options.inputs = {dir.path() + "/./profile.yaml"};
    CHECK(catch_failure([&] { write_output(dir.file("alias.yaml"), "x", options); }).message ==
          "is also an input file; refusing to overwrite it");
    CHECK(read_file(dir.file("profile.yaml")) == "name: A\n");
  }
}
