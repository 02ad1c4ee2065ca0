#!/usr/bin/env bash
# `cmake --install` puts careerplan, its man page, the bash/zsh/fish completions, the sample
# profiles and the schemas in place under a prefix, and the installed binary works from another
# directory (the content pack is built in). When dpkg-shlibdeps is there, CPack builds a .deb
# whose Depends line was computed from the binary's shared libraries.
#   usage: install_test.sh CAREERPLAN     (the binary in its build directory; exit 77 = skipped)
set -u
bin=$1
build=$(cd "$(dirname "$bin")" && pwd)
[ -f "$build/cmake_install.cmake" ] || { echo "skipped: $build is not a CMake build directory"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config
unset CAREERPLAN_CONTENT
status=0
fail() { echo "FAIL: $*"; status=1; }

cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; exit 1; }
prefix=$tmp/prefix
for f in bin/careerplan \
         share/bash-completion/completions/careerplan \
         share/zsh/site-functions/_careerplan \
         share/fish/vendor_completions.d/careerplan.fish \
         share/careerplan/profiles/junior-infra.yaml \
         share/careerplan/schema/profile.schema.json \
         share/careerplan/schema/recommend.schema.json; do
  [ -s "$prefix/$f" ] || fail "not installed: $f"
done
if command -v help2man >/dev/null; then
  [ -s "$prefix/share/man/man1/careerplan.1" ] || fail "not installed: share/man/man1/careerplan.1"
  if command -v man >/dev/null; then
    MANWIDTH=80 man -l "$prefix/share/man/man1/careerplan.1" 2>/dev/null >"$tmp/man.txt"
    for section in EXAMPLES "EXIT STATUS" ENVIRONMENT FILES COMMANDS; do
      grep -q "^$section\$" "$tmp/man.txt" || fail "the man page has no $section section"
    done
    long=$(awk 'length($0) > 80' "$tmp/man.txt" | head -1)
    [ -n "$long" ] && fail "the man page has a line over 80 columns at MANWIDTH=80: $long"
    # Installed files are named where this build installs them, not at a fixed /usr/share.
    datadir=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")/share
    grep -qF "$datadir/careerplan/schema" "$tmp/man.txt" || fail "the man page does not name $datadir/careerplan/schema"
  fi
else
  echo "note: help2man is missing, so no man page was built (scripts/setup.sh installs it)"
fi

# The installed binary runs from elsewhere, on the installed sample profiles.
(cd / && "$prefix/bin/careerplan" tracks) >"$tmp/tracks" 2>&1 || fail "installed careerplan tracks: $(head -3 "$tmp/tracks")"
grep -q "infrastructure-support" "$tmp/tracks" || fail "installed careerplan tracks lists no tracks"
(cd / && "$prefix/bin/careerplan" recommend "$prefix/share/careerplan/profiles/junior-infra.yaml") >"$tmp/rec" 2>&1 ||
  fail "installed careerplan recommend on the installed sample: $(head -3 "$tmp/rec")"
(cd / && "$prefix/bin/careerplan" validate "$prefix"/share/careerplan/profiles/*.yaml) >/dev/null 2>&1 ||
  fail "installed sample profiles do not validate"
# init names the installed profile schema on its editor line.
(cd "$tmp" && "$prefix/bin/careerplan" init -o - 2>/dev/null) | head -1 |
  grep -qx "# yaml-language-server: \$schema=$prefix/share/careerplan/schema/profile.schema.json" ||
  fail "installed careerplan init does not name the installed schema"
bash -n "$prefix/share/bash-completion/completions/careerplan" || fail "installed bash completion has a syntax error"
# zsh finds the completion of an install under a prefix in PREFIX/share/zsh/site-functions, the
# folder its own fpath names for /usr/local: a zsh whose fpath is set that way loads it by itself.
if command -v zsh >/dev/null; then
  out=$(zsh -fc 'fpath=("$1/share/zsh/site-functions" $fpath); autoload -Uz compinit; compinit -u -D; print -r -- ${_comps[careerplan]-none}' zsh "$prefix" 2>&1)
  [ "$out" = "_careerplan" ] || fail "zsh does not map careerplan to _careerplan from site-functions: $out"
  if [ "$(zsh -fc 'print -l $fpath' | grep -c '^/usr/local/share/zsh/site-functions$')" -ne 1 ]; then
    echo "note: this zsh does not read /usr/local/share/zsh/site-functions"
  fi
fi

# The .deb: CPack with SHLIBDEPS computes Depends from the binary: a static careerplan (the
# default) depends on no shared library, a dynamic one (-DCAREERPLAN_STATIC=OFF) on libc6 and more.
if command -v dpkg-shlibdeps >/dev/null && command -v dpkg-deb >/dev/null; then
  if (cd "$tmp" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/deb") >"$tmp/cpack.log" 2>&1; then
    deb=$(ls "$tmp"/deb/*.deb 2>/dev/null | head -1)
    if [ -z "$deb" ]; then
      fail "cpack wrote no .deb"
    else
      dpkg-deb -I "$deb" >"$tmp/info"
      if readelf -l "$bin" | grep -q "Requesting program interpreter"; then
        grep -q "^ Depends: .*libc6" "$tmp/info" || fail "the .deb has no computed Depends line: $(cat "$tmp/info")"
      elif grep -q "^ Depends:" "$tmp/info"; then
        fail "careerplan is static, yet the .deb depends on: $(grep '^ Depends:' "$tmp/info")"
      fi
      dpkg-deb -c "$deb" >"$tmp/contents"
      grep -q "usr/bin/careerplan$" "$tmp/contents" || fail "the .deb does not hold usr/bin/careerplan"
      grep -q "usr/share/bash-completion/completions/careerplan$" "$tmp/contents" || fail "the .deb has no bash completion"
      grep -q "usr/share/zsh/vendor-completions/_careerplan$" "$tmp/contents" ||
        fail "the .deb has no zsh completion where Debian's zsh looks (usr/share/zsh/vendor-completions)"
      echo "built $(basename "$deb"): $(grep '^ Depends:' "$tmp/info" || echo "no Depends (static)")"
    fi
  else
    fail "cpack failed: $(tail -5 "$tmp/cpack.log")"
  fi
else
  echo "note: dpkg-shlibdeps is missing, so the .deb was not built (scripts/setup.sh installs dpkg-dev)"
fi
[ "$status" -eq 0 ] && echo "install checks passed"
exit "$status"
