#!/usr/bin/env bash
# README command 2 right after command 1 compiles nothing: a newcomer builds once. Reads how
# command 1 (README) and command 2 (README -> tests/run-all.sh, which .ci/run also runs)
# configure and build, requires the same configuration and build, then configures BUILD_DIR
# (the tree ctest runs in, built by one of them) as command 2 does: ninja must have no more work
# than before, that is none after a whole build (a developer who built some targets only keeps
# the same work left).
# Usage: check-one-build.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

# The cmake invocations of a shell text, one per line, spaces normalised, the -j option aside
# (how many jobs run changes no output).
cmake_steps() {
    tr ';' '\n' | sed 's/&&/\n/g' | sed -E 's/^[[:space:]]+//; s/[[:space:]]+$//' | grep -E '^cmake ' \
        | sed -E 's/ -j[^ ]*//g; s/[[:space:]]+/ /g' || true
}

readme=$src/README.md
command1=$(grep -A2 -E '^# 1\.' "$readme" | grep -m1 -E '^bash \.ci/install-deps') \
    || fail "README command 1 (after '# 1.') does not start with 'bash .ci/install-deps'"
grep -A2 -E '^# 2\.' "$readme" | grep -qx 'bash tests/run-all.sh' || fail "README command 2 is not 'bash tests/run-all.sh'"
grep -q 'exec bash tests/run-all.sh' "$src/.ci/run" || fail ".ci/run does not run tests/run-all.sh"

steps1=$(printf '%s\n' "$command1" | cmake_steps)
steps2=$(cmake_steps < "$src/tests/run-all.sh")
configure1=$(grep -E -- ' -S ' <<<"$steps1" || true)
configure2=$(grep -E -- ' -S ' <<<"$steps2" || true)
[ -n "$configure1" ] && [ -n "$configure2" ] || fail "no 'cmake -S' configure step found (command 1: '$steps1'; command 2: '$steps2')"
[ "$configure1" = "$configure2" ] \
    || fail "command 1 configures with '$configure1' but command 2 with '$configure2': every object would be compiled twice"
[ "$steps1" = "$steps2" ] || fail "command 1 runs '$steps1' but command 2 runs '$steps2'"
echo "both commands: $steps1" | tr '\n' ' '
echo

# What ninja would do in the tree ctest runs in, before and after command 2's configure step
# there: the same (nothing, where everything is built). Asked through a manifest that includes
# build.ninja: a dry run on build.ninja itself stops at regenerating it, which the directories
# CMake globs always ask for.
plan=$build/one-build-plan.ninja
trap 'rm -f "$plan"' EXIT
echo 'include build.ninja' > "$plan"
work() {
    ninja -C "$build" -f "$plan" -n 2>&1 | sed -nE 's/^\[[0-9]+\/[0-9]+\] //p' | sort
}
configure=$(sed -E "s| -B build( \|$)| -B $build\1|" <<<"$configure1")
before=$(work)
(cd "$src" && eval "$configure") > "$build/one-build-configure.log" 2>&1 \
    || { cat "$build/one-build-configure.log" >&2; fail "command 2's configure step ($configure) failed"; }
after=$(work)
if [ "$before" != "$after" ]; then
    fail "after command 2's configure step ninja would do more than before:
$(diff <(echo "$before") <(echo "$after") | grep '^>' | head -20)"
fi
if [ -z "$after" ]; then
    echo "ninja: no work to do"
else
    echo "command 2's configure step adds no work; $(wc -l <<<"$after") step(s) of targets this tree has not built are left as they were"
fi
