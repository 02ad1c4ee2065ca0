#!/usr/bin/env bash
# Renders the HTML plan (export --format html) in Debian's headless Chromium and checks what a
# person would see, for a sample profile and for a profile and content pack full of hostile names:
#   - a screenshot is taken and is not blank (a PNG of real size);
#   - the DOM Chromium builds holds the radar and route SVGs with non-empty shapes and labels, the
#     hostile names as text (never as elements), and no <script> element;
#   - printed to PDF, every word pdftotext finds lies inside the page, and the full hostile names
#     (300-character word included) are there: text that overflowed its box would be cut off or
#     stick out of the page;
#   - Chromium logs no console error.
#   usage: html_browser_test.sh CAREERPLAN      (run from the project root)
# Exit 0 when every check passed, 1 on a failure, 77 when chromium, pdftotext or the binary is missing.
# With HTML_SCREENSHOT=FILE a screenshot of the sample plan is also written there (docs/images/plan-html.png).
set -u
bin=$1
if [ ! -x "$bin" ]; then echo "SKIP: no careerplan binary at $bin"; exit 77; fi
if [ ! -x /usr/bin/chromium ]; then echo "SKIP: /usr/bin/chromium is not installed"; exit 77; fi
if ! command -v pdftotext >/dev/null; then echo "SKIP: pdftotext (poppler-utils) is not installed"; exit 77; fi
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1795478400  # 2026-11-24
unset CAREERPLAN_CONTENT NO_COLOR COLUMNS

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
pass() { echo "ok: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }

# Chromium with nothing that reaches the network or a profile outside $TMP.
browser() {
  timeout 120 /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --user-data-dir="$(mktemp -d -p "$TMP")" --run-all-compositor-stages-before-draw --virtual-time-budget=2000 \
    --enable-logging=stderr --v=0 "$@"
}

# check_page NAME HTML [TEXT...]: every check on one exported page; TEXT are strings that must be
# printed whole (whitespace aside).
check_page() {
  local name=$1 html=$2
  shift 2
  local url="file://$html" dir
  dir=$(dirname "$html")

  browser --screenshot="$dir/$name.png" --window-size=1280,2400 "$url" >/dev/null 2>"$dir/$name.shot.err"
  local size
  size=$(stat -c %s "$dir/$name.png" 2>/dev/null || echo 0)
  if [ "$size" -gt 30000 ]; then pass "$name: screenshot of $size bytes"; else fail "$name: screenshot missing or blank ($size bytes)"; fi

  browser --dump-dom "$url" >"$dir/$name.dom" 2>"$dir/$name.dom.err"
  local radars polygons
  radars=$(grep -o '<svg class="radar" role="img"' "$dir/$name.dom" | wc -l)
  polygons=$(grep -oE '<polygon class="radar-(have|need)"[^>]* points="[0-9][^"]+"' "$dir/$name.dom" | wc -l)
  if [ "$radars" -ge 1 ] && [ "$polygons" -eq $((2 * radars)) ]; then
    pass "$name: $radars radar(s), each with both polygons drawn"
  else
    fail "$name: $radars radar(s) but $polygons non-empty polygons"
  fi
  if grep -q '<text class="radar-label"[^>]*><title>[^<]' "$dir/$name.dom"; then pass "$name: radar labels"; else fail "$name: no radar labels"; fi
  if grep -q '<svg class="route" role="img"' "$dir/$name.dom" && grep -q '<g class="node current">' "$dir/$name.dom" &&
     grep -q '<g class="hop">' "$dir/$name.dom"; then
    pass "$name: route drawn with the current position and arrows"
  else
    fail "$name: route diagram missing or empty"
  fi
  if grep -qi '<script' "$dir/$name.dom"; then fail "$name: a <script> element is in the DOM"; else pass "$name: no <script> element"; fi

  browser --print-to-pdf="$dir/$name.pdf" --no-pdf-header-footer "$url" >/dev/null 2>"$dir/$name.pdf.err"
  if pdftotext -bbox "$dir/$name.pdf" "$dir/$name.bbox.html" 2>/dev/null; then
    # Words whose box leaves the page (a small tolerance for rounding).
    local outside
    outside=$(awk '
      /<page / { match($0, /width="[0-9.]+"/); w = substr($0, RSTART + 7, RLENGTH - 8) + 0 }
      /<word / {
        match($0, /xMin="[-0-9.]+"/); x0 = substr($0, RSTART + 6, RLENGTH - 7) + 0
        match($0, /xMax="[-0-9.]+"/); x1 = substr($0, RSTART + 6, RLENGTH - 7) + 0
        if (x0 < -0.5 || x1 > w + 0.5) { n++; if (n <= 5) print "  outside the page: " $0 > "/dev/stderr" }
      }
      END { print n + 0 }' "$dir/$name.bbox.html")
    if [ "$outside" -eq 0 ]; then pass "$name: every printed word lies inside the page"; else fail "$name: $outside word(s) outside the page"; fi
    pdftotext "$dir/$name.pdf" "$dir/$name.txt"
    local flat text
    flat=$(tr -d ' \n\t\f\r' <"$dir/$name.txt")
    for text in "$@"; do
      if [[ "$flat" == *"$(printf '%s' "$text" | tr -d ' \n\t')"* ]]; then
        pass "$name: printed whole: ${text:0:60}"
      else
        fail "$name: not printed whole: ${text:0:60}"
      fi
    done
  else
    fail "$name: no PDF printed"
  fi

  if grep -hE 'Uncaught|ERROR:CONSOLE|CONSOLE\(|Refused to' "$dir/$name".*.err; then
    fail "$name: console errors"
  else
    pass "$name: no console error"
  fi
}

# The sample plan.
if "$bin" export profiles/junior-infra.yaml --format html -o "$TMP/plan.html" 2>"$TMP/plan.err"; then
  check_page plan "$TMP/plan.html" "Career plan: Sam Rivera" "Skills radar" "you are here"
  # The docs' screenshot is a little taller, so the first skills radar shows whole.
  if [ -n "${HTML_SCREENSHOT:-}" ]; then
    browser --screenshot="$HTML_SCREENSHOT" --window-size=1280,2800 "file://$TMP/plan.html" >/dev/null 2>&1 &&
      echo "screenshot written to $HTML_SCREENSHOT"
  fi
else
  fail "sample: export failed: $(cat "$TMP/plan.err")"
fi

# Hostile names: a content pack extending the built-in one with a track named to break the page.
long="a $(printf 'very%.0s' $(seq 1 40))longname"
track_title="<script>alert(1)</script> & \"quoted\" $(printf '\u200f')עברית$(printf '\u200f') and $long"
mkdir -p "$TMP/pack"
cat >"$TMP/pack/pack.yaml" <<'YAML'
pack:
  name: hostile-test
  extends: builtin
YAML
title_yaml=${track_title//\\/\\\\}
title_yaml=${title_yaml//\"/\\\"}
cat >"$TMP/pack/tracks.yaml" <<YAML
tracks:
  - id: hostile-track
    title: "$title_yaml"
    focus: "Breaking pages"
    description: "A track whose title tries every way out of HTML."
    key_skills:
      - {skill: linux, level: 5, weight: 3, essential: true}
      - {skill: sql, level: 3, weight: 2}
      - {skill: scripting, level: 4, weight: 2}
      - {skill: communication, level: 3, weight: 1}
    source: careerplan-estimate
YAML
sed -e 's/^name: .*/name: "<\/title><script>alert(2)<\/script> \&amp; O'"'"'Brien"/' profiles/junior-infra.yaml >"$TMP/hostile.yaml"
printf '  tracks: [hostile-track]\n' >>"$TMP/hostile.yaml"
if "$bin" --content "$TMP/pack" export "$TMP/hostile.yaml" --format html -o "$TMP/hostile.html" 2>"$TMP/hostile.err"; then
  # pdftotext may put right-to-left words in visual order, so the title is checked in its parts.
  check_page hostile "$TMP/hostile.html" '<script>alert(1)</script> & "quoted"' "עברית" "and $long" \
    "</title><script>alert(2)</script> &amp; O'Brien"
  # The DOM holds the names as text: escaped where markup would start.
  if grep -qF '&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quoted"' "$TMP/hostile.dom" && grep -qF "$long" "$TMP/hostile.dom"; then
    pass "hostile: the track title is text in the DOM, long word whole"
  else
    fail "hostile: the track title is not in the DOM as text"
  fi
else
  fail "hostile: export failed: $(cat "$TMP/hostile.err")"
fi

if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all checks passed"
