#!/usr/bin/env bash
# JSON Resumes: the npm @jsonresume/schema package's samples and our own production-support résumés
# and postings, read, placed, imported and matched as a mentor expects (check_resumes.py).
#   usage: resume_test.sh CAREERPLAN     (from the project root; exit 77 = skipped)
set -u
bin=$1
package=.cache/jsonresume/1.3.1/package   # scripts/setup.sh fetches it with npm pack
py=/usr/bin/python3
if [ ! -f "$package/schema.json" ]; then
  echo "skipped: $package is missing; scripts/setup.sh fetches npm @jsonresume/schema@1.3.1 into it"
  exit 77
fi
if ! "$py" -c 'import jsonschema, yaml' 2>/dev/null; then
  echo "skipped: needs python3-jsonschema and python3-yaml (scripts/setup.sh installs them)"
  exit 77
fi
export XDG_CONFIG_HOME
XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
exec "$py" tests/e2e/check_resumes.py "$bin" "$package"
