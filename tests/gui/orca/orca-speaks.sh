#!/bin/bash
# The screen reader itself (issue 32, items 5, 7 and 8): Orca 43 runs on a private D-Bus
# session with its accessibility bus under Xvfb, orca_driver (the window) focuses the role
# switcher and the read-only Component, opens a date's calendar and makes a new error, and
# Orca's debug log must show that it spoke both values, the calendar's day as a date and the
# new error, and that no handler failed on what the window sent; meanwhile the contacts table
# must show read-only over AT-SPI while the reviewer reads it (read-only-table.py).
# Exit 77 (skipped) where Orca, Xvfb or dbus-run-session is not installed.
#   orca-speaks.sh <orca_driver>
set -u
driver=$1

if [ "${2:-}" != "--inside" ]; then
    for tool in orca xvfb-run dbus-run-session /usr/libexec/at-spi-bus-launcher; do
        command -v "$tool" > /dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
    done
    /usr/bin/python3 -c 'import pyatspi' 2> /dev/null \
        || { echo "SKIP: python3-pyatspi is not installed"; exit 77; }
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    xvfb-run -a dbus-run-session -- "$0" "$driver" --inside "$work"
    exit $?
fi

work=$3
export HOME=$work/home XDG_RUNTIME_DIR=$work/run GSETTINGS_BACKEND=memory
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$work/prefs"
chmod 700 "$XDG_RUNTIME_DIR"
# Orca writes its debug log through a buffer; line by line, the log is whole when it is read.
cat > "$work/prefs/orca-customizations.py" <<'PY'
import orca.debug
if orca.debug.debugFile:
    orca.debug.debugFile.reconfigure(line_buffering=True)
PY
log=$work/orca.log

/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
orca --replace -u "$work/prefs" --debug-file="$log" > "$work/orca.out" 2>&1 &
orca=$!
for _ in $(seq 50); do
    grep -q "ORCA: Startup complete" "$log" 2> /dev/null && break
    sleep 0.2
done
/usr/bin/python3 "$(dirname "$0")/read-only-table.py" > "$work/table.out" 2>&1 &
watcher=$!
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 timeout 60 "$driver"
driven=$?
wait "$watcher"
sleep 1
kill "$orca" "$bus" 2> /dev/null
wait "$orca" "$bus" 2> /dev/null

fail=0
check() { # what, pattern
    if grep -q -E "$2" "$log"; then echo "PASS: $1"; else echo "FAIL: $1 (no line matches: $2)"; fail=1; fi
}
[ "$driven" = 0 ] || { echo "FAIL: orca_driver exited with $driven"; fail=1; }
grep -q "ORCA: Startup complete" "$log" || { echo "FAIL: Orca did not start"; cat "$work/orca.out"; exit 1; }
check "Orca speaks the role switcher's value" "SPEECH OUTPUT: '.*Program office"
check "Orca speaks the read-only Component's value" "SPEECH OUTPUT: 'USCIS .* U.S. Citizenship"
# The day the calendar opens on (the example's 2026-03-02), as its cell: no announcement names it.
check "Orca speaks a calendar day as a date" "SPEECH OUTPUT: '.*Monday, (2 March|March 2,) 2026"
check "Orca speaks the new error" "SPEECH OUTPUT: '.*New error in"
# The reviewer's contacts table (a section the reviewer may not edit) is read-only over
# AT-SPI, table and cells; the program office's is editable.
for states in "table read-only: True, cell read-only: True, cell editable: False" \
    "table read-only: False, cell read-only: False, cell editable: True"; do
    if grep -q -F "$states" "$work/table.out"; then echo "PASS: AT-SPI shows $states"; else
        echo "FAIL: AT-SPI never showed $states:"; cat "$work/table.out"; fail=1; fi
done
if grep -q -E "bad content sent to speak|Traceback.*on(Description|Name)Changed|in on(Description|Name)Changed" "$log"; then
    echo "FAIL: an Orca handler failed on what the window sent:"
    grep -n -E -B2 -A8 "bad content sent to speak|on(Description|Name)Changed" "$log" | head -40
    fail=1
fi
if [ "$fail" != 0 ]; then
    echo "--- what Orca said:"
    grep "SPEECH OUTPUT" "$log"
fi
exit $fail
