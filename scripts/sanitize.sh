#!/usr/bin/env bash
# Builds prextract with ASan + UBSan (PREXTRACT_SANITIZE=ON) and runs the whole test suite
# but the heavy tests in that build. Used by the `heavy.sanitize` ctest test and CI.
# The build also takes the portable byte scans (PREXTRACT_PORTABLE_SCAN), so the code that
# machines without SSE2 run is tested too:
#   scripts/sanitize.sh [SOURCE_DIR [BUILD_DIR]]      (defaults: . and build-asan)
set -euo pipefail
src=${1:-.}
build=${2:-build-asan}
jobs=${JOBS:-2}
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPREXTRACT_SANITIZE=ON \
  -DPREXTRACT_PORTABLE_SCAN=ON -DPREXTRACT_BUILD_BENCH=OFF > /dev/null
cmake --build "$build" -j"$jobs"
# Leaks fail the run too; UBSan stops at the first report (-fno-sanitize-recover).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build" --output-on-failure -j"$jobs" -LE heavy
