#!/usr/bin/env bash
# `careerplan completion bash|zsh|fish` prints scripts made from the live command tree: bash
# completes every subcommand --help lists, nested subcommands, options, option choices, and
# track/skill/certification ids where an argument takes one; zsh and fish scripts parse (checked
# with zsh -n / fish -n when those shells are installed). An unknown shell is a usage error.
# zsh and fish are exercised too when installed (scripts/setup.sh installs them).
#   usage: completion_test.sh CAREERPLAN
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config
unset CAREERPLAN_CONTENT
status=0
fail() { echo "FAIL: $*"; status=1; }

for shell in bash zsh fish; do
  "$bin" completion "$shell" >"$tmp/$shell" 2>"$tmp/err" || fail "completion $shell: $(cat "$tmp/err")"
  [ -s "$tmp/err" ] && fail "completion $shell wrote to stderr: $(cat "$tmp/err")"
done
bash -n "$tmp/bash" || fail "the bash script has a syntax error"
if command -v zsh >/dev/null; then zsh -n "$tmp/zsh" || fail "the zsh script has a syntax error"; else echo "note: no zsh, its script is not parsed"; fi
if command -v fish >/dev/null; then fish -n "$tmp/fish" || fail "the fish script has a syntax error"; else echo "note: no fish, its script is not parsed"; fi
head -1 "$tmp/zsh" | grep -qx '#compdef careerplan' || fail "the zsh script does not start with #compdef"

# Runs the bash completion function on the words given (the last one is being completed).
cat >"$tmp/complete.sh" <<'SH'
source "$1"; shift
COMP_WORDS=(careerplan "$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
_careerplan
printf '%s\n' "${COMPREPLY[@]}"
SH
complete_words() { bash "$tmp/complete.sh" "$tmp/bash" "$@" | sort | tr '\n' ' ' | sed 's/ $//'; }
expect() {
  local want=$1
  shift
  local got
  got=$(complete_words "$@")
  [ "$got" = "$want" ] || fail "completing 'careerplan $*': got '$got', want '$want'"
}

# Every subcommand --help lists is completed (nothing is hand-listed).
commands=$("$bin" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && /^  [a-z]/ {print $1}' | sort | tr '\n' ' ' | sed 's/ $//')
expect "$commands" ""
expect "recommend" rec
expect "show" tracks ""
expect "--color --config --content" --co
expect "always auto never" --color ""
expect "json" stages --format j
expect "json jsonl" recommend --format = j
expect "bash fish zsh" completion ""
expect "devops-sre" recommend profiles/senior.yaml --track dev
expect "infrastructure-support" tracks show infra
expect "kubernetes" skills show kub
expect "comptia-a-plus comptia-linux-plus comptia-network-plus comptia-security-plus" certs show comptia
expect "--top --track" recommend --t
expect "" recommend --top ""
# Global options are accepted after a subcommand too (CLI11 fallthrough), and skipped when
# finding the subcommand.
expect "never" tracks --color nev
expect "show" --content content tracks s
# Files where a profile goes.
mkdir "$tmp/dir" && touch "$tmp/dir/me.yaml"
expect "$tmp/dir/me.yaml" recommend "$tmp/dir/m"
# path --to: stages, tracks and roles (roles by their name in kebab case).
expect "network-engineer network-engineering" path profiles/senior.yaml --to network-e
expect "senior-production-support-engineer" path profiles/senior.yaml --to senior-p
# --assume: certifications, and skills as SKILL= waiting for a level.
expect "itil-4-foundation" recommend profiles/senior.yaml --assume itil
expect "sql=" recommend profiles/senior.yaml --assume sq
# Folder arguments complete folders only; numeric options nothing.
touch "$tmp/dfile"
expect "$tmp/dir" team "$tmp/d"
expect "$tmp/dir" compile "$tmp/d"
expect "" recommend profiles/senior.yaml --hours-per-week ""
expect "" --max-file-size ""
expect "" path profiles/senior.yaml --alternatives ""
# help completes the commands.
expect "path progress" help p
# The ids are those of the pack in use: a pack with one more track completes it.
mkdir "$tmp/pack"
printf 'pack: {name: my-team, extends: builtin}\n' >"$tmp/pack/pack.yaml"
cat >"$tmp/pack/tracks.yaml" <<'YAML'
tracks:
  - id: devops-on-call-lead
    title: "On-call Lead"
    focus: "Running the on-call rotation"
    description: "Leads the team's on-call rotation and incident reviews."
    key_skills:
      - {skill: incident-management, level: 4, weight: 3, essential: true}
    source: careerplan-estimate
YAML
"$bin" --content "$tmp/pack" completion bash >"$tmp/bash-pack" || fail "completion bash with --content"
got=$(bash "$tmp/complete.sh" "$tmp/bash-pack" tracks show devops | sort | tr '\n' ' ')
[ "$got" = "devops-on-call-lead devops-sre " ] || fail "completion from a pack with one more track: got '$got'"

# zsh: the completion function, run with stand-ins for zsh's completion builtins, offers the
# same candidates (zsh itself filters them by what is typed).
cat >"$tmp/complete.zsh" <<'ZSH'
compdef() { :; }
_describe() { local name=$4; local -a items; items=("${(@P)name}"); print -l -- "${(@)items%%:*}"; }
compadd() { [[ $1 == -- ]] && shift; print -l -- "$@"; }
_files() { [[ $1 == -/ ]] && print DIRS || print FILES; }
_message() { print MESSAGE; }
source $1; shift
words=(careerplan "$@"); CURRENT=${#words}
_careerplan
ZSH
zsh_has() {
  local want=$1
  shift
  zsh "$tmp/complete.zsh" "$tmp/zsh" "$@" | grep -qx -- "$want" || fail "zsh: completing 'careerplan $*' does not offer $want"
}
if command -v zsh >/dev/null; then
  zsh_has recommend ""
  zsh_has show skills ""
  zsh_has infrastructure-support tracks show inf
  zsh_has itil-4-foundation certs show it
  zsh_has never --color ""
  zsh_has --track recommend --t
  zsh_has FILES recommend ""
  zsh_has network-engineering path x --to network
  zsh_has network-engineer path x --to network
  zsh_has sql= recommend x --assume sq
  zsh_has DIRS team ""
  zsh_has MESSAGE recommend x --hours-per-week ""
  zsh_has tracks help ""
fi

# fish: its own `complete -C` answers from the script.
fish_has() {
  local want=$1 line=$2
  PATH=$tmp/fbin:$PATH fish -c "source $tmp/fish; complete -C'$line'" | cut -f1 | grep -qx -- "$want" ||
    fail "fish: completing '$line' does not offer $want"
}
if command -v fish >/dev/null; then
  mkdir "$tmp/fbin" && ln -s "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$tmp/fbin/careerplan"
  fish_has tracks "careerplan tr"
  fish_has show "careerplan skills "
  fish_has devops-sre "careerplan recommend --track dev"
  fish_has kubernetes "careerplan skills show kub"
  fish_has always "careerplan --color "
  fish_has --format "careerplan stages --fo"
  fish_has zsh "careerplan completion "
  fish_has network-engineering "careerplan path x --to network"
  fish_has network-engineer "careerplan path x --to network"
  fish_has sql= "careerplan recommend x --assume sq"
  fish_has "$tmp/dir/" "careerplan team $tmp/d"
  PATH=$tmp/fbin:$PATH fish -c "source $tmp/fish; complete -C'careerplan team $tmp/d'" | cut -f1 | grep -q dfile &&
    fail "fish: team completes a file"
  [ -z "$(PATH=$tmp/fbin:$PATH fish -c "source $tmp/fish; complete -C'careerplan recommend x --top '")" ] ||
    fail "fish: --top completes something"
fi

"$bin" completion powershell >/dev/null 2>"$tmp/err"
[ $? -eq 64 ] || fail "completion powershell did not exit 64"
[ "$status" -eq 0 ] && echo "completion checks passed"
exit "$status"
