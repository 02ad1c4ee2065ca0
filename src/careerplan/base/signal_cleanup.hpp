#pragma once
// Removes the output's temporary file when SIGINT, SIGTERM or SIGHUP ends the run while it
// exists, then dies of the same signal. One temporary file at a time (write_output makes one
// after another); SIGKILL cannot be caught, so it can still leave one. Private to output.cpp.
#include <signal.h>

#include <string>

namespace careerplan::signal_cleanup {

// Blocks the three signals until the returned scope ends, so a temporary file is never created
// or renamed without the handler knowing its name.
class Blocked {
public:
  Blocked();
  ~Blocked();
  Blocked(const Blocked&) = delete;
  Blocked& operator=(const Blocked&) = delete;

private:
  sigset_t m_before;  // the mask to restore
};

// Call with the signals blocked: the file at `path` now exists; a signal removes it.
void arm(const std::string& path);
// Call with the signals blocked: the file was removed or renamed into place.
void disarm();

}  // namespace careerplan::signal_cleanup
