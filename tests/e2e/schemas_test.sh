#!/usr/bin/env bash
# The JSON Schemas in schema/ describe what careerplan reads and writes. This test proves that
#   1. every schema is a valid draft 2020-12 schema;
#   2. every sample profile, the profiles `init` writes, and every content file validate;
#   3. the --format json output of every command, on every sample profile, validates against its
#      schema, and every command offering --format json has one;
#   4. careerplan and the profile schema agree on invalid profiles (both reject), except for the
#      allowlisted ones a schema cannot judge, and on valid ones (both accept).
#   usage: schemas_test.sh CAREERPLAN     (from the project root; exit 77 = skipped)
set -u
bin=$1
py=/usr/bin/python3  # Debian's python3, which has python3-jsonschema and python3-yaml
if ! "$py" -c 'import jsonschema, yaml' 2>/dev/null; then
  echo "skipped: needs python3-jsonschema and python3-yaml (scripts/setup.sh installs them)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config LC_ALL=C.UTF-8  # no personal config file may change the outputs
unset CAREERPLAN_CONTENT
status=0
validate() { "$py" tests/e2e/validate_json.py "$@" || status=1; }
fail() { echo "FAIL: $*"; status=1; }

echo "== schemas"
validate --check-schemas schema

echo "== inputs: sample profiles, content files, init's profiles"
validate schema/profile.schema.json profiles/*.yaml
validate schema/content.schema.json content/*.yaml
# Editors that use yaml-language-server validate and complete these files from their first line.
for f in profiles/*.yaml content/*.yaml; do
  case $f in profiles/*) kind=profile ;; *) kind=content ;; esac
  head -1 "$f" | grep -qxF "# yaml-language-server: \$schema=../schema/$kind.schema.json" ||
    fail "$f does not start with: # yaml-language-server: \$schema=../schema/$kind.schema.json"
done
"$bin" init -o "$tmp/starter.yaml" 2>/dev/null || fail "init"
validate schema/profile.schema.json "$tmp/starter.yaml"

echo "== outputs"
# Runs careerplan with the arguments after the schema name and validates its stdout.
output() {
  local schema=$1 label
  shift
  label="careerplan $*"
  if ! "$bin" "$@" >"$tmp/out.json" 2>"$tmp/err"; then
    fail "$label exited non-zero: $(head -3 "$tmp/err")"
    return
  fi
  if "$py" tests/e2e/validate_json.py "schema/$schema.schema.json" "$tmp/out.json" >"$tmp/verdict" 2>&1; then
    echo "ok $label"
  else
    fail "$label: $(sed "s|$tmp/out.json|output|" "$tmp/verdict")"
  fi
}
covered=()
for profile in profiles/*.yaml; do
  output recommend recommend "$profile" --format json
  output export export "$profile" --format json -o -
done
# Several profiles: one line each, every line the object recommend.schema.json describes.
"$bin" recommend profiles/*.yaml --format jsonl >"$tmp/plans.jsonl" 2>"$tmp/err" || fail "recommend --format jsonl: $(head -3 "$tmp/err")"
i=0
bad=0
while IFS= read -r line; do
  i=$((i + 1))
  printf '%s\n' "$line" >"$tmp/line.json"
  if ! "$py" tests/e2e/validate_json.py schema/recommend.schema.json "$tmp/line.json" >/dev/null 2>&1; then
    fail "recommend --format jsonl: line $i does not match recommend.schema.json"
    bad=$((bad + 1))
  fi
done <"$tmp/plans.jsonl"
if [ "$i" -ne "$(ls profiles/*.yaml | wc -l)" ]; then
  fail "recommend --format jsonl wrote $i lines"
elif [ "$bad" -eq 0 ]; then
  echo "ok careerplan recommend profiles/*.yaml --format jsonl ($i lines)"
fi
output recommend recommend profiles/junior-infra.yaml --assume itil --assume sql=4 --format json
output team team profiles --format json
output path path profiles/it-support.yaml --to senior-production-support-engineer --format json
output path path profiles/junior-infra.yaml --to "Network Engineer" --assume itil --format json
output path path profiles/junior-infra.yaml --to bachelors-degree --format json
output path path profiles/new-graduate.yaml --to troubleshooting-to-it-engineering-healthcare --format json
output progress progress tests/fixtures/progress/marcus-before.yaml tests/fixtures/progress/marcus-after.yaml --format json
# JSON Resumes are profiles too; the plan then carries what was read from the résumé.
for resume in tests/fixtures/resumes/*.json tests/fixtures/resumes/*.yaml; do
  [ "$(basename "$resume")" = expectations.yaml ] && continue
  output recommend recommend "$resume" --format json
  output export export "$resume" --format json -o -
done
output match match tests/fixtures/resumes/dba-bound-priya.json tests/fixtures/jobs/dba-fabrikam.json --format json
output match match tests/fixtures/resumes/sre-bound-lee.yaml tests/fixtures/jobs/sre-initech.json --format json
output match match profiles/junior-infra.yaml tests/fixtures/jobs/junior-prod-support-acme.json --format json
covered+=(recommend export team path progress match)
for list in tracks stages skills certs; do
  output "$list" "$list" --format json
  covered+=("$list")
done
ids() { "$bin" "$1" --format json | "$py" -c "import json,sys; print('\n'.join(x['id'] for x in json.load(sys.stdin)['$2']))"; }
for id in $(ids tracks tracks); do output track tracks show "$id" --format json; done
for id in $(ids skills skills); do output skill skills show "$id" --format json; done
for id in $(ids certs certifications); do output cert certs show "$id" --format json; done
covered+=("tracks show" "skills show" "certs show")

# Every command whose --help offers json must be covered above and have a schema: the schema of
# `X show` is the singular of X (tracks show -> track).
commands=$("$bin" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && /^  [a-z]/ {print $1}')
for cmd in $commands; do
  subs=$("$bin" "$cmd" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && /^  [a-z]/ {print $1}')
  for path in "$cmd" $(for s in $subs; do echo "$cmd:$s"; done); do
    words=${path/:/ }
    # shellcheck disable=SC2086
    if "$bin" $words --help | grep -q -- '--format.*json'; then
      schema=$cmd
      [ "$path" != "$cmd" ] && schema=${cmd%s}
      [ -f "schema/$schema.schema.json" ] || fail "careerplan $words prints JSON but schema/$schema.schema.json is missing"
      printf '%s\n' "${covered[@]}" | grep -qx "$words" || fail "careerplan $words prints JSON but this test does not check it"
    fi
  done
done

echo "== invalid profiles: careerplan and the schema both reject them"
# What a schema cannot know: ids and aliases live in the content pack; YAML spells numbers more
# ways than careerplan accepts. For these, careerplan rejects and the schema accepts; a schema
# that learns to reject one must be taken off this list.
allowlist=(
  bad-profile-unknown-cert         # unknown id: only the pack knows its ids
  bad-profile-unknown-goal-track   # unknown id
  bad-profile-unknown-skill        # unknown id
  bad-profile-unknown-stage        # unknown id
  bad-profile-duplicate-skill-alias  # an id and its alias name one skill: only the pack knows aliases
  bad-profile-years-nan            # .nan is a YAML float, and NaN passes every JSON Schema bound
)
invalid=()
for f in tests/e2e/cases/bad-profile-*/input.yaml tests/fixtures/schema/invalid-*.yaml; do
  # Files that are not YAML to any reader (bad UTF-8, NUL bytes) are still checked: both refuse them.
  [ -f "$f" ] && invalid+=("$f")
done
for f in "${invalid[@]}"; do
  "$bin" validate "$f" >/dev/null 2>&1
  code=$?
  [ "$code" -eq 65 ] || fail "careerplan validate $f exited $code, expected 65"
  name=$(basename "$(dirname "$f")")
  if printf '%s\n' "${allowlist[@]}" | grep -qx "$name"; then
    validate schema/profile.schema.json "$f"  # allowlisted: the schema accepts it
  else
    validate --invalid schema/profile.schema.json "$f"
  fi
done

echo "== valid profiles: both accept them"
for f in tests/fixtures/schema/valid-*.yaml; do
  "$bin" validate "$f" >/dev/null 2>&1 || fail "careerplan validate $f rejected a valid profile"
  validate schema/profile.schema.json "$f"
done

[ "$status" -eq 0 ] && echo "all schema checks passed"
exit "$status"
