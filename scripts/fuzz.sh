#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (ASan + UBSan + coverage) and fuzzes each one.
#   usage: scripts/fuzz.sh [SECONDS] [TARGET...]     (default: 60 seconds, every target)
# First every seed (fuzz/corpus/TARGET) and every known crasher (fuzz/crashers) is replayed once;
# then each target is fuzzed for SECONDS. New inputs collect in BUILD/fuzz/corpus-TARGET (never in
# the checked-in corpus); a crash, leak, timeout or OOM leaves its input in BUILD/fuzz/artifacts-*
# and makes the script fail. Then: reproduce with `BUILD/fuzz/fuzz_TARGET FILE`, fix the cause, and
# check the input in under fuzz/crashers/ (see fuzz/README.md).
# Environment: BUILD_DIR (default build-fuzz); FUZZ_FLAGS, extra libFuzzer flags, e.g.
# "-max_len=256 -use_value_profile=1", or "-fork=2" to use two cores.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
case $seconds in '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 64 ;; esac
build=${BUILD_DIR:-build-fuzz}

if ! command -v clang++-14 >/dev/null; then
  echo "fuzz.sh: clang++-14 is missing; install clang-14 and libclang-rt-14-dev" >&2
  exit 69
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCAREERPLAN_FUZZ=ON >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in fuzz/fuzz_*.cpp; do
    name=$(basename "$f" .cpp)
    # A target fuzz/CMakeLists.txt does not build (its sources are absent) is skipped.
    grep -q "^build fuzz/${name}:" "$build/build.ninja" && targets+=("${name#fuzz_}")
  done
fi
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

status=0
summary=()
for t in "${targets[@]}"; do
  bin=$build/fuzz/fuzz_$t
  work=$build/fuzz/corpus-$t
  artifacts=$build/fuzz/artifacts-$t-
  mkdir -p "$work"
  flags=(-timeout=10 -rss_limit_mb=2048 "-artifact_prefix=$artifacts")
  if [ "$t" = pack ]; then flags+=(-max_len=16384); else flags+=(-max_len=4096 -dict=fuzz/yaml.dict); fi
  # shellcheck disable=SC2206  # FUZZ_FLAGS is a list of words on purpose
  extra=(${FUZZ_FLAGS:-})

  echo "== $t: replaying fuzz/corpus/$t and fuzz/crashers"
  if ! "$bin" -runs=0 "${flags[@]}" "fuzz/corpus/$t" fuzz/crashers >"$build/fuzz/replay-$t.log" 2>&1; then
    tail -n 40 "$build/fuzz/replay-$t.log"
    summary+=("$t: REPLAY FAILED (see $build/fuzz/replay-$t.log)")
    status=1
    continue
  fi

  echo "== $t: fuzzing for ${seconds}s (log: $build/fuzz/fuzz-$t.log)"
  log=$build/fuzz/fuzz-$t.log
  rc=0
  "$bin" -max_total_time="$seconds" -print_final_stats=1 "${flags[@]}" "${extra[@]}" "$work" "fuzz/corpus/$t" \
    >"$log" 2>&1 || rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | awk '{print $2}')
  if [ $rc -ne 0 ]; then
    grep -E 'ERROR|SUMMARY|Test unit written|deadly signal|==[0-9]+==' "$log" | head -n 20
    summary+=("$t: FINDING (exit $rc): ${runs} runs, ${speed} exec/s, cov ${cov:-?}; see $log and ${artifacts}*")
    status=1
  else
    summary+=("$t: ok: ${runs} runs in ${seconds}s, ${speed} exec/s, cov ${cov:-?}, corpus $(ls "$work" | wc -l) files")
  fi
done

echo
printf '%s\n' "${summary[@]}"
exit $status
