#!/bin/sh
# Writes the smout(1) man page from the tool's own help: help2man reads `smout --help` and
# `smout --version`, and every verb's `--help` becomes a subsection of VERBS.
# Usage: make-man-page.sh SMOUT_BINARY OUTPUT.1.gz
set -eu
smout=$1
out=$2
# The man page is English whatever the builder's language.
export LC_ALL=C.UTF-8 LANGUAGE=
include=$(mktemp)
page=$(mktemp)
trap 'rm -f "$include" "$page"' EXIT

verbs=$("$smout" --help | awk '/^Verbs:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }')
[ -n "$verbs" ] || { echo "make-man-page.sh: no verbs in '$smout --help'" >&2; exit 1; }
{
    echo '[VERBS]'
    for verb in $verbs; do
        echo ".SS smout $verb"
        echo '.nf'
        # roff: a backslash is \e; a line starting with . or ' would be a request.
        "$smout" "$verb" --help | sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"
        echo '.fi'
    done
} > "$include"

help2man --no-info --section=1 --source="SMOUT Studio" --manual="SMOUT Studio" \
    --name="draft, check, export, sign and verify DHS Social Media Operational Use Templates" \
    --include="$include" --output="$page" "$smout"
gzip -9n < "$page" > "$out"
