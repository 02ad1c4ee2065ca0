#!/usr/bin/env bash
# The default plan's promises, on every sample profile and every advice persona: at most 50 lines
# at 80 columns, at most 5 strategies, no target track behind the person, and no target track more
# than about two years away ("later") unless the profile names it in goals.tracks.
#   usage: advice_bounds_test.sh CAREERPLAN
set -u
bin=$1
export COLUMNS=80 NO_COLOR=1 SOURCE_DATE_EPOCH=1767571200
export XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
unset CAREERPLAN_CONTENT
status=0
checked=0
for profile in profiles/*.yaml $(ls tests/advice/personas/*.yaml | grep -v '\.expect\.yaml$'); do
  lines=$("$bin" recommend "$profile" | wc -l)
  if [ "$lines" -gt 50 ]; then echo "FAIL: $profile: $lines lines at 80 columns (at most 50)"; status=1; fi
  "$bin" recommend "$profile" --format json | python3 -c '
import json, sys, yaml
plan = json.load(sys.stdin)
profile = yaml.safe_load(open(sys.argv[1]))
named = set(((profile or {}).get("goals") or {}).get("tracks") or [])
problems = []
if len(plan["strategies"]) > 5:
    problems.append("%d strategies (at most 5)" % len(plan["strategies"]))
horizon = {h["id"]: h["horizon"] for h in plan["track_horizons"]}
for t in plan["target_tracks"]:
    if t not in named and horizon.get(t) in ("behind", "later"):
        problems.append("target %s is %s and the profile does not name it" % (t, horizon.get(t)))
for p in problems:
    print("FAIL: %s: %s" % (sys.argv[1], p))
sys.exit(1 if problems else 0)
' "$profile" || status=1
  checked=$((checked + 1))
done
[ "$status" -eq 0 ] && echo "advice bounds hold on $checked profiles"
exit "$status"
