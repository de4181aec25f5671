#!/usr/bin/env bash
# -o DIR killed with SIGTERM in the middle of a run leaves only complete files: no
# temporary file, every .json parses. Large records widen the window of a write.
source "$(dirname "$0")/lib.sh"
setup "$1"
text=$(set +o pipefail; yes 'On May 5, 2023, Minister Kim met \u201cpartners\u201d in Seoul (Korea). ' |
  head -c 300000 | tr -d '\n')
printf '{"text":"%s"}\n' "$text" > "$WORK/record.jsonl"
for round in 1 2 3; do
  out=$WORK/out$round
  mkdir "$out"
  # An endless stream of records: only the signal ends the run.
  (while cat "$WORK/record.jsonl"; do :; done) 2>/dev/null |
    "$BIN" --input-format jsonl -j 2 --no-progress -o "$out" 2> "$WORK/err" &
  pid=$!
  for _ in $(seq 600); do
    (( $(find "$out" -name '*.json' | wc -l) >= 3 * round )) && break
    sleep 0.1
  done
  sleep "0.$((round * 3))"
  kill -TERM "$pid"             # $! of a pipeline is its last command: prextract
  run_status wait "$pid"
  expect_eq "round $round: exit status (killed by SIGTERM)" "$STATUS" 143
  leftovers=$(find "$out" -type f ! -name '*.json' | wc -l)
  hidden=$(find "$out" -name '.*' | wc -l)
  expect_eq "round $round: temporary files left" "$((leftovers + hidden))" 0
  written=$(find "$out" -name '*.json' | wc -l)
  (( written > 0 )) || fail "round $round: nothing written before the signal"
  jq -e .schema "$out"/*.json > /dev/null || fail "round $round: a partial .json file"
  pass "round $round: $written complete files"
done
