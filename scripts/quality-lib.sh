# shellcheck shell=bash disable=SC2034
# Shared by quality-ratchet.sh and update-floors.sh (sourced, not run).
# SHARED: the ../shared folder; sets SCORE, CORPUS, FLOORS.
SCORE="$SHARED/tools/score"
CORPUS="$SHARED/corpus/dev"
FLOORS="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/quality/floors.json"

# One hash over the gold files (names and contents), in byte order of their paths.
gold_hash() {
  (cd "$CORPUS" && find . -name '*.gold.json' -type f | LC_ALL=C sort |
    while IFS= read -r f; do printf '%s  %s\n' "$(sha256sum <"$f" | cut -d' ' -f1)" "$f"; done) |
    sha256sum | cut -d' ' -f1
}

# Prints the scorer's JSON for BIN over the dev corpus; fails when a release failed.
score_json() {
  local out
  if ! out=$("$SCORE" "$1" "$CORPUS" --json); then
    echo "quality: the scorer reports failures (a release gave no valid JSON):" >&2
    echo "$out" >&2
    return 1
  fi
  printf '%s\n' "$out"
}
