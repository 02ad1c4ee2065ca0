#!/usr/bin/env bash
# The link order still does its job (cmake/LinkOrder.cmake): most functions src/cli/link-order.txt
# lists exist in the program, and they sit side by side. A list gone stale after large changes
# fails here, with the command that regenerates it. Skipped (77) when the program was not linked
# with the order: no gold note (sanitizer and fuzz builds, another compiler).
set -euo pipefail
cp=$1
list=src/cli/link-order.txt
if ! readelf -n "$cp" | grep -q "NT_GNU_GOLD_VERSION"; then
  echo "link_order_test: $cp was not linked with gold and the link order; skipped"
  exit 77
fi
nm -S "$cp" | python3 -c '
import sys
listed = [line[len(".text."):] for line in open(sys.argv[1]).read().split() if line.startswith(".text.")]
found = {}
for line in sys.stdin:
    parts = line.split()
    if len(parts) == 4 and parts[2] in "tTW" and parts[3] in listed:
        found[parts[3]] = (int(parts[0], 16), int(parts[1], 16))
# A constructor listed under both its names (C1, C2) is one function: count each address once.
spans = sorted(set(found.values()))
share = len(found) / len(set(listed))
size = sum(s for _, s in spans)
# The narrowest stretch of the program holding 90% of the listed bytes: a few functions (static
# initialisers, cold parts) go to sections of their own wherever the list puts them.
best, j, held = None, 0, 0
for i, (a, s) in enumerate(spans):
    held += s
    while held - spans[j][1] >= 0.9 * size:
        held -= spans[j][1]
        j += 1
    if held >= 0.9 * size:
        width = a + s - spans[j][0]
        best = width if best is None else min(best, width)
print(f"link_order_test: {len(found)} of {len(set(listed))} listed functions found ({share:.0%}); "
      f"90% of their {size} bytes lie in {best} bytes of the program")
if share < 0.8:
    sys.exit("link_order_test: the list is stale; regenerate it with scripts/link-order.sh (needs valgrind)")
if best > 2 * size:
    sys.exit("link_order_test: the listed functions are spread out: the order was not applied")
' "$list"
