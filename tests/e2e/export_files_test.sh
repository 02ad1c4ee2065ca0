#!/usr/bin/env bash
# export and compile writing files the way people name them:
#   - `export PROFILE -o plan.html` writes HTML, `-o plan.json` JSON, `-o plan.md` Markdown; a
#     --format that the extension contradicts is a usage error (64) that writes nothing;
#   - `-o /dev/stdout` writes to stdout like `-o -`;
#   - `compile DIR -o -` refuses a terminal (`script` gives a real pty) and writes to a pipe;
#   - the Markdown reads as plain text: paths and parentheses are not backslashed, sources cite
#     titles, not seed file names, and cmark-gfm still renders the text as written.
#   usage: export_files_test.sh CAREERPLAN     (from the project root)
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1795478400
unset CAREERPLAN_CONTENT NO_COLOR COLUMNS
status=0
fail() { echo "FAIL: $*"; status=1; }
p=profiles/junior-infra.yaml

"$bin" export $p -o "$tmp/plan.html" || fail "export -o plan.html failed"
head -c 15 "$tmp/plan.html" | grep -qi '<!doctype html>' || fail "export -o plan.html did not write HTML: $(head -c 60 "$tmp/plan.html")"
"$bin" export $p -o "$tmp/plan.JSON" || fail "export -o plan.JSON failed"
head -c 1 "$tmp/plan.JSON" | grep -q '{' || fail "export -o plan.JSON did not write JSON"
"$bin" export $p -o "$tmp/plan.md" || fail "export -o plan.md failed"
head -1 "$tmp/plan.md" | grep -q '^# ' || fail "export -o plan.md did not write Markdown"
"$bin" export $p -o "$tmp/plan.txt" || fail "export -o plan.txt failed"
head -1 "$tmp/plan.txt" | grep -q '^# ' || fail "export -o plan.txt (no known extension) did not write Markdown"
"$bin" export $p --format json -o "$tmp/plan.data" || fail "export --format json -o plan.data failed"
head -c 1 "$tmp/plan.data" | grep -q '{' || fail "--format json did not win for an unknown extension"
"$bin" export $p --format markdown -o "$tmp/bad.html" >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 64 ] || fail "--format markdown -o bad.html exited $code, expected 64"
[ -e "$tmp/bad.html" ] && fail "--format markdown -o bad.html wrote a file"
grep -qF "error: --format markdown does not match the output file" "$tmp/err" || fail "mismatch error: $(cat "$tmp/err")"

# /dev/stdout is stdout.
"$bin" export $p -o /dev/stdout >"$tmp/stdout.md" 2>"$tmp/err" || fail "export -o /dev/stdout failed: $(cat "$tmp/err")"
"$bin" export $p -o - | cmp -s - "$tmp/stdout.md" || fail "-o /dev/stdout and -o - differ"
"$bin" export $p -o /dev/stdout | head -1 | grep -q '^# ' || fail "-o /dev/stdout in a pipe wrote no Markdown"

# compile -o -: a terminal is refused, a pipe gets the pack.
script -qec "$bin compile content -o -" /dev/null >"$tmp/tty" 2>&1
grep -q "refusing to write a compiled pack (binary) to a terminal" "$tmp/tty" || fail "compile -o - on a terminal: $(head -3 "$tmp/tty")"
bytes=$("$bin" compile content -o - | wc -c)
[ "$bytes" -gt 1000 ] || fail "compile content -o - | wc -c is $bytes"

# Markdown that reads as plain text.
md=$tmp/plan.md
grep -qF -- "- **Profile:** $p" "$md" || fail "the profile path is escaped: $(grep -m1 'Profile:' "$md")"
grep -q '\\[(/.:,;-]' "$md" && fail "backslashes before characters Markdown leaves alone: $(grep -m1 '\\[(/.:,;-]' "$md")"
grep -qE 'file [0-9]+_[0-9a-f]+\.txt|file 00' "$md" && fail "sources cite seed file names: $(grep -m1 -E 'file 0' "$md")"
grep -q '^1\. \*\*Production Support Engineer: Traditional Career Path\*\*' "$md" ||
  fail "the first source is not cited by its title: $(grep -m1 '^1\. ' "$md")"
if command -v cmark-gfm >/dev/null; then
  # Every line of plain list text renders to the same words.
  cmark-gfm -e table "$md" | sed 's/<[^>]*>//g' >"$tmp/rendered"
  grep -qF "Profile: $p" "$tmp/rendered" || fail "cmark-gfm does not render the profile line as written"
else
  echo "note: cmark-gfm is missing, the rendered Markdown is not checked"
fi

[ "$status" -eq 0 ] && echo "export file checks passed"
exit "$status"
