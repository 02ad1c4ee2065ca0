#!/usr/bin/env bash
# Terminal manners, for every command: colour only on a terminal (--color auto), always with
# --color always (even with NO_COLOR set: the flag wins), never with --color never or NO_COLOR;
# only 16-colour codes, never 256 or 24-bit ones; a view of one item fits COLUMNS=60 when stdout
# is not a terminal, COLUMNS=200 widens listings, and a listing never turns into blocks; stdout carries only data: messages and errors go to stderr.
#   usage: terminal_test.sh CAREERPLAN     (from the project root; `script` gives a real pty)
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config LC_ALL=C.UTF-8
unset CAREERPLAN_CONTENT NO_COLOR COLUMNS
status=0
fail() { echo "FAIL: $*"; status=1; }
esc=$'\033'

# One run of every command that prints for people; the second field says whether it paints.
runs=(
  "paints|recommend profiles/senior.yaml"
  "paints|recommend profiles/new-graduate.yaml --explain"
  "plain|export profiles/senior.yaml -o -"
  "plain|tracks"
  "paints|tracks show devops-sre"
  "plain|stages"
  "plain|validate profiles/senior.yaml"
  "plain|compile content -o $tmp/pack.cpk --force"
  "paints|team profiles"
  "plain|skills"
  "paints|skills show linux"
  "plain|certs"
  "paints|certs show itil"
  "plain|init -o -"
  "plain|completion bash"
  "paints|path profiles/it-support.yaml --to senior-production-support-engineer"
  "paints|progress profiles/junior-infra.yaml profiles/junior-infra.yaml"
  "plain|import examples/priya.resume.json"
  "paints|match examples/priya.resume.json examples/dba.job.json"
  "plain|help path"
)
# Every subcommand that --help lists must have a run above.
for cmd in $("$bin" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && /^  [a-z]/ {print $1}'); do
  printf '%s\n' "${runs[@]}" | grep -q "|$cmd\( \|$\)" || fail "no terminal check runs 'careerplan $cmd'"
done

# Colour codes careerplan may print: reset, bold, and the 16 standard foreground colours.
bad_sgr() { grep -aoE "$esc\[[0-9;]*m" "$1" | grep -vxE "$esc\[(0|1|22|3[0-7]|39|9[0-7])m" | head -1; }

for run in "${runs[@]}"; do
  kind=${run%%|*}
  args=${run#*|}
  # shellcheck disable=SC2086
  {
    "$bin" $args >"$tmp/auto" 2>"$tmp/err" || fail "careerplan $args exited $?: $(head -3 "$tmp/err")"
    [ -s "$tmp/err" ] && [ "${args%% *}" != compile ] && fail "careerplan $args wrote to stderr on success: $(head -3 "$tmp/err")"
    "$bin" --color never $args >"$tmp/never" 2>/dev/null
    "$bin" $args --color always >"$tmp/always" 2>/dev/null
    NO_COLOR=1 "$bin" --color always $args >"$tmp/always-no-color" 2>/dev/null
    script -qec "$bin $args" /dev/null >"$tmp/tty" 2>&1
    NO_COLOR=1 script -qec "$bin $args" /dev/null >"$tmp/tty-no-color" 2>&1
    NO_COLOR=1 script -qec "$bin --color never $args" /dev/null >"$tmp/tty-never" 2>&1
  }
  for f in auto never tty-no-color tty-never; do
    grep -qa "$esc" "$tmp/$f" && fail "careerplan $args: colour codes with $f"
  done
  if [ "$kind" = paints ]; then
    grep -qa "$esc\[" "$tmp/always" || fail "careerplan $args --color always: no colour"
    grep -qa "$esc\[" "$tmp/always-no-color" || fail "careerplan $args: NO_COLOR won over --color always"
    grep -qa "$esc\[" "$tmp/tty" || fail "careerplan $args on a terminal: no colour"
  fi
  sgr=$(bad_sgr "$tmp/always")
  [ -n "$sgr" ] && fail "careerplan $args --color always: not a 16-colour code: $(printf '%q' "$sgr")"
  # Colour is the only difference: without the codes, --color always prints what --color never does.
  sed "s/$esc\[[0-9;]*m//g" "$tmp/always" | cmp -s - "$tmp/never" ||
    fail "careerplan $args: --color always differs from --color never by more than colour"
done

# Width: COLUMNS is read when stdout is not a terminal; tables never run past it.
longest() { "$bin" "$@" | LC_ALL=C.UTF-8 wc -L; }
# Listings keep ids and titles whole instead (tests/e2e/listings_test.sh); the views of one
# item fit.
for args in "skills show linux" "certs show itil" "tracks show devops-sre"; do
  # shellcheck disable=SC2086
  n=$(COLUMNS=60 longest $args)
  [ "$n" -le 60 ] || fail "careerplan $args at COLUMNS=60 prints a line of $n columns"
  # shellcheck disable=SC2086
  COLUMNS=60 "$bin" $args | grep -q . || fail "careerplan $args at COLUMNS=60 printed nothing"
done
[ "$(COLUMNS=200 longest tracks)" -gt 100 ] || fail "COLUMNS=200 did not widen the tracks table"
[ "$(COLUMNS=200 longest stages)" -gt 100 ] || fail "COLUMNS=200 did not widen the stages table"
# A listing that cannot fit keeps a line per record rather than becoming blocks.
[ "$(COLUMNS=60 "$bin" stages | wc -l)" -eq 7 ] || fail "stages at COLUMNS=60 is not a header and a line per stage"

# Nothing but data on stdout: errors, hints and notes go to stderr.
"$bin" recommend "$tmp/missing.yaml" >"$tmp/out" 2>"$tmp/err"
[ -s "$tmp/out" ] && fail "a failing recommend printed to stdout: $(head -2 "$tmp/out")"
grep -q "error:" "$tmp/err" || fail "a failing recommend printed no error on stderr"
"$bin" tracks show nope >"$tmp/out" 2>"$tmp/err"
[ -s "$tmp/out" ] && fail "an unknown track printed to stdout"
"$bin" init -o "$tmp/me.yaml" >"$tmp/out" 2>"$tmp/err"
[ -s "$tmp/out" ] && fail "init -o FILE printed to stdout: $(cat "$tmp/out")"
grep -q "wrote" "$tmp/err" || fail "init -o FILE said nothing on stderr"
"$bin" frobnicate >"$tmp/out" 2>"$tmp/err"
[ -s "$tmp/out" ] && fail "an unknown command printed to stdout"

[ "$status" -eq 0 ] && echo "terminal checks passed"
exit "$status"
