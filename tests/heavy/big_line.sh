#!/usr/bin/env bash
# A 200 MB file that is one line: over --max-input-bytes it is an input.too_large error
# record (from a file and from stdin) and nothing else breaks; under it, it is processed.
source "$(dirname "$0")/lib.sh"
setup "$1"
big=$WORK/big.txt
sentence='On May 25, 2023, Vice Minister Joo met German officials (and "partners [of MSIT]") in Berlin, Germany. '
yes "$sentence" | tr -d '\n' | head -c 200000000 > "$big" || true
expect_eq "generated size" "$(stat -c %s "$big")" 200000000

for input in file stdin; do
  if [[ $input == file ]]; then
    run_status "$BIN" --max-input-bytes 100000000 --jsonl "$big" > "$WORK/over.json" 2> "$WORK/over.err"
  else
    run_status "$BIN" --max-input-bytes 100000000 --jsonl - < "$big" > "$WORK/over.json" 2> "$WORK/over.err"
  fi
  expect_eq "exit status over the limit ($input)" "$STATUS" 1
  expect_eq "error code over the limit ($input)" "$(jq -r .error.code "$WORK/over.json")" input.too_large
  grep -q too_large "$WORK/over.err" || fail "no diagnostic on stderr ($input)"
done

run_status "$BIN" --max-input-bytes 200000000 --jsonl "$big" > "$WORK/under.json" 2> "$WORK/under.err"
expect_eq "exit status at the limit" "$STATUS" 0
expect_eq "one output line" "$(wc -l < "$WORK/under.json")" 1
head -c 400 "$WORK/under.json" | grep -q '"bytes":200000000,' || fail "source.bytes is not 200000000"
grep -q '"segments":\[{' "$WORK/under.json" || fail "no segments in the output"
[[ $(tail -c 2 "$WORK/under.json") == "}" ]] || fail "output does not end with } and a newline"
pass "200 MB line processed"
