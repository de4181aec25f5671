#!/usr/bin/env bash
# Output to /dev/full is an error (exit 1, a diagnostic, no hang); a reader that goes away
# (| head -1) ends the run quietly and promptly, even on an endless input.
source "$(dirname "$0")/lib.sh"
setup "$1"
echo "On May 5, 2023, Minister Kim met the press." > "$WORK/one.txt"

run_status "$BIN" "$WORK/one.txt" > /dev/full 2> "$WORK/err"
expect_eq "/dev/full: exit status" "$STATUS" 1
grep -q 'write' "$WORK/err" || fail "/dev/full: no diagnostic: $(cat "$WORK/err")"
run_status "$BIN" --jsonl "$WORK/one.txt" "$WORK/one.txt" > /dev/full 2> "$WORK/err"
expect_eq "/dev/full, batch: exit status" "$STATUS" 1
run_status "$BIN" --version > /dev/full 2> "$WORK/err"
expect_eq "/dev/full, --version: exit status" "$STATUS" 1

record='{"text":"On May 5, 2023, Minister Kim met the press in Seoul."}'
set +o pipefail
yes "$record" | timeout 120 "$BIN" --input-format jsonl --no-progress 2> "$WORK/err" | head -1 > "$WORK/first"
status=${PIPESTATUS[1]}
set -o pipefail
[[ $status -ne 124 ]] || fail "| head -1 on an endless input: still running after 120 s"
[[ $status -eq 0 || $status -eq 141 ]] || fail "| head -1: exit status $status"
pass "| head -1 ends the run (status $status)"
expect_eq "| head -1: stderr" "$(cat "$WORK/err")" ""
expect_eq "| head -1: first record" "$(jq -r .schema "$WORK/first")" prextract/1
