#!/usr/bin/env bash
# Runs one end-to-end case against the real binary and compares it with the case's golden files.
#   usage: run_case.sh CAREERPLAN CASE_DIR      (run from the project root)
# A case folder holds:
#   cmd               the arguments, one shell line; $CASE is the case folder, $TMP a scratch folder
#   stdin             optional standard input (else /dev/null)
#   setup             optional shell lines run in $TMP first ($ROOT is the project root)
#   expected_stdout   expected_stderr   expected_exit
#   expected_files/   optional: every file here must exist in $TMP with this content
# UPDATE_GOLDEN=1 rewrites the expected files from the actual run.
set -u
bin=$1
case_dir=${2%/}
CASE=${case_dir#"$PWD"/}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export CASE TMP
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1795478400  # 2026-11-24
unset COLUMNS NO_COLOR CAREERPLAN_CONTENT
export XDG_CONFIG_HOME=$TMP/.config  # no personal config file; a case's setup may write one there

ROOT=$PWD
export ROOT
if [ -f "$CASE/setup" ]; then (cd "$TMP" && bash -e "$ROOT/$CASE/setup") || { echo "setup failed"; exit 1; }; fi
stdin=/dev/null
[ -f "$CASE/stdin" ] && stdin="$CASE/stdin"
cmd=$(cat "$CASE/cmd")
eval "set -- $cmd"
timeout 20 "$bin" "$@" <"$stdin" >"$TMP/.stdout" 2>"$TMP/.stderr"
echo $? >"$TMP/.exit"
# Scratch paths differ on every run; goldens spell them $TMP.
sed -i "s|$TMP|\$TMP|g" "$TMP/.stdout" "$TMP/.stderr"

if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$TMP/.stdout" "$CASE/expected_stdout"
  cp "$TMP/.stderr" "$CASE/expected_stderr"
  cp "$TMP/.exit" "$CASE/expected_exit"
  if [ -d "$CASE/expected_files" ]; then
    for f in "$CASE"/expected_files/*; do cp "$TMP/$(basename "$f")" "$f"; done
  fi
  exit 0
fi

status=0
for stream in stdout stderr exit; do
  if ! diff -u --label "expected $stream" --label "actual $stream" "$CASE/expected_$stream" "$TMP/.$stream"; then
    status=1
  fi
done
if [ -d "$CASE/expected_files" ]; then
  for f in "$CASE"/expected_files/*; do
    name=$(basename "$f")
    if [ ! -f "$TMP/$name" ]; then echo "missing output file: $name"; status=1; continue; fi
    diff -u --label "expected $name" --label "actual $name" "$f" "$TMP/$name" || status=1
  done
fi
# No temporary file may be left behind by a write, failed or not.
if ls -A "$TMP" | grep -q '\.tmp'; then echo "temporary file left behind:"; ls -A "$TMP"; status=1; fi
exit $status
