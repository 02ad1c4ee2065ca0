#!/usr/bin/env bash
# The README's examples work when pasted: every line of its "## Examples" block, and every inline
# `careerplan ...` command without a placeholder (an all-capitals word such as PROFILE or DIR),
# runs with exit 0 (pipelines too) in a copy of the project's profiles, with careerplan on PATH.
#   usage: readme_examples_test.sh CAREERPLAN     (from the project root)
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" "$tmp/work" && ln -s "$bin" "$tmp/bin/careerplan"
ln -s "$root/profiles" "$tmp/work/profiles"
export XDG_CONFIG_HOME=$tmp/config PATH=$tmp/bin:$PATH LC_ALL=C.UTF-8
unset CAREERPLAN_CONTENT COLUMNS NO_COLOR
status=0
fail() { echo "FAIL: $*"; status=1; }

{
  sed -n '/^## Examples$/,/^## /p' README.md | sed -n 's/^    \(careerplan .*\)$/\1/p'
  grep -o '`careerplan [^`]*`' README.md | tr -d '`' | grep -vE '(^| )[A-Z][A-Z.]+( |$|\.\.\.)'
} | sort -u >"$tmp/examples"
n=$(wc -l <"$tmp/examples")
[ "$n" -ge 10 ] || fail "found only $n examples in README.md"
while IFS= read -r example; do
  if (cd "$tmp/work" && bash -c "set -e -o pipefail; $example" >"$tmp/out" 2>&1 </dev/null); then
    echo "ok: $example"
  else
    fail "README example failed: $example"
    head -5 "$tmp/out"
  fi
done <"$tmp/examples"
[ "$status" -eq 0 ] && echo "all $n README examples work"
exit "$status"
