#!/usr/bin/env bash
# Every --help (careerplan's, each command's, each nested command's) ends with an example line,
# and every example works as written: it runs and exits 0 in a folder holding the sample
# profiles, the examples (a résumé and a job posting), a pack folder (my-pack) and an older
# profile (old/me.yaml).
#   usage: help_test.sh CAREERPLAN     (from the project root)
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" && ln -s "$bin" "$tmp/bin/careerplan"
export XDG_CONFIG_HOME=$tmp/config PATH=$tmp/bin:$PATH
unset CAREERPLAN_CONTENT
status=0
fail() { echo "FAIL: $*"; status=1; }

subcommands() { "$bin" "$@" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF {print $1}'; }
paths=("")
for cmd in $(subcommands); do
  paths+=("$cmd")
  for sub in $(subcommands "$cmd"); do paths+=("$cmd $sub"); done
done

n=0
for path in "${paths[@]}"; do
  # shellcheck disable=SC2086
  example=$("$bin" $path --help | sed -n 's/^Example: //p' | head -1)
  if [ -z "$example" ]; then
    fail "careerplan ${path:+$path }--help has no 'Example:' line"
    continue
  fi
  case "$example" in
    careerplan\ *|*"(careerplan "*) ;;
    *) fail "careerplan ${path:+$path }--help: the example does not run careerplan: $example" ;;
  esac
  work=$tmp/run$n
  n=$((n + 1))
  mkdir -p "$work/old"
  ln -s "$root/profiles" "$work/profiles"
  ln -s "$root/examples" "$work/examples"  # a JSON Resume and a job posting
  cp -r "$root/content" "$work/my-pack"
  cp "$root/profiles/junior-infra.yaml" "$work/old/me.yaml"
  case "$example" in *"init "*) ;; *) cp "$root/profiles/junior-infra.yaml" "$work/me.yaml" ;; esac
  if ! (cd "$work" && bash -c "set -e -o pipefail; $example" >"$work/.out" 2>&1); then
    fail "careerplan ${path:+$path }--help: the example failed: $example"
    head -5 "$work/.out"
  fi
done
[ "$status" -eq 0 ] && echo "all ${#paths[@]} help texts have a working example"
exit "$status"
