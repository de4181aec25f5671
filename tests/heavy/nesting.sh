#!/usr/bin/env bash
# Deeply nested quotes and brackets in the text, and a deeply nested JSON value in an
# ignored key of a JSONL record: no crash, no stack overflow, valid output.
source "$(dirname "$0")/lib.sh"
setup "$1"
depth=100000
open=$(printf '(["\xe2\x80\x9c\x27{<%.0s' $(seq "$depth"))
close=$(printf '>}\x27\xe2\x80\x9d"])%.0s' $(seq "$depth"))
printf 'Title\n\nOn May 5, 2023, Minister Kim said %s the Ministry of Justice %s today.\n' \
  "$open" "$close" > "$WORK/nested.txt"
for mode in "" --body-only; do
  run_status "$BIN" --jsonl $mode "$WORK/nested.txt" > "$WORK/out.json" 2> "$WORK/err"
  expect_eq "exit status, nested text $mode" "$STATUS" 0
  expect_eq "schema, nested text $mode" "$(jq -r .schema "$WORK/out.json")" prextract/1
done

arrays=$(printf '[%.0s' $(seq "$depth"))$(printf ']%.0s' $(seq "$depth"))
objects=$(printf '{"a":%.0s' $(seq "$depth"))1$(printf '}%.0s' $(seq "$depth"))
printf '{"id":"deep1","text":"On May 5, 2023.","extra":%s}\n{"id":"deep2","extra":%s,"text":"Hi."}\n' \
  "$arrays" "$objects" > "$WORK/deep.jsonl"
printf '{"id":"after","text":"Still here."}\n' >> "$WORK/deep.jsonl"
run_status "$BIN" --input-format jsonl "$WORK/deep.jsonl" > "$WORK/deep.out" 2> "$WORK/deep.err"
expect_eq "records after deep JSON" "$(jq -r '.source.id' "$WORK/deep.out" | paste -sd,)" deep1,deep2,after
