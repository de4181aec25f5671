#!/usr/bin/env bash
# prextract as a GNU parallel --pipe mapper over JSONL: every record comes out exactly
# once, whether parallel cuts the input by record count or by block size.
source "$(dirname "$0")/lib.sh"
setup "$1"
command -v parallel > /dev/null || fail "GNU parallel is not installed (Debian package parallel; make deps installs it)"
n=20000
seq 1 "$n" | awk '{ printf "{\"id\":\"r%06d\",\"text\":\"Release %d. On May %d, 2023, Minister Kim met delegation %d in Seoul.\"}\n", $1, $1, $1 % 28 + 1, $1 }' \
  > "$WORK/in.jsonl"
printf '{"id":"bad", "text": \n' >> "$WORK/in.jsonl"    # malformed: an error record, not a loss
cut -d'"' -f4 "$WORK/in.jsonl" | head -n "$n" | sort > "$WORK/expected"

for split in "-N 700" "--block 64k"; do
  run_status parallel --will-cite --pipe $split -j 2 "$BIN" --input-format jsonl --jsonl -j 1 --no-progress \
    < "$WORK/in.jsonl" > "$WORK/out.jsonl" 2> "$WORK/err"
  expect_eq "parallel $split: exit status" "$STATUS" 1   # the malformed line fails
  expect_eq "parallel $split: records" "$(wc -l < "$WORK/out.jsonl")" $((n + 1))
  jq -r 'select(.error == null) | .source.id' "$WORK/out.jsonl" | sort > "$WORK/ids"
  cmp -s "$WORK/ids" "$WORK/expected" || fail "parallel $split: ids lost or duplicated"
  pass "parallel $split: every id exactly once"
  expect_eq "parallel $split: malformed records" "$(jq -r 'select(.error) | .error.code' "$WORK/out.jsonl")" jsonl.malformed
done
