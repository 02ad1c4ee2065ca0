// write_output and finish_stdout on standard output: buffered text first, full disks, closed pipes.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <string>

#include "careerplan/base/diagnostics.hpp"
#include "careerplan/base/output.hpp"
#include "output_helpers.hpp"

using careerplan::ExitCode;
using careerplan::write_output;
using namespace careerplan::test;

namespace {

// Points stdout at another descriptor for the life of the object, flushing around the swap.
class StdoutTo {
public:
  explicit StdoutTo(int fd) {
    std::fflush(stdout);
    m_saved = ::dup(STDOUT_FILENO);
    REQUIRE(fd >= 0);
    REQUIRE(::dup2(fd, STDOUT_FILENO) == STDOUT_FILENO);
    ::close(fd);
  }
  StdoutTo(const StdoutTo&) = delete;
  StdoutTo& operator=(const StdoutTo&) = delete;
  ~StdoutTo() {
    std::fflush(stdout);
    std::clearerr(stdout);
    ::dup2(m_saved, STDOUT_FILENO);
    ::close(m_saved);
  }

private:
  int m_saved = -1;
};

}  // namespace

TEST_SUITE("output to stdout") {
  TEST_CASE("a dash writes to stdout") {
    const ScratchDir dir;
    {
      const StdoutTo redirect(::open(dir.file("out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600));
      std::printf("buffered first, ");
      write_output("-", "then the plan\n", {});
      careerplan::finish_stdout();
    }
    CHECK(read_file(dir.file("out")) == "buffered first, then the plan\n");
  }

  TEST_CASE("a full disk on stdout is an I/O error with the errno text") {
    const StdoutTo redirect(::open("/dev/full", O_WRONLY));
    const auto caught = catch_failure([] { write_output("-", "plan\n", {}); });
    CHECK(caught.code == ExitCode::io);
    CHECK(caught.file.empty());
    CHECK(caught.message == "cannot write to stdout: No space left on device");
  }

  TEST_CASE("finish_stdout reports buffered output lost to a full disk") {
    const StdoutTo redirect(::open("/dev/full", O_WRONLY));
    std::printf("a short plan\n");
    const auto caught = catch_failure([] { careerplan::finish_stdout(); });
    CHECK(caught.code == ExitCode::io);
    CHECK(caught.message == "cannot write to stdout: No space left on device");
    CHECK_NOTHROW(careerplan::finish_stdout());
  }

  TEST_CASE("finish_stdout is silent when everything was written") {
    const ScratchDir dir;
    const StdoutTo redirect(::open(dir.file("out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600));
    std::printf("all good\n");
    CHECK_NOTHROW(careerplan::finish_stdout());
  }

  TEST_CASE("a closed pipe on stdout is an I/O error when SIGPIPE is ignored") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    ::close(fds[0]);
    const auto previous = std::signal(SIGPIPE, SIG_IGN);
    {
      const StdoutTo redirect(fds[1]);
      const auto caught = catch_failure([] { write_output("-", "plan\n", {}); });
      CHECK(caught.code == ExitCode::io);
      CHECK(caught.message == "cannot write to stdout: Broken pipe");
    }
    std::signal(SIGPIPE, previous);
  }
}
