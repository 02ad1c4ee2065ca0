#!/usr/bin/env bash
# `careerplan init --interactive` on a real terminal (a tmux pseudo-terminal): it shows the
# stages, the skill catalogue with each chosen skill's level descriptions, and the certifications;
# re-asks after a bad number or an unknown id (with "did you mean"); and writes a profile that
# careerplan validates holding exactly the answers. Input ending early writes nothing (exit 64).
#   usage: init_interactive_test.sh CAREERPLAN     (exit 77 = skipped: no tmux)
set -u
command -v tmux >/dev/null || { echo "skipped: needs tmux (scripts/setup.sh installs it)"; exit 77; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
sock=$tmp/tmux.sock
trap 'tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

# Starts careerplan init in a fresh terminal 120x50; its exit code lands in $tmp/exit.N.
start() {
  local n=$1
  shift
  tmux -S "$sock" new-session -d -s "s$n" -x 120 -y 50 \
    "cd '$tmp' && env XDG_CONFIG_HOME='$tmp/config' '$bin' init --interactive $*; echo \$? > '$tmp/exit.$n'; sleep 60"
}
screen() { tmux -S "$sock" capture-pane -p -J -S -2000 -t "$1"; }
# Waits until the terminal shows the text (a fixed string), or fails after 10 s.
wait_for() {
  local session=$1 text=$2
  for _ in $(seq 200); do
    screen "$session" | grep -qF -- "$text" && return 0
    sleep 0.05
  done
  fail "the terminal never showed: $text"
  screen "$session" | tail -20
  return 1
}
type_line() { tmux -S "$sock" send-keys -t "$1" -l -- "$2"; tmux -S "$sock" send-keys -t "$1" Enter; }
wait_exit() {
  for _ in $(seq 200); do [ -s "$tmp/exit.$1" ] && { cat "$tmp/exit.$1"; return; }; sleep 0.05; done
  echo timeout
}

s=s1
start 1 -o me.yaml
wait_for $s "Your name:" && type_line $s "Sam \"the fixer\" Rivera"
wait_for $s "Years of IT experience" && type_line $s "lots"
wait_for $s "'lots' is not a number of years" && type_line $s "3.5"
wait_for $s "Highest education finished" && type_line $s "batchelor"
wait_for $s "'batchelor' is not one of" && wait_for $s "(did you mean 'bachelor'?)" && type_line $s "Bachelor"
wait_for $s "junior-production-support-engineer" && wait_for $s "Your current stage" && type_line $s "senior"
wait_for $s "unknown stage 'senior' (did you mean 'senior-production-support-engineer'?)" && type_line $s "3"
wait_for $s "Add a skill" && type_line $s "kubernets"
wait_for $s "unknown skill 'kubernets' (did you mean 'kubernetes'?)" && type_line $s "k8s"
# The chosen skill's level descriptions are shown before its level is asked.
wait_for $s "Sets the container platform strategy" && wait_for $s "Your level in Kubernetes" && type_line $s "7"
wait_for $s "'7' is not a level from 1 to 5" && type_line $s "2"
type_line $s "linux"
wait_for $s "Your level in Linux" && type_line $s "4"
type_line $s ""
wait_for $s "Certifications you hold" && type_line $s "itil, a-plus"
# Target tracks by number, id or title (any case), after the list of tracks.
wait_for $s "Tracks you aim at" && wait_for $s "Infrastructure Support Engineer" && type_line $s "Network Enginer"
wait_for $s "unknown track 'Network Enginer'" && type_line $s "network engineer, devops-sre"
wait_for $s "Hours a week you can spend learning" && type_line $s "200"
wait_for $s "'200' is not a number of hours from 0.5 to 80" && type_line $s "7.5"
[ "$(wait_exit 1)" = 0 ] || { fail "init --interactive did not exit 0"; screen $s | tail -20; }

if [ -f "$tmp/me.yaml" ]; then
  XDG_CONFIG_HOME=$tmp/config "$bin" validate "$tmp/me.yaml" >/dev/null 2>&1 || fail "the written profile does not validate"
  for line in 'name: "Sam \"the fixer\" Rivera"' 'years_experience: 3.5' \
              'current_stage: junior-production-support-engineer' '  kubernetes: 2  # ' '  linux: 4  # ' \
              '  - itil-4-foundation  # ' '  - comptia-a-plus  # ' 'education: bachelor' \
              '    - network-engineering  # Network Engineer' '    - devops-sre  # ' '  hours_per_week: 7.5'; do
    grep -qF -- "$line" "$tmp/me.yaml" || fail "me.yaml lacks: $line"
  done
  if /usr/bin/python3 -c 'import jsonschema, yaml' 2>/dev/null; then
    /usr/bin/python3 tests/e2e/validate_json.py schema/profile.schema.json "$tmp/me.yaml" >/dev/null ||
      fail "the written profile does not match schema/profile.schema.json"
  fi
else
  fail "init --interactive wrote no me.yaml"
fi

# Ctrl-D before the last question: a clear error, exit 64, nothing written.
s=s2
start 2 -o stopped.yaml
wait_for $s "Your name:" && type_line $s "Alex"
wait_for $s "Years of IT experience" && tmux -S "$sock" send-keys -t $s C-d
[ "$(wait_exit 2)" = 64 ] || fail "init --interactive with input ended early did not exit 64"
wait_for $s "input ended before the last question; nothing was written"
[ -e "$tmp/stopped.yaml" ] && fail "init --interactive wrote a file after input ended early"

# Without a terminal on stdin, --interactive is a usage error.
XDG_CONFIG_HOME=$tmp/config "$bin" init --interactive -o "$tmp/x.yaml" </dev/null >/dev/null 2>"$tmp/err"
[ $? -eq 64 ] || fail "init --interactive without a terminal did not exit 64"
grep -q "needs a terminal" "$tmp/err" || fail "init --interactive without a terminal: $(cat "$tmp/err")"

[ "$status" -eq 0 ] && echo "interactive init checks passed"
exit "$status"
