#!/usr/bin/env bash
# Fault tests for the output path: a full stdout, a device as --output, a closed pipe (SIGPIPE
# ignored and default), a full filesystem (a 64 KiB tmpfs, when run as root and mounting is
# permitted) and a read-only directory (as a user who cannot write there).
#   usage: output_faults_test.sh CAREERPLAN      (run from the project root)
# Exit 0 when every check that could run passed, 1 on a failure, 77 when the binary is missing.
# Parts the environment does not permit are skipped with a message, not failed.
set -u
bin=$1
if [ ! -x "$bin" ]; then echo "SKIP: no careerplan binary at $bin"; exit 77; fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1795478400
unset CAREERPLAN_CONTENT NO_COLOR COLUMNS

TMP=$(mktemp -d)
mnt=""
cleanup() {
  if [ -n "$mnt" ]; then umount "$mnt" 2>/dev/null; rmdir "$mnt" 2>/dev/null; fi
  chmod -R u+w "$TMP" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT

failures=0
pass() { echo "ok: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
skip() { echo "skip: $1"; }
# expect NAME WANTED_STATUS ACTUAL_STATUS
expect_status() {
  if [ "$3" -eq "$2" ]; then pass "$1: exit $3"; else fail "$1: exit $3, expected $2"; fi
}
# expect_stderr NAME EXPECTED_TEXT FILE: the whole of stderr, byte for byte
expect_stderr() {
  if [ "$(cat "$3")" = "$2" ]; then
    pass "$1: stderr"
  else
    fail "$1: stderr was:"; sed 's/^/    /' "$3"; echo "    expected: $2"
  fi
}
# No trace of a crash, an uncaught exception or a sanitizer report.
expect_no_crash() {
  if grep -qE 'terminate called|Aborted|internal error|Sanitizer|runtime error|stack trace|what\(\)' "$2"; then
    fail "$1: stderr shows a crash:"; sed 's/^/    /' "$2"
  else
    pass "$1: no crash"
  fi
}
no_temp_left() {
  if ls -A "$2" | grep -q '\.tmp'; then fail "$1: temporary file left behind: $(ls -A "$2" | tr '\n' ' ')"; else pass "$1: no temporary file"; fi
}

profile=profiles/junior-infra.yaml
# A report far larger than a pipe's 64 KiB buffer, so a reader that stops early always cuts it.
big=()
for _ in $(seq 8); do big+=(profiles/*.yaml); done

# 1. stdout on a full disk is an I/O error with its reason, not a silent loss.
"$bin" tracks >/dev/full 2>"$TMP/err"
expect_status "tracks > /dev/full" 74 $?
expect_stderr "tracks > /dev/full" "careerplan: error: cannot write to stdout: No space left on device" "$TMP/err"
"$bin" recommend --explain "${big[@]}" >/dev/full 2>"$TMP/err"
expect_status "recommend (large) > /dev/full" 74 $?
expect_stderr "recommend (large) > /dev/full" "careerplan: error: cannot write to stdout: No space left on device" "$TMP/err"

# 2. A device as the output file is refused, even with --force: it is never replaced by a file.
"$bin" export "$profile" -o /dev/full --force 2>"$TMP/err"
expect_status "export -o /dev/full --force" 73 $?
expect_stderr "export -o /dev/full --force" "careerplan: /dev/full: error: is a device; refusing to replace it" "$TMP/err"
if [ -c /dev/full ]; then pass "/dev/full is still a device"; else fail "/dev/full was replaced"; fi

# 3. SIGPIPE ignored (as some parents leave it): EPIPE ends the run quietly or with one clean line.
for what in "stages --format json" "recommend --explain ${big[*]}"; do
  # shellcheck disable=SC2086  # $what holds several words on purpose
  env --ignore-signal=PIPE "$bin" $what 2>"$TMP/err" | head -c 10 >/dev/null
  status=${PIPESTATUS[0]}
  name="SIGPIPE ignored: ${what%% *} | head -c 10"
  if [ "$status" -eq 0 ] || [ "$status" -eq 74 ]; then pass "$name: exit $status"; else fail "$name: exit $status, expected 0 or 74"; fi
  if [ ! -s "$TMP/err" ] || [ "$(cat "$TMP/err")" = "careerplan: error: cannot write to stdout: Broken pipe" ]; then
    pass "$name: stderr empty or one clean line"
  else
    fail "$name: stderr was:"; sed 's/^/    /' "$TMP/err"
  fi
  expect_no_crash "$name" "$TMP/err"
done

# 4. Default SIGPIPE: killed quietly by the signal like any Unix filter (141), or done first (0).
for what in "recommend ${big[*]}" "tracks show devops-sre"; do
  # shellcheck disable=SC2086
  env --default-signal=PIPE "$bin" $what 2>"$TMP/err" | head -1 >/dev/null
  status=${PIPESTATUS[0]}
  name="SIGPIPE default: ${what%% *} | head -1"
  if [ "$status" -eq 141 ] || [ "$status" -eq 0 ]; then pass "$name: exit $status"; else fail "$name: exit $status, expected 141 or 0"; fi
  if [ -s "$TMP/err" ]; then fail "$name: stderr not empty:"; sed 's/^/    /' "$TMP/err"; else pass "$name: stderr empty"; fi
done

# 5. A full filesystem: exit 74, no partial plan, no temporary file, an existing plan intact.
if [ "$(id -u)" -ne 0 ]; then
  skip "full filesystem: needs root to mount a 64 KiB tmpfs"
elif ! mnt=$(mktemp -d) || ! mount -t tmpfs -o size=64k,mode=0755 careerplan-test "$mnt" 2>"$TMP/err"; then
  skip "full filesystem: mount -t tmpfs is not permitted here ($(head -c 200 "$TMP/err"))"
  rmdir "$mnt" 2>/dev/null
  mnt=""
else
  printf 'the old plan\n' >"$mnt/kept.md"
  dd if=/dev/zero of="$mnt/filler" bs=4096 2>/dev/null  # stops at ENOSPC
  "$bin" export "$profile" -o "$mnt/plan.md" 2>"$TMP/err"
  expect_status "export to a full disk" 74 $?
  expect_stderr "export to a full disk" "careerplan: $mnt/plan.md: error: write error: No space left on device" "$TMP/err"
  if [ -e "$mnt/plan.md" ]; then fail "export to a full disk: a partial plan.md was left"; else pass "export to a full disk: no partial file"; fi
  no_temp_left "export to a full disk" "$mnt"

  "$bin" export "$profile" -o "$mnt/kept.md" --force 2>"$TMP/err"
  expect_status "export --force over a file on a full disk" 74 $?
  expect_stderr "export --force over a file on a full disk" "careerplan: $mnt/kept.md: error: write error: No space left on device" "$TMP/err"
  if [ "$(cat "$mnt/kept.md")" = "the old plan" ]; then pass "export --force on a full disk: the old file is intact"; else fail "export --force on a full disk: the old file changed"; fi
  no_temp_left "export --force over a file on a full disk" "$mnt"

  # With room again the same export succeeds, so the failures above were the disk's.
  rm -f "$mnt/filler"
  "$bin" export "$profile" -o "$mnt/kept.md" --force 2>"$TMP/err"
  expect_status "export --force once there is room" 0 $?
  if grep -q '^# ' "$mnt/kept.md"; then pass "export --force once there is room: the plan replaced the old file"; else fail "export once there is room: no plan written"; fi
  umount "$mnt" && rmdir "$mnt"
  mnt=""
fi

# 6. A read-only directory: exit 73 with the reason, nothing created.
ro=$TMP/readonly
mkdir -p "$ro"
as_user=()
if [ "$(id -u)" -ne 0 ]; then
  chmod 0555 "$ro"
elif command -v setpriv >/dev/null && setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
elif command -v runuser >/dev/null && runuser -u nobody -- true 2>/dev/null; then
  as_user=(runuser -u nobody --)
fi
cp "$profile" "$TMP/profile.yaml"
chmod 0755 "$TMP"
chmod 0644 "$TMP/profile.yaml"
if [ "$(id -u)" -eq 0 ] && [ ${#as_user[@]} -eq 0 ]; then
  skip "read-only directory: running as root without setpriv or runuser to drop to nobody"
elif [ ${#as_user[@]} -gt 0 ] && ! "${as_user[@]}" "$bin" --version >/dev/null 2>&1; then
  skip "read-only directory: user nobody cannot run $bin"
else
  "${as_user[@]}" "$bin" export "$TMP/profile.yaml" -o "$ro/plan.md" 2>"$TMP/err"
  expect_status "export into a read-only directory" 73 $?
  expect_stderr "export into a read-only directory" "careerplan: $ro/plan.md: error: cannot create: Permission denied" "$TMP/err"
  if [ -n "$(ls -A "$ro")" ]; then fail "read-only directory: something was created: $(ls -A "$ro")"; else pass "read-only directory: nothing created"; fi
fi

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all output fault checks passed"
exit 0
