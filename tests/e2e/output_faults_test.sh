#!/usr/bin/env bash
# Fault tests for the output path: a full stdout, a device as --output, a closed pipe (SIGPIPE
# ignored and default), a full filesystem (a 64 KiB tmpfs, when run as root and mounting is
# permitted), a read-only directory (as a user who cannot write there), and, without root,
# injected failures of write, fsync, close, rename and mkostemp through an LD_PRELOAD shim
# (tests/fault_shim/fault_shim.c) for both export and compile; an append-only folder (where
# chattr +a is permitted) and SIGINT, SIGTERM and SIGHUP while the temporary file exists.
#   usage: output_faults_test.sh CAREERPLAN [FAULT_SHIM.so]      (run from the project root)
# Exit 0 when every check that could run passed, 1 on a failure, 77 when the binary is missing.
# Parts the environment does not permit are skipped with a message, not failed; a shim that is
# named but cannot be loaded is a failure, never a skip.
set -u
bin=$1
shim=${2:-}
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

# 7. Injected faults (no root needed): the LD_PRELOAD shim makes one call fail on files in $fdir
# only. Each fault runs twice per command: a new file (no partial file, no temporary file left)
# and --force over an existing file (the old file intact). The log the shim writes proves each
# failure was injected; with the shim but no fault the commands succeed, and a fault asked for
# without the shim changes nothing. So the checks cannot pass because the machine's disk happened
# to be full, nor when the shim silently fails to load (ld.so only warns about a bad LD_PRELOAD).
fdir=$TMP/faults
flog=$TMP/fault.log
# with_shim FAULT CAREERPLAN_ARGS...: the shim loaded, faults limited to $fdir, logged in $flog.
# ASan wants its runtime first in the library list; the preloaded shim comes before it.
with_shim() {
  LD_PRELOAD=$shim CAREERPLAN_FAULT=$1 CAREERPLAN_FAULT_PATH=$fdir CAREERPLAN_FAULT_LOG=$flog \
    ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0 "$bin" "${@:2}"
}
# only_files NAME EXPECTED...: $fdir holds exactly these names (no temporary file, no partial file).
only_files() {
  local name=$1 found wanted
  shift
  found=$(ls -A "$fdir" | sort | tr '\n' ' ')
  wanted=$(printf '%s\n' "$@" | sed '/^$/d' | sort | tr '\n' ' ')
  if [ "$found" = "$wanted" ]; then pass "$name: no partial or temporary file"; else fail "$name: folder holds '$found', expected '$wanted'"; fi
}
# injected NAME CALL: the shim's log shows CALL failing on a file in $fdir.
injected() {
  if grep -q "^fault_shim: $2($fdir" "$flog" 2>/dev/null; then
    pass "$1: the failure was injected ($(head -1 "$flog"))"
  else
    fail "$1: the shim logged no injected $2 failure (log: $(cat "$flog" 2>/dev/null))"
  fi
}
reset_fdir() { rm -rf "$fdir" "$flog"; mkdir -p "$fdir"; }

if [ -z "$shim" ]; then
  skip "injected faults: no fault shim given (it is built on Linux with glibc only)"
elif [ ! -f "$shim" ]; then
  fail "injected faults: the fault shim $shim does not exist"
else
  case $shim in /*) ;; *) shim=$PWD/$shim ;; esac
  # The shim loads, changes nothing by itself, and the commands succeed: so every 74 below is
  # the injected fault's.
  reset_fdir
  with_shim "" export "$profile" -o "$fdir/plan.md" 2>"$TMP/err"
  expect_status "shim loaded, no fault: export" 0 $?
  expect_stderr "shim loaded, no fault: export" "" "$TMP/err"
  with_shim "" compile content -o "$fdir/pack.cpk" >/dev/null 2>"$TMP/err"
  expect_status "shim loaded, no fault: compile" 0 $?
  expect_stderr "shim loaded, no fault: compile" "" "$TMP/err"
  only_files "shim loaded, no fault" plan.md pack.cpk
  # A fault asked for without the shim is not injected: the 74s below need the shim.
  reset_fdir
  CAREERPLAN_FAULT=write:ENOSPC CAREERPLAN_FAULT_PATH=$fdir "$bin" export "$profile" -o "$fdir/plan.md" 2>"$TMP/err"
  expect_status "CAREERPLAN_FAULT without the shim: export" 0 $?

  # FAULT | what the message says | exit: the command, new file and --force over an old one.
  # write:ENOSPC@4096 writes 4 KiB of the temporary file first, like a disk filling up part-way.
  for row in "write:ENOSPC@4096|write error: No space left on device|74" \
             "fsync:EIO|write error: Input/output error|74" \
             "close:EIO|write error: Input/output error|74" \
             "rename:EIO|write error: Input/output error|74" \
             "rename:ENOSPC|write error: No space left on device|74" \
             "rename:EACCES|cannot create: Permission denied|73" \
             "mkstemp:ENOSPC|cannot create: No space left on device|73"; do
    IFS='|' read -r fault message code <<<"$row"
    call=${fault%%:*}
    for cmd in export compile; do
      if [ "$cmd" = export ]; then out=plan.md; args=(export "$profile" -o "$fdir/$out"); else out=pack.cpk; args=(compile content -o "$fdir/$out"); fi
      name="$cmd with $fault"
      reset_fdir
      with_shim "$fault" "${args[@]}" >/dev/null 2>"$TMP/err"
      expect_status "$name" "$code" $?
      expect_stderr "$name" "careerplan: $fdir/$out: error: $message" "$TMP/err"
      injected "$name" "$call"
      only_files "$name" ""

      name="$cmd --force over an old file with $fault"
      reset_fdir
      printf 'the old file\n' >"$fdir/$out"
      with_shim "$fault" "${args[@]}" --force >/dev/null 2>"$TMP/err"
      expect_status "$name" "$code" $?
      expect_stderr "$name" "careerplan: $fdir/$out: error: $message" "$TMP/err"
      injected "$name" "$call"
      only_files "$name" "$out"
      if [ "$(cat "$fdir/$out")" = "the old file" ]; then pass "$name: the old file is intact"; else fail "$name: the old file changed"; fi
    done
  done

  # stdout redirected to a file that fails with EIO part-way: the stdout message, exit 74.
  reset_fdir
  with_shim "write:EIO@4096" export "$profile" -o - >"$fdir/stdout.md" 2>"$TMP/err"
  expect_status "export -o - to a failing file" 74 $?
  expect_stderr "export -o - to a failing file" "careerplan: error: cannot write to stdout: Input/output error" "$TMP/err"
  injected "export -o - to a failing file" write

  # The file is synced and renamed, then its folder is synced so the new name survives a crash;
  # when only that last sync fails, the new file is already in place, yet the run reports it.
  reset_fdir
  printf 'the old file\n' >"$fdir/plan.md"
  with_shim "fsync:EIO@1" export "$profile" -o "$fdir/plan.md" --force 2>"$TMP/err"
  expect_status "export --force, the folder's fsync fails" 74 $?
  expect_stderr "export --force, the folder's fsync fails" "careerplan: $fdir/plan.md: error: write error: Input/output error" "$TMP/err"
  if grep -qx "fault_shim: fsync($fdir): EIO" "$flog" 2>/dev/null; then pass "export --force, the folder's fsync fails: injected on the folder"; else fail "export --force, the folder's fsync fails: log: $(cat "$flog" 2>/dev/null)"; fi
  only_files "export --force, the folder's fsync fails" plan.md
  if grep -q '^# ' "$fdir/plan.md"; then pass "export --force, the folder's fsync fails: the new plan is in place"; else fail "export --force, the folder's fsync fails: plan.md is not the new plan"; fi
fi

# 8. An append-only folder (chattr +a): a file can be made there but never renamed or removed,
# so nothing is written: exit 73, and no temporary file holding the plan is left behind.
adir=$TMP/append-only
mkdir -p "$adir"
if chattr +a "$adir" 2>/dev/null; then
  "$bin" export "$profile" -o "$adir/plan.md" 2>"$TMP/err"
  expect_status "export into an append-only folder" 73 $?
  expect_stderr "export into an append-only folder" \
    "careerplan: $adir/plan.md: error: cannot create: the folder is append-only, so no file can be renamed into place" "$TMP/err"
  if [ -z "$(ls -A "$adir")" ]; then pass "export into an append-only folder: nothing created"; else fail "export into an append-only folder: left $(ls -A "$adir" | tr '\n' ' ')"; fi
  chattr -a "$adir"
else
  skip "append-only folder: chattr +a is not permitted here (needs CAP_LINUX_IMMUTABLE and ext4 or similar)"
fi

# 9. SIGINT, SIGTERM and SIGHUP while the temporary file exists (the shim holds the run in its
# fsync): the file is removed and the run dies of the same signal (status 128 + N). A script's
# background job starts with SIGINT ignored, which careerplan honours; env restores the default.
if [ -n "$shim" ] && [ -f "$shim" ]; then
  for sig in INT TERM HUP; do
    reset_fdir
    LD_PRELOAD=$shim CAREERPLAN_FAULT_STALL=fsync CAREERPLAN_FAULT_PATH=$fdir/. CAREERPLAN_FAULT_LOG=$flog \
      ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0 \
      env --default-signal=INT,TERM,HUP "$bin" export "$profile" -o "$fdir/plan.md" 2>"$TMP/err" &
    pid=$!
    for _ in $(seq 100); do grep -q stall "$flog" 2>/dev/null && break; sleep 0.1; done
    if ! grep -q "^fault_shim: fsync($fdir/.plan.md.tmp" "$flog" 2>/dev/null; then
      fail "SIG$sig during an export: the run never reached the temporary file's fsync (log: $(cat "$flog" 2>/dev/null))"
      kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
      continue
    fi
    kill -"$sig" "$pid"
    wait "$pid"
    status=$?
    expect_status "SIG$sig during an export" $((128 + $(kill -l "$sig"))) "$status"
    only_files "SIG$sig during an export" ""
  done
fi

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all output fault checks passed"
exit 0
