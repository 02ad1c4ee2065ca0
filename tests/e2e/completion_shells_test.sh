#!/usr/bin/env bash
# Completion in real interactive shells on a real terminal (tmux): zsh with compinit loading
# _careerplan from a site-functions folder in its fpath (as an install puts it), and bash with the
# generated script sourced. Tab after `path P --to network-e` offers stage, track and role names;
# after `--assume sq`, the skill waiting for its level; after `team `, folders only.
#   usage: completion_shells_test.sh CAREERPLAN     (exit 77 = skipped: no tmux)
set -u
command -v tmux >/dev/null || { echo "skipped: needs tmux"; exit 77; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
sock=$tmp/tmux.sock
trap 'tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
mkdir -p "$tmp/bin" "$tmp/site" "$tmp/work/folder-a" "$tmp/zdot"
ln -s "$bin" "$tmp/bin/careerplan"
touch "$tmp/work/file-a.yaml"
export XDG_CONFIG_HOME=$tmp/config
"$bin" completion zsh >"$tmp/site/_careerplan"
"$bin" completion bash >"$tmp/careerplan.bash"

screen() { tmux -S "$sock" capture-pane -p -J -t "$1"; }
wait_for() {  # wait_for SESSION TEXT: the terminal shows TEXT within 10 s
  for _ in $(seq 200); do
    screen "$1" | grep -qF -- "$2" && return 0
    sleep 0.05
  done
  return 1
}
# offers SESSION LINE WANT [UNWANTED]: typing LINE and Tab (twice) shows WANT, and not UNWANTED.
offers() {
  local s=$1 line=$2 want=$3 unwanted=${4:-}
  tmux -S "$sock" send-keys -t "$s" C-u
  tmux -S "$sock" send-keys -t "$s" -l -- "clear"
  tmux -S "$sock" send-keys -t "$s" Enter
  sleep 0.3
  tmux -S "$sock" send-keys -t "$s" -l -- "$line"
  tmux -S "$sock" send-keys -t "$s" Tab
  sleep 0.4
  tmux -S "$sock" send-keys -t "$s" Tab
  if wait_for "$s" "$want"; then
    echo "ok: $s: '$line<Tab>' offers $want"
  else
    fail "$s: '$line<Tab>' does not offer $want"
    screen "$s" | grep -v '^$' | tail -5
  fi
  if [ -n "$unwanted" ] && screen "$s" | grep -qF -- "$unwanted"; then fail "$s: '$line<Tab>' offers $unwanted"; fi
  tmux -S "$sock" send-keys -t "$s" C-c
}

if command -v zsh >/dev/null; then
  cat >"$tmp/zdot/.zshrc" <<ZSH
PS1='zsh> '
PATH=$tmp/bin:\$PATH
fpath=($tmp/site \$fpath)
autoload -Uz compinit && compinit -u -d $tmp/zcompdump
cd $tmp/work
ZSH
  tmux -S "$sock" new-session -d -s zsh -x 200 -y 50 "env ZDOTDIR=$tmp/zdot zsh -i"
  if wait_for zsh "zsh>"; then
    offers zsh "careerplan path profiles/senior.yaml --to network-e" "network-engineering"
    offers zsh "careerplan recommend p.yaml --assume sq" "sql="
    offers zsh "careerplan team " "folder-a" "file-a.yaml"
    offers zsh "careerplan help pa" "path"
  else
    fail "zsh did not start: $(screen zsh | tail -3)"
  fi
else
  echo "note: no zsh"
fi

cat >"$tmp/bashrc" <<BASH
PS1='bash> '
PATH=$tmp/bin:\$PATH
source $tmp/careerplan.bash
cd $tmp/work
BASH
tmux -S "$sock" new-session -d -s bash -x 200 -y 50 "bash --noprofile --rcfile $tmp/bashrc -i"
if wait_for bash "bash>"; then
  offers bash "careerplan path profiles/senior.yaml --to network-engineer" "network-engineering"
  offers bash "careerplan recommend p.yaml --assume sq" "careerplan recommend p.yaml --assume sql="
  offers bash "careerplan team " "folder-a" "file-a.yaml"
  offers bash "careerplan recommend p.yaml --top " "bash>" "file-a.yaml"
else
  fail "bash did not start"
fi

[ "$status" -eq 0 ] && echo "completion in real shells passed"
exit "$status"
