#!/usr/bin/env bash
# Hardening checks CI runs after the normal tests (scripts/test.sh calls this last):
#   1. the whole test suite again under ASan + UBSan (g++, build-asan, -DCAREERPLAN_SANITIZE=ON);
#   2. the libFuzzer targets (clang-14, build-fuzz, -DCAREERPLAN_FUZZ=ON): every seed and every
#      known crasher replayed, then each target fuzzed for 20 seconds (ctest label "fuzz").
# Measured on 2 cores from a clean clone: 16 minutes (sanitizer build 8, sanitizer tests 5,
# fuzz build 3, fuzz run 1); the timings are printed at the end.
# Any sanitizer report, uncaught exception, crash, leak, timeout or out-of-memory fails the run.
# CAREERPLAN_HARDENING=0 skips it all (for a quick local scripts/test.sh); scripts/fuzz.sh fuzzes longer.
# CAREERPLAN_JOBS sets the build and test parallelism (default: the number of cores).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${CAREERPLAN_HARDENING:-1}" = 0 ]; then
  echo "ci-hardening: skipped (CAREERPLAN_HARDENING=0)"
  exit 0
fi
jobs=${CAREERPLAN_JOBS:-$(nproc)}
start=$SECONDS
phase_start=$SECONDS
timings=()
step() { echo "== ci-hardening [$((SECONDS - start))s]: $*"; }
# done_phase NAME: records how long the phase that just ended took.
done_phase() {
  timings+=("$(printf '%-28s %4ds' "$1" $((SECONDS - phase_start)))")
  phase_start=$SECONDS
}

# UBSan already aborts on its first finding (-fno-sanitize-recover); these add stacks and checks.
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1:strict_string_checks=1

step "sanitizer build (ASan + UBSan) in build-asan"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCAREERPLAN_SANITIZE=ON -DCAREERPLAN_WERROR=ON
cmake --build build-asan --parallel "$jobs"
done_phase "sanitizer build"
step "the whole test suite under ASan + UBSan"
# Left out (label no_sanitizer): script.install_test only installs and packages the binary
# (cmake --install, CPack .deb); it runs no code path the other tests do not run.
ctest --test-dir build-asan --output-on-failure -j"$jobs" -LE no_sanitizer
done_phase "sanitizer test run"

if ! command -v clang++-14 >/dev/null; then
  echo "ci-hardening: clang++-14 is missing; scripts/setup.sh installs clang-14 and libclang-rt-14-dev" >&2
  exit 1
fi
step "fuzz build (clang-14, libFuzzer + ASan + UBSan) in build-fuzz"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCAREERPLAN_FUZZ=ON
cmake --build build-fuzz --parallel "$jobs" --target fuzz_all
done_phase "fuzz build"
step "fuzz replay (corpus + crashers) and short fuzzing"
ctest --test-dir build-fuzz -L fuzz --output-on-failure -j"$jobs"
done_phase "fuzz run"
step "done"
printf '  %s\n' "${timings[@]}" "$(printf '%-28s %4ds' "ci-hardening total" $((SECONDS - start)))"
