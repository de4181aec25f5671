#!/usr/bin/env bash
# Whole-corpus throughput of prextract on one core (make bench):
#   scripts/throughput.sh [--strict] BIN
# Runs `BIN --input-format jsonl --jsonl -j 1 > /dev/null` over the bench corpus
# ($PREXTRACT_BENCH_DIR, default ../shared/corpus/bench/*.jsonl.gz beside the project) and
# prints MB/s, releases/s, peak RSS, `LC_ALL=C wc -w` over the same text for scale, and two
# linearity checks (CPU time for 10x the input <= 10.5x the time): 1,000 records against the
# same records ten times over, and one long release against one ten times longer.
# The corpus is decompressed to a temporary file first so that zcat is not timed. Each
# timing is the best of $PREXTRACT_BENCH_RUNS runs (default 3): on a shared machine one run
# may take half as long again as the next, and the fastest is the one least disturbed.
# With --strict the exit status is 1 when a target (30 MB/s, 50 MiB, linearity) is missed.
set -euo pipefail

strict=0
if [[ "${1:-}" == "--strict" ]]; then strict=1; shift; fi
if [[ $# -ne 1 || ! -x "$1" ]]; then
  echo "usage: $0 [--strict] PATH/TO/prextract" >&2
  exit 2
fi
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
corpus=${PREXTRACT_BENCH_DIR:-$here/../../shared/corpus/bench}
shopt -s nullglob
archives=("$corpus"/*.jsonl.gz)
if [[ ${#archives[@]} -eq 0 ]]; then
  echo "throughput: no *.jsonl.gz under $corpus (set PREXTRACT_BENCH_DIR)" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
zcat "${archives[@]}" > "$tmp/all.jsonl"

# Times `BIN ARGS < INPUT > OUTPUT`; sets wall, cpu (user+sys, seconds) and rss (KiB).
measure() {
  local input=$1 output=$2; shift 2
  local status=0
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" < "$input" > "$output" || status=$?
    read -r wall user sys rss < "$tmp/time"
  else   # no GNU time (Debian package `time`): bash's clock, RSS from the kernel's peak
    local start end
    start=$(date +%s.%N)
    "$@" < "$input" > "$output" || status=$?
    end=$(date +%s.%N)
    wall=$(echo "$end - $start" | bc); user=$wall; sys=0; rss=0
  fi
  cpu=$(echo "$user + $sys" | bc)
  if [[ $status -ne 0 ]]; then
    echo "throughput: '$*' exited with $status" >&2
    exit 1
  fi
}

# measure, repeated: the least wall and CPU time of the runs, the median CPU time and the
# largest peak RSS. The linearity checks compare medians: the least time of a short run is
# more often a lucky one than that of a long run, which would bias the ratio upwards.
best_of() {
  local runs=${PREXTRACT_BENCH_RUNS:-3} best_wall= max_rss=0 cpus=()
  for (( k = 0; k < runs; ++k )); do
    measure "$@"
    cpus+=("$cpu")
    if [[ -z $best_wall ]] || (( $(echo "$wall < $best_wall" | bc) )); then best_wall=$wall; fi
    (( rss > max_rss )) && max_rss=$rss
  done
  local sorted; sorted=$(printf '%s\n' "${cpus[@]}" | sort -g)
  cpu=$(head -n 1 <<< "$sorted")
  cpu_median=$(sed -n "$(( (runs + 1) / 2 ))p" <<< "$sorted")
  wall=$best_wall rss=$max_rss
}

ratio() { echo "scale=3; $1 / ($2 + 0.0005)" | bc; }
run=("$bin" --input-format jsonl --jsonl -j 1 --no-progress)

bytes=$(stat -c %s "$tmp/all.jsonl")
records=$(wc -l < "$tmp/all.jsonl")
best_of "$tmp/all.jsonl" /dev/null "${run[@]}"
all_wall=$wall all_cpu=$cpu all_rss=$rss
mb=$(echo "scale=3; $bytes / 1048576" | bc)
printf 'input:        %s records, %.1f MB of JSONL (%s)\n' "$records" "$mb" "${archives[*]##*/}"
printf 'prextract:    %.2f s wall, %.2f s CPU\n' "$all_wall" "$all_cpu"
printf 'throughput:   %.2f MB/s wall, %.2f MB/s CPU (target >= 30)\n' \
  "$(ratio "$mb" "$all_wall")" "$(ratio "$mb" "$all_cpu")"
printf 'releases/s:   %.0f wall, %.0f CPU\n' "$(ratio "$records" "$all_wall")" "$(ratio "$records" "$all_cpu")"
printf 'peak RSS:     %.1f MiB (target <= 50)\n' "$(echo "scale=2; $all_rss / 1024" | bc)"

best_of "$tmp/all.jsonl" "$tmp/wc.out" env LC_ALL=C wc -w
printf 'wc -w:        %s words in %.2f s wall (%.1f MB/s); prextract takes %.1fx as long\n' \
  "$(cat "$tmp/wc.out")" "$wall" "$(ratio "$mb" "$wall")" "$(ratio "$all_wall" "$wall")"

failed=0
check() {   # NAME SMALL_CPU BIG_CPU
  local r; r=$(ratio "$3" "$2")
  local verdict=ok; (( $(echo "$r > 10.5" | bc) )) && { verdict=FAILED; failed=1; }
  printf 'linearity:    %s: 10x the input took %.2fx the CPU time (%.2f s -> %.2f s): %s\n' \
    "$1" "$r" "$2" "$3" "$verdict"
}

# Stream: the same records once and ten times over (same content, so only the length of
# the stream differs): catches state that grows from record to record. A thousand records
# take about a quarter of a second: CPU times come in 10 ms steps, which on a shorter run
# would move the ratio by a tenth.
n=$(( records < 1000 ? records : 1000 ))
head -n "$n" "$tmp/all.jsonl" > "$tmp/part.jsonl"
for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$tmp/part.jsonl"; done > "$tmp/part10.jsonl"
best_of "$tmp/part.jsonl" /dev/null "${run[@]}"; part1=$cpu_median
best_of "$tmp/part10.jsonl" "$tmp/part10.out" "${run[@]}"; part10=$cpu_median
[[ $(wc -l < "$tmp/part10.out") -eq $((10 * n)) ]] || { echo "throughput: records lost" >&2; exit 1; }
check "stream of records" "$part1" "$part10"

# One release: the texts of the first records joined into one text of ~100 KB and ~1 MB.
joined() {   # BYTES -> one JSONL record whose text is the first texts joined, to BYTES
  jq -c --argjson n "$1" -n '[inputs.text] | reduce .[] as $t (""; if length < $n then . + $t + "\n\n" else . end)
    | {id: "joined", text: .[:$n]}' "$tmp/all.jsonl"
}
joined 100000 > "$tmp/doc1.jsonl"
joined 1000000 > "$tmp/doc10.jsonl"
best_of "$tmp/doc1.jsonl" /dev/null "${run[@]}"; doc1=$cpu_median
best_of "$tmp/doc10.jsonl" /dev/null "${run[@]}"; doc10=$cpu_median
check "one long release" "$doc1" "$doc10"

if (( strict )); then
  (( $(echo "$(ratio "$mb" "$all_cpu") < 30" | bc) )) && failed=1
  (( all_rss > 50 * 1024 )) && failed=1
  exit $failed
fi
exit 0
