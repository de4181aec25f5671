#!/bin/bash
# Renders the generated man page with `man -l` and checks it against the binary's own --help:
# the name line, every option, the examples verbatim, the exit status section.
# usage: man_test.sh PREXTRACT MAN_PAGE
set -uo pipefail
BIN=$(realpath "$1")
PAGE=$2
. "$(dirname "$0")/lib.sh"

[ -s "$PAGE" ] || { echo "FAIL no man page $PAGE (is help2man installed? scripts/install-deps.sh)" >&2; exit 1; }
MANWIDTH=80 LC_ALL=C.UTF-8 man -l "$PAGE" >"$T/page" 2>"$T/err" || { cat "$T/err" >&2; exit 1; }
"$BIN" --help >"$T/help"

grep -qE '^ +prextract - turn press releases into structured JSON$' "$T/page" || fail "NAME line"
for section in NAME SYNOPSIS DESCRIPTION OPTIONS 'EXIT STATUS' EXAMPLES; do
  grep -qx "$section" "$T/page" || fail "no section $section"
done
# Every option of --help, short and long, is documented.
while read -r opt; do
  grep -qE -- "(^|[^a-z-])$opt([^a-z-]|\$)" "$T/page" || fail "option $opt missing"
done < <(grep -oE -- '(^|[ ,])--?[a-z][a-z0-9-]*' "$T/help" | tr -d ' ,' | sort -u)
grep -qE -- '^ +--reference-date DATE$' "$T/page" || fail "--reference-date entry"
# The examples of --help, one per line and unchanged.
sed -n '/^Examples:$/,$p' "$T/help" | sed '1d; s/^ *//; /^$/d' >"$T/examples"
[ "$(wc -l <"$T/examples")" -eq 3 ] || fail "--help should end with three examples"
sed -n '/^EXAMPLES$/,/^[A-Z]/p' "$T/page" | sed 's/^ *//' >"$T/page_examples"
while read -r example; do
  grep -qxF -- "$example" "$T/page_examples" || fail "example not verbatim: $example"
done <"$T/examples"
grep -qE '^ +2 +usage error' "$T/page" || fail "EXIT STATUS lacks code 2"
# The installed copy is the same page, compressed.
if [ -f "$PAGE.gz" ]; then
  gzip -dc "$PAGE.gz" | cmp -s - "$PAGE" || fail "$PAGE.gz differs from $PAGE"
fi

[ "$failures" -eq 0 ] || { cat "$T/page" >&2; exit 1; }
echo "man: prextract.1 renders with every option and the three examples"
