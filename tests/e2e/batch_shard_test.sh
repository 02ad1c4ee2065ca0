#!/usr/bin/env bash
# Batch mode is stateless per profile, so a JSON Lines run split into shards by GNU parallel and
# merged in order equals the single run byte for byte; and each jsonl line is the same JSON
# object `recommend --format json` prints for that profile alone.
#   usage: batch_shard_test.sh CAREERPLAN     (run from the project root)
# Exit: 0 pass, 1 fail, 77 skip (GNU parallel is not installed).
set -u
bin=$1
if ! command -v parallel >/dev/null 2>&1 || ! parallel --version 2>/dev/null | grep -q "GNU parallel"; then
  echo "skip: GNU parallel is not installed (apt-get install parallel)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8
unset CAREERPLAN_CONTENT

# A few hundred profiles that differ in every field a plan reads.
python3 - "$tmp/profiles.jsonl" <<'PY'
import json, random, sys
rng = random.Random(5)
skills = ["linux", "sql", "networking", "windows", "scripting", "monitoring", "logging", "python",
          "incident-management", "itsm", "communication", "troubleshooting", "cloud", "security"]
tracks = ["application-support", "infrastructure-support", "network-engineering", "database-administration"]
with open(sys.argv[1], "w") as out:
    for i in range(300):
        p = {"name": f"Person {i}", "years_experience": rng.choice([0, 0.5, 1, 2, 3, 5, 8, 12]),
             "education": rng.choice(["none", "high-school", "associate", "bachelor", "master"]),
             "skills": {s: rng.randint(1, 5) for s in rng.sample(skills, rng.randint(0, 6))}}
        if rng.random() < 0.4:
            p["goals"] = {"tracks": rng.sample(tracks, rng.randint(1, 2)), "hours_per_week": rng.choice([2, 5, 10])}
        out.write(json.dumps(p) + "\n")
PY
# Unknown ids in the generated profiles would only test error paths: keep the lines that load.
"$bin" recommend - --format jsonl <"$tmp/profiles.jsonl" >"$tmp/single.jsonl" 2>"$tmp/single.err"
status=$?
if [ $status -ne 0 ] || [ -s "$tmp/single.err" ]; then
  echo "FAIL: the single run exited $status"; head -5 "$tmp/single.err"; exit 1
fi
lines=$(wc -l <"$tmp/single.jsonl")
if [ "$lines" -ne 300 ]; then echo "FAIL: expected 300 plans, got $lines"; exit 1; fi

# Shards of 37 lines restart their <stdin>:LINE numbering, so compare without profile.file.
strip_file() { python3 -c '
import json, sys
for line in sys.stdin:
    o = json.loads(line); o["profile"]["file"] = ""; print(json.dumps(o, ensure_ascii=False))'; }
parallel --will-cite --pipe -N 37 --keep-order -j 2 "$bin" recommend - --format jsonl <"$tmp/profiles.jsonl" >"$tmp/sharded.jsonl"
if ! cmp -s <(strip_file <"$tmp/single.jsonl") <(strip_file <"$tmp/sharded.jsonl"); then
  echo "FAIL: the split-and-merged run differs from the single run"; exit 1
fi
# With files, whose names do not depend on the split, the match is exact.
split -l 1 -a 3 -d --additional-suffix=.yaml "$tmp/profiles.jsonl" "$tmp/p-"
mkdir "$tmp/dir" && mv "$tmp"/p-*.yaml "$tmp/dir/"
(cd "$tmp/dir" && "$bin" recommend ./*.yaml --format jsonl) >"$tmp/files-single.jsonl" || { echo "FAIL: files run"; exit 1; }
(cd "$tmp/dir" && ls ./*.yaml | parallel --will-cite -N 25 --keep-order -j 2 "$bin" recommend {} --format jsonl) >"$tmp/files-sharded.jsonl"
if ! cmp "$tmp/files-single.jsonl" "$tmp/files-sharded.jsonl"; then
  echo "FAIL: sharded file run differs byte for byte"; exit 1
fi
# Threads change nothing either.
"$bin" recommend - --format jsonl -j 1 <"$tmp/profiles.jsonl" >"$tmp/one-thread.jsonl"
cmp "$tmp/single.jsonl" "$tmp/one-thread.jsonl" || { echo "FAIL: -j 1 differs from the default"; exit 1; }

# jsonl line N is the object `recommend --format json` prints for that profile alone.
for n in 1 17 150 300; do
  sed -n "${n}p" "$tmp/profiles.jsonl" >"$tmp/one.yaml"
  (cd "$tmp" && "$bin" recommend one.yaml --format json) >"$tmp/one.json"
  sed -n "${n}p" "$tmp/single.jsonl" >"$tmp/line.json"
  if ! python3 - "$tmp/one.json" "$tmp/line.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1])); b = json.loads(open(sys.argv[2]).read())
a["profile"]["file"] = b["profile"]["file"] = ""
sys.exit(0 if a == b else 1)
PY
  then
    echo "FAIL: jsonl line $n differs from recommend --format json of that profile"; exit 1
  fi
done
echo "ok: 300 profiles, single run == sharded run; jsonl == json"
