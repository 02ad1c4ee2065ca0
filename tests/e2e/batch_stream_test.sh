#!/usr/bin/env bash
# A JSON Lines stream from a slow producer is planned record by record: each plan line comes out
# while stdin is still open, not once a chunk of records has filled or the stream has ended.
# (The 10 s read limit only keeps a regression from hanging the suite; nothing is timed.)
#   usage: batch_stream_test.sh CAREERPLAN     (run from the project root)
set -u
bin=$1
unset CAREERPLAN_CONTENT
export LC_ALL=C.UTF-8
coproc CP { "$bin" recommend - --format jsonl 2>&1; }
pid=$CP_PID  # bash unsets CP_PID once the coprocess has ended
fail() {
  echo "FAIL: $1"
  kill "$pid" 2>/dev/null
  exit 1
}
for name in Ada Bo; do
  printf '{"name": "%s", "skills": {"linux": 3}}\n' "$name" >&"${CP[1]}"
  IFS= read -t 10 -r line <&"${CP[0]}" || fail "no plan for $name while the stream is open"
  case $line in
    *"\"name\":\"$name\""*) ;;
    *) fail "the line after $name's record is not its plan: ${line:0:120}" ;;
  esac
done
exec {CP[1]}>&-
rest=$(cat <&"${CP[0]}")
wait "$pid"
status=$?
[ "$status" -eq 0 ] || fail "exit $status at the end of the stream"
[ -z "$rest" ] || fail "unexpected output after the last record: ${rest:0:120}"
echo "ok: each record planned as it came"
