#!/usr/bin/env bash
# Every --help (careerplan's, each command's, each nested command's) ends with an example line,
# and every example works as written: it runs and exits 0 in a folder holding the sample
# profiles, the examples (a résumé and a job posting), a pack folder (my-pack) and an older
# profile (old/me.yaml).
#   usage: help_test.sh CAREERPLAN     (from the project root)
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" && ln -s "$bin" "$tmp/bin/careerplan"
export XDG_CONFIG_HOME=$tmp/config PATH=$tmp/bin:$PATH
unset CAREERPLAN_CONTENT
status=0
fail() { echo "FAIL: $*"; status=1; }

subcommands() { "$bin" "$@" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && /^  [a-z]/ {print $1}'; }
paths=("")
for cmd in $(subcommands); do
  paths+=("$cmd")
  for sub in $(subcommands "$cmd"); do paths+=("$cmd $sub"); done
done

n=0
for path in "${paths[@]}"; do
  # shellcheck disable=SC2086
  example=$("$bin" $path --help | sed -n 's/^Example: //p' | head -1)
  if [ -z "$example" ]; then
    fail "careerplan ${path:+$path }--help has no 'Example:' line"
    continue
  fi
  case "$example" in
    careerplan\ *|*"(careerplan "*) ;;
    *) fail "careerplan ${path:+$path }--help: the example does not run careerplan: $example" ;;
  esac
  work=$tmp/run$n
  n=$((n + 1))
  mkdir -p "$work/old"
  ln -s "$root/profiles" "$work/profiles"
  ln -s "$root/examples" "$work/examples"  # a JSON Resume and a job posting
  cp -r "$root/content" "$work/my-pack"
  cp "$root/profiles/junior-infra.yaml" "$work/old/me.yaml"
  case "$example" in *"init "*) ;; *) cp "$root/profiles/junior-infra.yaml" "$work/me.yaml" ;; esac
  if ! (cd "$work" && bash -c "set -e -o pipefail; $example" >"$work/.out" 2>&1); then
    fail "careerplan ${path:+$path }--help: the example failed: $example"
    head -5 "$work/.out"
  fi
done

# Every help text fits 80 columns and speaks words, not CLI11's notation; `careerplan help X` is
# `careerplan X --help`.
for path in "${paths[@]}"; do
  # shellcheck disable=SC2086
  "$bin" $path --help >"$tmp/help"
  long=$(LC_ALL=C.UTF-8 awk 'length($0) > 80' "$tmp/help" | head -1)
  [ -n "$long" ] && fail "careerplan ${path:+$path }--help has a line over 80 columns: $long"
  jargon=$(grep -nE 'INT:|FLOAT:|TEXT|REQUIRED|in \[[0-9.]+ - |:\{' "$tmp/help" | head -1)
  [ -n "$jargon" ] && fail "careerplan ${path:+$path }--help shows CLI11 notation: $jargon"
  # shellcheck disable=SC2086
  "$bin" help $path | cmp -s - "$tmp/help" || fail "careerplan help $path differs from careerplan $path --help"
done
grep -q "^  help " <("$bin" --help) || fail "careerplan --help does not list the help command"

# Usage errors in words, pointing at the failing command's own --help.
usage_error() {  # usage_error EXPECTED_TEXT ARGS...
  local want=$1
  shift
  "$bin" "$@" >/dev/null 2>"$tmp/err"
  local code=$?
  [ "$code" -eq 64 ] || fail "careerplan $*: exit $code, expected 64"
  grep -qF -- "$want" "$tmp/err" || fail "careerplan $*: no '$want' in: $(cat "$tmp/err")"
  if grep -qE 'At Most|required but received|not in range|not in \{|INT:|TEXT' "$tmp/err"; then
    fail "careerplan $*: CLI11 notation in the error: $(cat "$tmp/err")"
  fi
}
usage_error "error: --top: 'abc' is not a whole number from 1 to 50" recommend profiles/junior-infra.yaml --top abc
usage_error "error: --top: '99' is not a whole number from 1 to 50" recommend profiles/junior-infra.yaml --top 99
usage_error "error: --top takes 1 value, and was given 2" recommend profiles/junior-infra.yaml --top 3 --top 4
usage_error "error: --format: 'foo' is not one of text, json, jsonl" recommend profiles/junior-infra.yaml --format foo
usage_error "error: --top needs a value: N (1 to 50)" recommend profiles/junior-infra.yaml --top
usage_error "error: missing --to" path profiles/junior-infra.yaml
usage_error "Run 'careerplan recommend --help' for more information." recommend profiles/junior-infra.yaml --top abc
usage_error "Run 'careerplan tracks show --help' for more information." tracks show a b
usage_error "Run 'careerplan --help' for more information." frobnicate

[ "$status" -eq 0 ] && echo "all ${#paths[@]} help texts have a working example"
exit "$status"
