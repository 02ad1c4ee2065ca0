#!/usr/bin/env bash
# Renders the exported Markdown plan of every sample profile with a real GFM renderer (Debian's
# cmark-gfm) and checks that its tables and task list survive: the skill-gap tables have one body
# row per gap the JSON plan lists, the task list one checkbox per next step, and no table row
# lost or gained a cell. Then does the same for a profile and a content pack full of hostile names.
#   usage: markdown_render_test.sh CAREERPLAN      (run from the project root)
# Exit 0 when every check passed, 1 on a failure, 77 when cmark-gfm, jq or the binary is missing.
set -u
bin=$1
if [ ! -x "$bin" ]; then echo "SKIP: no careerplan binary at $bin"; exit 77; fi
for tool in cmark-gfm jq; do
  if ! command -v "$tool" >/dev/null; then echo "SKIP: $tool is not installed"; exit 77; fi
done
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1795478400  # 2026-11-24
unset CAREERPLAN_CONTENT NO_COLOR COLUMNS

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
pass() { echo "ok: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
# same NAME ACTUAL EXPECTED
same() { if [ "$2" = "$3" ]; then pass "$1: $2"; else fail "$1: $2, expected $3"; fi; }

# Lines of the <h2> section named $1 of the HTML file $2 that match the regex $3.
section_count() {
  awk -v title="<h2>$1</h2>" -v pattern="$3" '
    /^<h2>/ { inside = ($0 == title) }
    inside && $0 ~ pattern { n++ }
    END { print n + 0 }' "$2"
}

# Body rows (<tr> inside <tbody>) of the tables under the <h2> named $1.
section_rows() {
  awk -v title="<h2>$1</h2>" '
    /^<h2>/ { inside = ($0 == title) }
    inside && /^<tbody>/ { body = 1 }
    inside && /^<\/tbody>/ { body = 0 }
    inside && body && /^<tr>/ { rows++ }
    END { print rows + 0 }' "$2"
}

# Table rows in the Markdown source whose cell count differs from their table's header row:
# a pipe that escaped the escaping would show up here.
ragged_rows() {
  awk '
    function cells(line,   n, i, c, bs) {
      n = 0; bs = 0
      for (i = 1; i <= length(line); i++) {
        c = substr(line, i, 1)
        if (c == "|" && bs % 2 == 0) n++
        bs = (c == "\\") ? bs + 1 : 0
      }
      return n
    }
    /^\|/ { if (!intable) { want = cells($0); intable = 1 } else if (cells($0) != want) bad++ ; next }
    { intable = 0 }
    END { print bad + 0 }' "$1"
}

# check NAME PLAN_MD PLAN_JSON: the rendered plan against the plan's JSON.
check_plan() {
  local name=$1 md=$2 json=$3 html="$TMP/$1.html"
  if ! cmark-gfm -e table -e tasklist "$md" >"$html"; then fail "$name: cmark-gfm failed"; return; fi
  local tables checkboxes steps gaps gap_rows
  tables=$(grep -c '^<table>' "$html")
  if [ "$tables" -ge 2 ]; then pass "$name: $tables tables"; else fail "$name: $tables tables, expected at least 2"; fi
  steps=$(jq '.next_steps | length' "$json")
  checkboxes=$(section_count "Next steps" "$html" '^<li><input type="checkbox" disabled="" />')
  same "$name: next-step task items" "$checkboxes" "$steps"
  gaps=$(jq '[.gaps[].skills[]] | length' "$json")
  gap_rows=$(section_rows "Skill gaps" "$html")
  same "$name: skill-gap rows" "$gap_rows" "$gaps"
  same "$name: target-role rows" "$(section_rows "Target roles" "$html")" "$(jq '.roles | length' "$json")"
  same "$name: ragged table rows" "$(ragged_rows "$md")" 0
}

for profile in profiles/*.yaml; do
  name=$(basename "$profile" .yaml)
  if ! "$bin" export "$profile" -o "$TMP/$name.md" 2>"$TMP/$name.err"; then
    fail "$name: export failed: $(cat "$TMP/$name.err")"
    continue
  fi
  if ! "$bin" recommend "$profile" --format json >"$TMP/$name.json" 2>"$TMP/$name.err"; then
    fail "$name: recommend --format json failed: $(cat "$TMP/$name.err")"
    continue
  fi
  check_plan "$name" "$TMP/$name.md" "$TMP/$name.json"
done

# JSON Resumes: the plan checks hold, and "Read from your résumé" renders as its own section.
for resume in tests/fixtures/resumes/network-ravi.json tests/fixtures/resumes/career-changer-jordan.yaml; do
  name=resume-$(basename "${resume%.*}")
  if "$bin" export "$resume" -o "$TMP/$name.md" 2>/dev/null && "$bin" recommend "$resume" --format json >"$TMP/$name.json" 2>/dev/null; then
    check_plan "$name" "$TMP/$name.md" "$TMP/$name.json"
    same "$name: résumé section" "$(grep -c '^<h2>Read from your résumé</h2>' "$TMP/$name.html")" 1
  else
    fail "$name: export or recommend failed"
  fi
done

# match --format markdown: one table row per skill asked, one task item per next step.
for pair in "tests/fixtures/resumes/dba-bound-priya.json tests/fixtures/jobs/dba-fabrikam.json" \
            "profiles/junior-infra.yaml tests/fixtures/jobs/junior-prod-support-acme.json"; do
  # shellcheck disable=SC2086
  set -- $pair
  name=match-$(basename "${2%.json}")
  if "$bin" match "$1" "$2" --format markdown -o "$TMP/$name.md" && "$bin" match "$1" "$2" --format json >"$TMP/$name.json" &&
     cmark-gfm -e table -e tasklist "$TMP/$name.md" >"$TMP/$name.html"; then
    same "$name: skill rows" "$(grep -c '^<tr>' "$TMP/$name.html")" "$(( $(jq '.skills | length' "$TMP/$name.json") + 1 ))"
    same "$name: next-step task items" "$(grep -c '^<li><input type="checkbox" disabled="" />' "$TMP/$name.html")" \
      "$(jq '.steps | length' "$TMP/$name.json")"
    same "$name: ragged table rows" "$(ragged_rows "$TMP/$name.md")" 0
  else
    fail "$name: match --format markdown failed"
  fi
done

# A person whose name tries to be a heading, a table, HTML and a list: nothing of it may render
# as markup, and the plan's own structure must be intact.
hostile="$TMP/hostile.yaml"
sed 's/^name: .*/name: "1986. # <script>alert(1)<\/script> | `x|y` *em* [a](javascript:alert(1))"/' \
  profiles/junior-infra.yaml >"$hostile"
if "$bin" export "$hostile" -o "$TMP/hostile.md" 2>"$TMP/hostile.err" &&
   "$bin" recommend "$hostile" --format json >"$TMP/hostile.json" 2>>"$TMP/hostile.err"; then
  check_plan hostile "$TMP/hostile.md" "$TMP/hostile.json"
  html="$TMP/hostile.html"
  if grep -q -e '<script' -e '<em>' -e '<a href' -e '<code>' "$html"; then
    fail "hostile: the name rendered as markup"; grep -n -e '<script' -e '<em>' -e '<a href' -e '<code>' "$html"
  else
    pass "hostile: the name renders as text"
  fi
  same "hostile: title" "$(grep -m1 '^<h1>' "$html")" \
    '<h1>Career plan: 1986. # &lt;script&gt;alert(1)&lt;/script&gt; | `x|y` *em* [a](javascript:alert(1))</h1>'
else
  fail "hostile: export failed: $(cat "$TMP/hostile.err")"
fi

if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all checks passed"
