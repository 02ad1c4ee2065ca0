#include "careerplan/base/signal_cleanup.hpp"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace careerplan::signal_cleanup {

namespace {

constexpr std::array<int, 3> k_signals{SIGINT, SIGTERM, SIGHUP};

// What the handler reads: a fixed buffer and a flag, nothing it would have to allocate or lock.
char g_path[PATH_MAX + 1];
volatile sig_atomic_t g_armed = 0;
std::array<struct sigaction, 3> g_previous{};
std::array<bool, 3> g_installed{};

sigset_t signal_set() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : k_signals) sigaddset(&set, s);
  return set;
}

extern "C" void on_signal(int sig) {
  const int saved = errno;
  if (g_armed != 0) ::unlink(g_path);
  g_armed = 0;
  // Die of the same signal, as if careerplan had not caught it: the shell sees 128 + sig.
  struct sigaction fallback {};
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  ::sigaction(sig, &fallback, nullptr);
  ::raise(sig);  // delivered when the handler returns and the signal is unblocked
  errno = saved;
}

}  // namespace

Blocked::Blocked() {
  const sigset_t set = signal_set();
  ::pthread_sigmask(SIG_BLOCK, &set, &m_before);
}

Blocked::~Blocked() { ::pthread_sigmask(SIG_SETMASK, &m_before, nullptr); }

void arm(const std::string& path) {
  if (path.size() > PATH_MAX) return;  // mkostemp would not have made it
  std::memcpy(g_path, path.c_str(), path.size() + 1);
  for (std::size_t i = 0; i < k_signals.size(); ++i) {
    struct sigaction previous {};
    ::sigaction(k_signals[i], nullptr, &previous);
    // A signal the caller ignores (nohup) stays ignored: it cannot end the run.
    g_installed[i] = previous.sa_handler != SIG_IGN;
    if (!g_installed[i]) continue;
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    ::sigaction(k_signals[i], &action, &g_previous[i]);
  }
  g_armed = 1;
}

void disarm() {
  g_armed = 0;
  for (std::size_t i = 0; i < k_signals.size(); ++i) {
    if (g_installed[i]) ::sigaction(k_signals[i], &g_previous[i], nullptr);
    g_installed[i] = false;
  }
}

}  // namespace careerplan::signal_cleanup
