#!/usr/bin/env bash
# Listings and reports in pipes and on terminals, through the real binary:
#   - in a pipe, `tracks`, `stages`, `skills` and `certs` print a header and one line per record,
#     never a value broken across lines, and no hint for the next command;
#   - with COLUMNS set, or on a terminal (`script` gives a real pty), only the free-text column
#     wraps: every id and title is whole on its first line, and the hint is shown on the terminal;
#   - --format tsv is a header and a line per record with the same number of tab-separated fields;
#   - recommend's track table shows ids (`recommend | grep devops-sre` finds it) and its hints
#     only on a terminal;
#   - recommend --format json has one shape: an object for a profile or a folder of one, and a
#     usage error naming --format jsonl for several.
#   usage: listings_test.sh CAREERPLAN     (from the project root)
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config LC_ALL=C.UTF-8
unset CAREERPLAN_CONTENT NO_COLOR COLUMNS
status=0
fail() { echo "FAIL: $*"; status=1; }
command -v jq >/dev/null || { echo "SKIP: jq is not installed"; exit 77; }

# The issue's own example: a title is found whole by grep.
[ "$("$bin" tracks | grep -c "Infrastructure Support Engineer")" -ge 1 ] ||
  fail "tracks | grep -c 'Infrastructure Support Engineer' finds nothing"

# listing JSON_KEY ID_FIELD TITLE_FIELD: checks of one listing command.
check_listing() {
  local cmd=$1 key=$2 title=$3
  "$bin" "$cmd" --format json | jq -r ".${key}[] | .id" >"$tmp/ids"
  "$bin" "$cmd" --format json | jq -r ".${key}[] | .${title}" >"$tmp/titles"
  local n
  n=$(wc -l <"$tmp/ids")
  [ "$n" -gt 3 ] || fail "$cmd --format json lists only $n entries"

  # A pipe: header + one line per record, in order; each line holds its id and title whole.
  "$bin" "$cmd" >"$tmp/pipe" 2>"$tmp/err"
  [ "$(wc -l <"$tmp/pipe")" -eq $((n + 1)) ] || fail "$cmd | wc -l is $(wc -l <"$tmp/pipe"), expected $((n + 1)) (header + $n records)"
  [ -s "$tmp/err" ] && fail "$cmd in a pipe wrote to stderr: $(head -2 "$tmp/err")"
  grep -q "careerplan .* show" "$tmp/pipe" && fail "$cmd in a pipe prints a hint for the next command"
  paste -d '\t' "$tmp/ids" "$tmp/titles" | tail -n +1 >"$tmp/pairs"
  local i=1 id t line
  while IFS=$'\t' read -r id t; do
    i=$((i + 1))
    line=$(sed -n "${i}p" "$tmp/pipe")
    case "$line" in
      *"$id"*"$t"* | *"$t"*"$id"*) ;;
      *) fail "$cmd | line $i does not hold '$id' and '$t' whole: $line" ;;
    esac
  done <"$tmp/pairs"
  # awk '{print $1}' sees the ids (or the ladder's numbers, for stages).
  if [ "$cmd" != stages ]; then
    "$bin" "$cmd" | awk 'NR > 1 {print $1}' | cmp -s - "$tmp/ids" || fail "$cmd | awk '{print \$1}' is not the ids"
  fi

  # COLUMNS=60 in a pipe: the free-text column wraps, ids and titles stay whole on a record's
  # first line (continuation lines start with blanks).
  COLUMNS=60 "$bin" "$cmd" >"$tmp/narrow"
  local firsts
  firsts=$(grep -vc '^ ' "$tmp/narrow")
  [ "$firsts" -eq $((n + 1)) ] || fail "$cmd at COLUMNS=60: $firsts lines start a record, expected $((n + 1))"
  while IFS=$'\t' read -r id t; do
    grep -v '^ ' "$tmp/narrow" | grep -qF -- "$t" || fail "$cmd at COLUMNS=60 broke the title '$t'"
    grep -v '^ ' "$tmp/narrow" | grep -qF -- "$id" || fail "$cmd at COLUMNS=60 broke the id '$id'"
  done <"$tmp/pairs"

  # A terminal of 70 columns: the same table, and the hint below it.
  script -qec "stty cols 70; $bin --color never $cmd" /dev/null | tr -d '\r' >"$tmp/tty"
  COLUMNS=70 "$bin" "$cmd" >"$tmp/cols70"
  head -n "$(wc -l <"$tmp/cols70")" "$tmp/tty" | cmp -s - "$tmp/cols70" || fail "$cmd on a 70-column terminal differs from COLUMNS=70"
  if [ "$cmd" != stages ]; then
    grep -q "careerplan $cmd show ID" "$tmp/tty" || fail "$cmd on a terminal shows no hint"
  fi

  # TSV: header + a line per record, every line with the header's field count, ids first.
  "$bin" "$cmd" --format tsv >"$tmp/tsv"
  [ "$(wc -l <"$tmp/tsv")" -eq $((n + 1)) ] || fail "$cmd --format tsv has $(wc -l <"$tmp/tsv") lines, expected $((n + 1))"
  [ "$(awk -F '\t' '{print NF}' "$tmp/tsv" | sort -u | wc -l)" -eq 1 ] || fail "$cmd --format tsv: lines differ in field count"
  [ "$(awk -F '\t' 'NR == 1 {print NF}' "$tmp/tsv")" -ge 4 ] || fail "$cmd --format tsv: fewer than 4 fields"
  local idcol=1
  [ "$cmd" = stages ] && idcol=2
  cut -f "$idcol" "$tmp/tsv" | tail -n +2 | cmp -s - "$tmp/ids" || fail "$cmd --format tsv: column $idcol is not the ids"
  echo "ok: $cmd ($n records)"
}
check_listing tracks tracks title
check_listing stages stages title
check_listing skills skills name
check_listing certs certifications name

# recommend: ids in the track table, hints only on a terminal.
"$bin" recommend profiles/junior-infra.yaml >"$tmp/rec"
for id in $("$bin" recommend profiles/junior-infra.yaml --format json | jq -r '.tracks[].id'); do
  grep -q -- "$id" "$tmp/rec" || fail "recommend | grep $id finds nothing"
done
grep -q "careerplan export" "$tmp/rec" && fail "recommend in a pipe prints the export hint"
script -qec "$bin recommend profiles/junior-infra.yaml" /dev/null | grep -q "careerplan export" ||
  fail "recommend on a terminal does not print the export hint"

# One JSON shape: a profile and a folder holding one give the same top-level object.
mkdir "$tmp/one"
cp profiles/junior-infra.yaml "$tmp/one/"
a=$("$bin" recommend profiles/junior-infra.yaml --format json | jq -r 'type')
b=$("$bin" recommend "$tmp/one" --format json | jq -r 'type')
[ "$a" = object ] && [ "$b" = object ] || fail "recommend --format json: a profile gives $a, a folder of one $b"
"$bin" recommend profiles/junior-infra.yaml profiles/senior.yaml --format json >"$tmp/out" 2>"$tmp/err"
code=$?
[ "$code" -eq 64 ] || fail "recommend --format json with two profiles exited $code, expected 64"
[ -s "$tmp/out" ] && fail "recommend --format json with two profiles printed to stdout"
grep -q -- "--format jsonl" "$tmp/err" || fail "the error for two profiles does not name --format jsonl: $(cat "$tmp/err")"
[ "$("$bin" recommend profiles --format jsonl | jq -r type | sort -u)" = object ] ||
  fail "recommend profiles --format jsonl is not one object a line"
# ... and each line is the object --format json prints for that profile.
cmp -s <("$bin" recommend profiles/senior.yaml --format json | jq -S -c .) \
       <("$bin" recommend profiles/senior.yaml --format jsonl | jq -S -c .) ||
  fail "recommend --format jsonl and --format json differ for one profile"

[ "$status" -eq 0 ] && echo "listing checks passed"
exit "$status"
