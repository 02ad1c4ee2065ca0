#!/usr/bin/env bash
# Hardening checks CI runs after the normal tests (budget: about 15 minutes on 2 cores):
#   1. the whole test suite again under ASan + UBSan (g++, build-asan, -DCAREERPLAN_SANITIZE=ON);
#   2. the libFuzzer targets (clang-14, build-fuzz, -DCAREERPLAN_FUZZ=ON): every seed and every
#      known crasher replayed, then each target fuzzed for 20 seconds (ctest label "fuzz").
# Any sanitizer report, uncaught exception, crash, leak, timeout or out-of-memory fails the run.
# CAREERPLAN_HARDENING=0 skips it all (for a quick local scripts/test.sh); scripts/fuzz.sh fuzzes longer.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${CAREERPLAN_HARDENING:-1}" = 0 ]; then
  echo "ci-hardening: skipped (CAREERPLAN_HARDENING=0)"
  exit 0
fi
start=$SECONDS
step() { echo "== ci-hardening [$((SECONDS - start))s]: $*"; }

# UBSan already aborts on its first finding (-fno-sanitize-recover); these add stacks and checks.
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1:strict_string_checks=1

step "sanitizer build (ASan + UBSan) in build-asan"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCAREERPLAN_SANITIZE=ON -DCAREERPLAN_WERROR=ON
cmake --build build-asan
step "the whole test suite under ASan + UBSan"
ctest --test-dir build-asan --output-on-failure -j2

if ! command -v clang++-14 >/dev/null; then
  echo "ci-hardening: clang++-14 is missing; scripts/setup.sh installs clang-14 and libclang-rt-14-dev" >&2
  exit 1
fi
step "fuzz build (clang-14, libFuzzer + ASan + UBSan) in build-fuzz"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCAREERPLAN_FUZZ=ON
cmake --build build-fuzz --target fuzz_all
step "fuzz replay (corpus + crashers) and short fuzzing"
ctest --test-dir build-fuzz -L fuzz --output-on-failure -j2
step "done"
