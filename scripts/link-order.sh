#!/usr/bin/env bash
# scripts/link-order.sh [BUILD]: regenerates src/cli/link-order.txt, the functions the everyday
# commands run, which the linker places side by side (cmake/LinkOrder.cmake).
# A start-up touches code all over a 2 MB program, and every 64 KB of it costs a page fault;
# packed together, the same code costs fewer. Runs the commands under valgrind's callgrind (needs
# valgrind) and lists every function of the careerplan binary that ran; their order within the
# list does not matter, only that they are packed together.
# The list only steers layout: a stale or missing name costs speed, never correctness.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
cp=$build/careerplan
command -v valgrind >/dev/null || { echo "link-order.sh: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
[ -x "$cp" ] || { echo "link-order.sh: no $cp; build first" >&2; exit 1; }
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 XDG_CONFIG_HOME=$work  # no config file
unset CAREERPLAN_CONTENT                 # the built-in pack

n=0
trace() {
  n=$((n + 1))
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/$(printf %02d $n).out" "$cp" "$@" \
    >/dev/null 2>&1
}
for p in profiles/*.yaml; do trace recommend "$p"; done
trace tracks
trace --version
trace stages
trace tracks show devops-sre
trace recommend profiles/senior.yaml --format json

python3 - "$cp" "$work" >src/cli/link-order.txt <<'EOF'
import glob, os, re, sys
binary, work = os.path.realpath(sys.argv[1]), sys.argv[2]
names, seen = [], set()
for path in sorted(glob.glob(os.path.join(work, "*.out"))):
    objects, functions, current = {}, {}, None
    for line in open(path):
        m = re.match(r"^(c?ob|c?fn)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
        if not m:
            continue
        kind, key, name = m.groups()
        table = objects if kind.endswith("ob") else functions
        if name:
            table[key] = name
        if kind == "ob":
            current = objects.get(key)
        elif kind == "fn" and current and os.path.realpath(current) == binary:
            # callgrind names a recursive call's deeper frames "name'2": the same function.
            fn = functions.get(key, "").split("'")[0]
            if fn.startswith("_Z") and fn not in seen:
                seen.add(fn)
                names.append(fn)
# A constructor or destructor runs as its complete-object symbol (C1, D1), but GCC emits the
# section under the base-object one (C2, D2) that it aliases; list both.
out = []
for fn in names:
    out.append(".text." + fn)
    base = re.sub(r"([CD])1([EI])", r"\g<1>2\2", fn, count=1)
    if base != fn:
        out.append(".text." + base)
print("\n".join(dict.fromkeys(out)))
EOF
echo "link-order.sh: $(wc -l <src/cli/link-order.txt) sections in src/cli/link-order.txt"
