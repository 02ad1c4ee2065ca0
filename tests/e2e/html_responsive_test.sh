#!/usr/bin/env bash
# The HTML plan on a 400 px phone and a 1200 px desktop, in Debian's headless Chromium. A copy of
# the page gets a script that measures what a person would see and writes a verdict into the DOM:
#   - the page never scrolls sideways;
#   - no word in a table is broken across lines (the letter-by-letter columns of a squeezed table;
#     a break after a hyphen, dash or slash is a line break a reader expects);
#   - the target-roles table reflows into one card per row at 400 px and is a table at 1200 px;
#   - radar labels are drawn at least 9 px high;
#   - the route picture lies whole inside the page, its labels at least 7 px high.
# (Words over 25 letters may break: a line cannot hold them otherwise.)
# Screenshots of both widths are taken and must not be blank; with HTML_SHOTS=DIR they are kept.
#   usage: html_responsive_test.sh CAREERPLAN      (run from the project root)
# Exit 0 when every check passed, 1 on a failure, 77 when chromium or the binary is missing.
set -u
bin=$1
if [ ! -x "$bin" ]; then echo "SKIP: no careerplan binary at $bin"; exit 77; fi
if [ ! -x /usr/bin/chromium ]; then echo "SKIP: /usr/bin/chromium is not installed"; exit 77; fi
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1795478400  # 2026-11-24
unset CAREERPLAN_CONTENT NO_COLOR COLUMNS
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export XDG_CONFIG_HOME=$TMP/config
failures=0
pass() { echo "ok: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }

browser() {
  timeout 120 /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --user-data-dir="$(mktemp -d -p "$TMP")" --run-all-compositor-stages-before-draw --virtual-time-budget=3000 \
    --hide-scrollbars "$@" 2>/dev/null
}

cat >"$TMP/measure.js" <<'JS'
window.addEventListener('load', () => {
  const out = [];
  const vw = document.documentElement.clientWidth;
  out.push('scroll ' + (document.documentElement.scrollWidth <= vw ? 'ok' : 'wide ' + document.documentElement.scrollWidth + '>' + vw));
  let broken = [];
  for (const cell of document.querySelectorAll('td, th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const re = /[^\s\-\u2010-\u2015\/]+/g;
      let m;
      while ((m = re.exec(node.data)) !== null) {
        if (m[0].length > 25) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  }
  out.push('words ' + (broken.length === 0 ? 'ok' : 'broken ' + broken.slice(0, 5).join(',')));
  const row = document.querySelector('table.reflow tbody tr');
  out.push('roles ' + (row ? getComputedStyle(row).display : 'none'));
  const scale = svg => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  let smallest = 1e9;
  for (const svg of document.querySelectorAll('svg.radar')) {
    for (const t of svg.querySelectorAll('text.radar-label')) {
      smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale(svg));
    }
  }
  out.push('radar ' + smallest.toFixed(1));
  const route = document.querySelector('svg.route');
  if (route) {
    const r = route.getBoundingClientRect();
    let text = 1e9;
    for (const t of route.querySelectorAll('text')) text = Math.min(text, parseFloat(getComputedStyle(t).fontSize) * scale(route));
    out.push('route ' + (r.left >= 0 && r.right <= vw + 0.5 ? 'inside' : 'outside') + ' ' + text.toFixed(1));
  } else {
    out.push('route none');
  }
  const pre = document.createElement('pre');
  pre.id = 'verdict';
  pre.textContent = out.join('\n');
  document.body.appendChild(pre);
});
JS

check() {  # check NAME PROFILE
  local name=$1 profile=$2
  "$bin" export "$profile" -o "$TMP/$name.html" || { fail "$name: export failed"; return; }
  sed 's|</body>|<script src="measure.js"></script></body>|' "$TMP/$name.html" >"$TMP/$name.measure.html"
  for width in 400 1200; do
    browser --dump-dom --window-size=$width,3000 "file://$TMP/$name.measure.html" >"$TMP/$name.$width.dom"
    local v
    v=$(sed -n '/<pre id="verdict">/,/<\/pre>/p' "$TMP/$name.$width.dom" | sed 's/<[^>]*>//g')
    [ -n "$v" ] || { fail "$name at $width px: the page was not measured"; continue; }
    grep -qx "scroll ok" <<<"$v" && pass "$name at $width px: no sideways scrolling" || fail "$name at $width px: $(grep '^scroll' <<<"$v")"
    grep -qx "words ok" <<<"$v" && pass "$name at $width px: no word broken in a table" || fail "$name at $width px: $(grep '^words' <<<"$v")"
    local want=table-row
    [ "$width" = 400 ] && want=block
    grep -qx "roles $want" <<<"$v" && pass "$name at $width px: target roles as $want" || fail "$name at $width px: target roles are $(grep '^roles' <<<"$v"), expected $want"
    local radar
    radar=$(sed -n 's/^radar //p' <<<"$v")
    awk -v r="$radar" 'BEGIN { exit !(r >= 9) }' && pass "$name at $width px: radar labels $radar px" || fail "$name at $width px: radar labels only $radar px"
    local route
    route=$(sed -n 's/^route //p' <<<"$v")
    case "$route" in
      none) ;;
      inside*) awk -v r="${route#inside }" 'BEGIN { exit !(r >= 7) }' && pass "$name at $width px: route whole, text ${route#inside } px" ||
                 fail "$name at $width px: route text only ${route#inside } px" ;;
      *) fail "$name at $width px: route picture is $route" ;;
    esac
    browser --screenshot="$TMP/$name.$width.png" --window-size=$width,2400 "file://$TMP/$name.html" >/dev/null
    local size
    size=$(stat -c %s "$TMP/$name.$width.png" 2>/dev/null || echo 0)
    [ "$size" -gt 20000 ] && pass "$name at $width px: screenshot of $size bytes" || fail "$name at $width px: screenshot missing or blank ($size bytes)"
    [ -n "${HTML_SHOTS:-}" ] && cp "$TMP/$name.$width.png" "$HTML_SHOTS/"
  done
}
check junior-infra profiles/junior-infra.yaml
check new-graduate profiles/new-graduate.yaml
check senior profiles/senior.yaml

[ "$failures" -eq 0 ] && echo "responsive HTML checks passed"
[ "$failures" -eq 0 ]
