#!/usr/bin/env bash
# A file listed by -r that is deleted before it is read: an io.not_found record in its
# place, the other files processed, exit 1. The first input is a FIFO so that the batch
# is listed but blocked until the file is gone.
source "$(dirname "$0")/lib.sh"
setup "$1"
mkdir "$WORK/in"
for name in a b c d; do echo "On May 5, 2023, release $name." > "$WORK/in/$name.txt"; done
mkfifo "$WORK/gate"
"$BIN" --jsonl -j 1 --no-progress -r "$WORK/gate" "$WORK/in" > "$WORK/out.jsonl" 2> "$WORK/err" &
pid=$!
sleep 2                       # the folder is listed as soon as the gate's job is queued
rm "$WORK/in/c.txt"
echo "The gate release." > "$WORK/gate"
run_status wait "$pid"
expect_eq "exit status" "$STATUS" 1
expect_eq "paths" "$(jq -r '.source.path | sub(".*/"; "")' "$WORK/out.jsonl" | paste -sd,)" \
  gate,a.txt,b.txt,c.txt,d.txt
expect_eq "error of the vanished file" "$(jq -r 'select(.source.path | endswith("c.txt")) | .error.code' "$WORK/out.jsonl")" io.not_found
expect_eq "records without error" "$(jq -r 'select(.error == null) | .source.path' "$WORK/out.jsonl" | wc -l)" 4
grep -q 'c.txt' "$WORK/err" || fail "no diagnostic for the vanished file"
