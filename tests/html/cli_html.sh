#!/bin/bash
# --format html on the command line: one page per input, usage errors for what makes no page.
# Usage: cli_html.sh PREXTRACT SOURCE_DIR
set -uo pipefail
prextract=$1
example="$2/data/examples/msit-2023-05-25-germany.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_code() {   # expect_code CODE DESCRIPTION COMMAND...
  local want=$1 what=$2
  shift 2
  "$@" > "$work/out" 2> "$work/err"
  local got=$?
  [ "$got" -eq "$want" ] || fail "$what: exit $got, want $want ($(head -c 300 "$work/err"))"
}

expect_code 0 "one file" "$prextract" --format html "$example"
head -c 15 "$work/out" | grep -q '<!DOCTYPE html>' || fail "one file: not a page"
[ "$(grep -c '</html>' "$work/out")" -eq 1 ] || fail "one file: not exactly one page"
[ -s "$work/err" ] && fail "one file: stderr not empty"

expect_code 0 "stdin" sh -c "'$prextract' --format html < '$example'"
grep -q 'data-kind="date"' "$work/out" || fail "stdin: no highlighted date"

expect_code 2 "--jsonl" "$prextract" --format html --jsonl "$example"
[ -s "$work/out" ] && fail "--jsonl: wrote to stdout"
expect_code 2 "--pretty" "$prextract" --format html --pretty "$example"
expect_code 2 "several inputs to stdout" "$prextract" --format html "$example" "$example"
[ -s "$work/out" ] && fail "several inputs: wrote to stdout"
expect_code 2 "a folder to stdout" "$prextract" --format html -r "$2/data/examples"
expect_code 2 "JSONL input to stdout" "$prextract" --format html --input-format jsonl -
expect_code 2 "unknown format" "$prextract" --format xml "$example"

mkdir -p "$work/in/sub"
cp "$example" "$work/in/a.txt"
printf 'Plain <b>text</b> on May 25, 2023.\n' > "$work/in/sub/b.txt"
expect_code 0 "-o with a folder" "$prextract" --format html -r "$work/in" -o "$work/out-dir"
[ -f "$work/out-dir/a.html" ] && [ -f "$work/out-dir/sub/b.html" ] || fail "-o: pages missing: $(ls -R "$work/out-dir")"
[ -s "$work/out" ] && fail "-o: wrote to stdout"
grep -q '&lt;b&gt;text&lt;/b&gt;' "$work/out-dir/sub/b.html" || fail "-o: text not escaped"

expect_code 1 "a missing input among others" "$prextract" --format html "$example" "$work/missing.txt" -o "$work/out2"
[ -f "$work/out2/msit-2023-05-25-germany.html" ] || fail "missing input: the good page is not written"
[ -e "$work/out2/missing.html" ] && fail "missing input: a page was written for it"
grep -q 'missing.txt: no such file' "$work/err" || fail "missing input: no diagnostic"

expect_code 1 "a missing single input" "$prextract" --format html "$work/missing.txt"
[ -s "$work/out" ] && fail "missing single input: wrote to stdout"

expect_code 1 "stdout full" sh -c "'$prextract' --format html '$example' > /dev/full"

[ "$failures" -eq 0 ] && echo "ok" || exit 1
