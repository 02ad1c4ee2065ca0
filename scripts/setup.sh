#!/usr/bin/env bash
# Installs everything careerplan needs to build and test on Debian 12 (run as root or with sudo).
set -euo pipefail
packages=(
  g++ cmake ninja-build make               # toolchain
  libcli11-dev libyaml-cpp-dev libfmt-dev  # fixed dependencies
  doctest-dev nlohmann-json3-dev
  cmark-gfm python3 python3-jsonschema     # tests: Markdown rendering, schema validation
  python3-yaml                             # tests: YAML profiles and content to JSON for the schema checks
  tmux                                     # tests: careerplan init --interactive on a real terminal
  zsh fish                                 # tests: the generated zsh and fish completions
  help2man                                 # build: the man page careerplan.1, from --help
  dpkg-dev                                 # packaging: dpkg-shlibdeps computes the .deb's Depends
  clang-14 libclang-rt-14-dev              # scripts/ci-hardening.sh: libFuzzer targets
  parallel                                 # tests: batch_shard_test.sh splits a JSON Lines run with GNU parallel
  chromium poppler-utils                   # tests: html_browser_test.sh renders the HTML plan headless; pdftotext checks it
)
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# tests: the JSON Resume standard's own schema, sample résumés and sample job posting (npm
# @jsonresume/schema, MIT), fetched with `npm pack` into .cache/ (ignored by git, never copied into
# the repository). The tarball's SHA-1 is the registry's dist.shasum for this version.
jsonresume_version=1.3.1
jsonresume_sha1=58a61eb3e2841f27d75386eead8b299416d53bcf
jsonresume_dir="$(cd "$(dirname "$0")/.." && pwd)/.cache/jsonresume/$jsonresume_version"
if [ ! -f "$jsonresume_dir/package/schema.json" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends npm
  fi
  mkdir -p "$jsonresume_dir"
  (cd "$jsonresume_dir" &&
    npm pack --silent "@jsonresume/schema@$jsonresume_version" >/dev/null &&
    echo "$jsonresume_sha1  jsonresume-schema-$jsonresume_version.tgz" | sha1sum --check --quiet &&
    tar xzf "jsonresume-schema-$jsonresume_version.tgz")
fi
