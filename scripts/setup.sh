#!/usr/bin/env bash
# Installs everything careerplan needs to build and test on Debian 12 (run as root or with sudo).
set -euo pipefail
packages=(
  g++ cmake ninja-build make               # toolchain
  libcli11-dev libyaml-cpp-dev libfmt-dev  # fixed dependencies
  doctest-dev nlohmann-json3-dev
  cmark-gfm python3 python3-jsonschema     # tests: Markdown rendering, schema validation
  clang-14 libclang-rt-14-dev              # scripts/ci-hardening.sh: libFuzzer targets
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
