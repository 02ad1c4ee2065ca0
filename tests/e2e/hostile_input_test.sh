#!/usr/bin/env bash
# Inputs that once cost unbounded time or memory, or were silently accepted, end with an error:
# a JSON Lines stream with no newline (/dev/zero, a pipe that never sends one), a malformed
# SOURCE_DATE_EPOCH, 4 MB of '['. Each run is guarded by a timeout that only catches a hang;
# how fast they end is bench/run's business, not this test's.
#   usage: hostile_input_test.sh CAREERPLAN      (run from the project root)
set -u
bin=$1
if [ ! -x "$bin" ]; then echo "SKIP: no careerplan binary at $bin"; exit 77; fi
export LC_ALL=C.UTF-8
unset CAREERPLAN_CONTENT NO_COLOR COLUMNS SOURCE_DATE_EPOCH
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export XDG_CONFIG_HOME=$TMP/.config
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
pass() { echo "ok: $1"; }
# check NAME WANTED_STATUS STATUS EXPECTED_STDERR
check() {
  if [ "$3" -ne "$2" ]; then fail "$1: exit $3, expected $2 (stderr: $(head -c 300 "$TMP/err"))"; return; fi
  if [ "$(cat "$TMP/err")" != "$4" ]; then fail "$1: stderr was: $(head -c 300 "$TMP/err"), expected: $4"; return; fi
  pass "$1"
}

timeout 60 "$bin" --max-file-size 1 recommend - --format jsonl </dev/zero >/dev/null 2>"$TMP/err"
check "/dev/zero as a JSON Lines stream" 65 $? \
  "careerplan: <stdin>:1: error: line is longer than the 1 MiB limit; the rest of the stream is not read
  hint: put one profile on each line; --max-file-size MIB raises the limit"

# A producer that never stops and never sends a newline: careerplan stops reading, the pipe closes.
timeout 60 bash -c "yes x | tr -d '\n' | \"$bin\" --max-file-size 1 recommend - --format jsonl" >/dev/null 2>"$TMP/err"
check "an endless stream without a newline" 65 $? \
  "careerplan: <stdin>:1: error: line is longer than the 1 MiB limit; the rest of the stream is not read
  hint: put one profile on each line; --max-file-size MIB raises the limit"

for epoch in abc -5 1.5 99999999999999999999 253402300800; do
  SOURCE_DATE_EPOCH=$epoch timeout 60 "$bin" export profiles/junior-infra.yaml >/dev/null 2>"$TMP/err"
  check "SOURCE_DATE_EPOCH=$epoch" 64 $? \
    "careerplan: error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, found '$epoch'
  hint: unset it, or give the day with --start-date YYYY-MM-DD"
done
SOURCE_DATE_EPOCH='' timeout 60 "$bin" export profiles/junior-infra.yaml >/dev/null 2>"$TMP/err"
check "SOURCE_DATE_EPOCH empty counts as unset" 0 $? ""
SOURCE_DATE_EPOCH=abc timeout 60 "$bin" export profiles/junior-infra.yaml --start-date 2026-11-24 >/dev/null 2>"$TMP/err"
check "--start-date makes SOURCE_DATE_EPOCH unused" 0 $? ""

SOURCE_DATE_EPOCH=abc timeout 60 "$bin" recommend tests/fixtures/resumes/dba-bound-priya.json >/dev/null 2>"$TMP/err"
check "SOURCE_DATE_EPOCH=abc where a JSON Resume needs the day" 64 $? \
  "careerplan: error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, found 'abc'
  hint: unset it, or give the day with --start-date YYYY-MM-DD"
SOURCE_DATE_EPOCH=abc timeout 60 "$bin" validate profiles/junior-infra.yaml >/dev/null 2>"$TMP/err"
check "SOURCE_DATE_EPOCH=abc where no day is needed" 0 $? ""

head -c 4000000 /dev/zero | tr '\0' '[' >"$TMP/nest.yaml"
timeout 60 "$bin" validate "$TMP/nest.yaml" >/dev/null 2>"$TMP/err"
check "4 MB of '['" 65 $? "careerplan: $TMP/nest.yaml:1:65: error: nesting deeper than 64 levels"

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all hostile input checks passed"
