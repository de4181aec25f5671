#!/usr/bin/env bash
# Builds (if needed) and runs one libFuzzer target for a while, seeded with the dev corpus:
#   fuzz/run.sh extract|jsonl [SECONDS] [BUILD_DIR]         (defaults: 600 s, build-fuzz)
# The dev corpus ($PREXTRACT_FUZZ_SEEDS, default ../shared/corpus/dev) is read in place, never
# copied into the project; new inputs go to BUILD_DIR/corpus/TARGET and findings to
# BUILD_DIR/artifacts/TARGET/. A finding becomes a regression test: copy it to
# fuzz/regressions/TARGET/ (tests/heavy replays them). Exit 1 when there is a finding.
set -euo pipefail
target=${1:?usage: fuzz/run.sh extract|jsonl [SECONDS] [BUILD_DIR]}
seconds=${2:-600}
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${3:-$here/build-fuzz}")
seeds=${PREXTRACT_FUZZ_SEEDS:-$here/../shared/corpus/dev}

if [[ ! -x "$build/fuzz/fuzz_$target" ]]; then
  CC=clang CXX=clang++ cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPREXTRACT_FUZZ=ON -DPREXTRACT_BUILD_TESTS=OFF -DPREXTRACT_BUILD_BENCH=OFF > /dev/null
  cmake --build "$build" -j2 --target "fuzz_$target"
fi
mkdir -p "$build/corpus/$target" "$build/artifacts/$target" "$build/logs"
seed_dirs=("$here/fuzz/regressions/$target")
if [[ -d "$seeds" ]]; then
  if [[ $target == jsonl ]]; then
    # Seeds for the JSONL reader: each release as a one-record stream, in the build folder.
    mkdir -p "$build/seeds/jsonl"
    find "$seeds" -name '*.txt' | while read -r f; do
      jq -Rsc --arg id "$(basename "$f" .txt)" '{id: $id, text: ., reference_date: "2023-05-25"}' "$f" \
        > "$build/seeds/jsonl/$(basename "$f" .txt).jsonl"
    done
    seed_dirs+=("$build/seeds/jsonl")
  else
    seed_dirs+=("$seeds")
  fi
else
  echo "fuzz: no seed corpus at $seeds; starting from the regressions only" >&2
fi

cd "$build/logs"
status=0
"$build/fuzz/fuzz_$target" -max_total_time="$seconds" -jobs=1 -workers=1 -timeout=30 \
  -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
  -artifact_prefix="$build/artifacts/$target/" "$build/corpus/$target" "${seed_dirs[@]}" || status=$?
tail -n 15 fuzz-0.log
findings=$(find "$build/artifacts/$target" -type f | wc -l)
echo "fuzz_$target: ${seconds} s, exit status $status, $findings finding(s) in $build/artifacts/$target"
[[ $status -eq 0 && $findings -eq 0 ]]
