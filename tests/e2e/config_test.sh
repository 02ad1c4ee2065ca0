#!/usr/bin/env bash
# Defaults from $XDG_CONFIG_HOME/careerplan/config.toml (else ~/.config/careerplan/config.toml):
# content, color and hours-per-week apply when no flag is given; a flag, and for content the
# CAREERPLAN_CONTENT variable, win over the file; --config FILE reads another file; a missing
# default file is fine; a bad file fails with FILE:LINE and exit 65, and an unreadable --config
# FILE with exit 64.
#   usage: config_test.sh CAREERPLAN     (from the project root)
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/xdg HOME=$tmp/home LC_ALL=C.UTF-8
unset CAREERPLAN_CONTENT NO_COLOR COLUMNS
mkdir -p "$XDG_CONFIG_HOME/careerplan" "$HOME/.config/careerplan"
config=$XDG_CONFIG_HOME/careerplan/config.toml
status=0
fail() { echo "FAIL: $*"; status=1; }
esc=$(printf '\033[')
hours() { "$bin" "$@" recommend profiles/junior-infra.yaml --format json | grep -m1 '"hours_per_week"' | tr -dc '0-9.'; }

# No file at all: the built-in defaults.
[ "$(hours)" = "5.0" ] || fail "without a config file, hours_per_week is $(hours), expected the profile's 5.0"

# The file's defaults apply; flags win.
printf '# my defaults\ncolor = "always"\nhours-per-week = 7.5\n' >"$config"
[ "$(hours)" = "7.5" ] || fail "config hours-per-week = 7.5 gave $(hours)"
got=$("$bin" recommend profiles/junior-infra.yaml --format json --hours-per-week 2 | grep -m1 '"hours_per_week"' | tr -dc '0-9.')
[ "$got" = "2.0" ] || fail "--hours-per-week 2 over the file gave $got"
"$bin" tracks show devops-sre | grep -qF "$esc" || fail "config color = always did not colour tracks show"
"$bin" --color never tracks show devops-sre | grep -qF "$esc" && fail "--color never did not win over the file"
"$bin" tracks show devops-sre --color never | grep -qF "$esc" && fail "--color never after the command did not win over the file"

# content: an absolute path or ~/...; CAREERPLAN_CONTENT and --content win over it.
cp -r content "$HOME/pack"
sed -i 's/^  name: production-support$/  name: from-config/' "$HOME/pack/pack.yaml"
printf 'content = "~/pack"\n' >"$config"
"$bin" tracks --format json | grep -q '"pack": "from-config"' || fail "config content = ~/pack was not used"
CAREERPLAN_CONTENT=$PWD/content "$bin" tracks --format json | grep -q '"pack": "production-support"' ||
  fail "CAREERPLAN_CONTENT did not win over the file"
"$bin" --content content tracks --format json | grep -q '"pack": "production-support"' || fail "--content did not win over the file"

# --config FILE reads that file instead; XDG_CONFIG_HOME unset falls back to ~/.config.
printf 'hours-per-week = 3\n' >"$tmp/other.toml"
[ "$(hours --config "$tmp/other.toml")" = "3.0" ] || fail "--config FILE was not read"
printf 'hours-per-week = 4\n' >"$HOME/.config/careerplan/config.toml"
[ "$(XDG_CONFIG_HOME='' hours)" = "4.0" ] || fail "without XDG_CONFIG_HOME, ~/.config/careerplan/config.toml was not read"

# Bad files: every problem with FILE:LINE, exit 65, nothing on stdout.
printf 'colour = "always"\nhours-per-week = 100\ncontent = "relative/pack"\n[recommend]\ntop = 2\n' >"$config"
"$bin" stages >"$tmp/out" 2>"$tmp/err"
code=$?
[ "$code" -eq 65 ] || fail "a bad config file exited $code, expected 65"
[ -s "$tmp/out" ] && fail "a bad config file still printed to stdout"
for want in "$config:1: error: unknown key 'colour' (did you mean 'color'?)" \
            "$config:2: error: bad value for 'hours-per-week'" \
            "$config:3: error: content must be an absolute path" \
            "$config:4: error: unknown section '[recommend]'"; do
  grep -qF -- "$want" "$tmp/err" || fail "bad config: no '$want' in: $(cat "$tmp/err")"
done
# NaN compares false with every bound, so it once slipped past the range check; inf never did.
for value in nan inf; do
  printf 'hours-per-week = %s\n' "$value" >"$config"
  "$bin" stages >/dev/null 2>"$tmp/err"
  [ $? -eq 65 ] && grep -qF "$config:1: error: bad value for 'hours-per-week'" "$tmp/err" || fail "hours-per-week = $value: $(cat "$tmp/err")"
done
printf 'color = "blue"\n' >"$config"
"$bin" stages >/dev/null 2>"$tmp/err"
[ $? -eq 65 ] && grep -qF "$config:1: error: bad value for 'color'" "$tmp/err" || fail "color = blue: $(cat "$tmp/err")"
rm "$config"
"$bin" --config "$tmp/missing.toml" stages >/dev/null 2>"$tmp/err"
[ $? -eq 66 ] && grep -qF "$tmp/missing.toml: error: No such file or directory" "$tmp/err" || fail "--config of a missing file: $(cat "$tmp/err")"

# A typo in the file never stands between a person and --help or --version.
printf 'colour = "never"\n' >"$config"
for args in "--help" "--version" "recommend --help" "help" "help path" "tracks show --help"; do
  # shellcheck disable=SC2086
  "$bin" $args >"$tmp/out" 2>"$tmp/err" || fail "careerplan $args with a typo in the config exited $?: $(head -2 "$tmp/err")"
  [ -s "$tmp/out" ] && [ ! -s "$tmp/err" ] || fail "careerplan $args with a typo in the config: $(head -2 "$tmp/err")"
done
"$bin" stages >/dev/null 2>"$tmp/err"
[ $? -eq 65 ] || fail "the typo was not reported when running a command"

# A file that is not TOML is one error, naming its first such line.
printf '<html>\n<body>\nhello world\n</body>\n</html>\n' >"$config"
"$bin" stages >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 65 ] || fail "an HTML config exited $code, expected 65"
[ "$(grep -c 'error:' "$tmp/err")" -eq 1 ] || fail "an HTML config gave $(grep -c 'error:' "$tmp/err") errors, expected 1"
grep -qF "$config:1: error: not a TOML config file" "$tmp/err" || fail "an HTML config: $(cat "$tmp/err")"

# A content pack nobody typed: its error says where it was named.
printf 'content = "%s/no-such-pack"\n' "$tmp" >"$config"
"$bin" tracks >/dev/null 2>"$tmp/err"
grep -qF "hint: the content pack '$tmp/no-such-pack' was named by the config file, at $config:1" "$tmp/err" ||
  fail "a missing pack from the config file does not say so: $(cat "$tmp/err")"
rm "$config"
CAREERPLAN_CONTENT=$tmp/nope "$bin" tracks >/dev/null 2>"$tmp/err"
grep -qF "hint: the content pack '$tmp/nope' was named by the environment variable CAREERPLAN_CONTENT" "$tmp/err" ||
  fail "a missing pack from CAREERPLAN_CONTENT does not say so: $(cat "$tmp/err")"
"$bin" --content "$tmp/nope" tracks >/dev/null 2>"$tmp/err"
grep -q "was named by" "$tmp/err" && fail "a pack named by --content gets a hint about where it came from"

[ "$status" -eq 0 ] && echo "config checks passed"
exit "$status"
