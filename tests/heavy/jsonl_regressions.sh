#!/usr/bin/env bash
# Every JSONL input under fuzz/regressions/jsonl goes through the command line without a
# crash: exit 0 or 1, one JSON object per output line.
source "$(dirname "$0")/lib.sh"
setup "$1"
shopt -s nullglob
count=0
for input in "$2"/*; do
  run_status "$BIN" --input-format jsonl --jsonl --no-progress "$input" > "$WORK/out" 2> /dev/null
  [[ $STATUS -le 1 ]] || fail "$input: exit status $STATUS"
  [[ ! -s "$WORK/out" ]] || jq -e .schema "$WORK/out" > /dev/null || fail "$input: output is not JSON Lines"
  count=$((count + 1))
done
pass "$count JSONL regression input(s)"
