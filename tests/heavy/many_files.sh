#!/usr/bin/env bash
# 100,000 tiny files in a folder tree read with -r: every file gives exactly one record,
# in byte order of path, and memory stays bounded (peak RSS under 200 MiB).
source "$(dirname "$0")/lib.sh"
setup "$1"
n=100000
mkdir -p "$WORK/in"
seq 1 "$n" | awk '{ printf "On May %d, 2023, Minister Kim met delegation %d in Seoul.\n", $1 % 28 + 1, $1 }' \
  > "$WORK/lines"
# 100 folders of 1,000 files: split writes one file per line, fast.
for d in $(seq -w 0 99); do
  mkdir "$WORK/in/d$d"
  sed -n "$((10#$d * 1000 + 1)),$((10#$d * 1000 + 1000))p" "$WORK/lines" |
    (cd "$WORK/in/d$d" && split -l 1 -a 4 -d --additional-suffix=.txt - r)
done
expect_eq "files generated" "$(find "$WORK/in" -type f -name '*.txt' | wc -l)" "$n"

run_status /usr/bin/time -f '%M' -o "$WORK/rss" "$BIN" -r --jsonl -j 2 --no-progress "$WORK/in" \
  > "$WORK/out.jsonl" 2> "$WORK/err"
expect_eq "exit status" "$STATUS" 0
expect_eq "records" "$(wc -l < "$WORK/out.jsonl")" "$n"
jq -r .source.path "$WORK/out.jsonl" > "$WORK/paths"
find "$WORK/in" -type f -name '*.txt' | LC_ALL=C sort > "$WORK/expected"
cmp -s "$WORK/paths" "$WORK/expected" || fail "paths are not every file once, in byte order"
pass "every file once, in byte order"
rss=$(tail -1 "$WORK/rss")
echo "peak RSS: $((rss / 1024)) MiB"
(( rss < 200 * 1024 )) || fail "peak RSS $((rss / 1024)) MiB over 200 MiB"
pass "peak RSS under 200 MiB"
