#!/bin/bash
# The quality ratchet: scores ../shared/corpus/dev and fails when a part falls below its
# floor in tests/quality/floors.json. When the gold files changed (another hash), prints
# the new scores and passes, so the next commit can record new floors (make floors).
# Without ../shared (a user's clone) it is skipped.
# usage: quality-ratchet.sh PREXTRACT [SHARED_DIR]
set -euo pipefail
BIN=$1
SHARED=${2:-../shared}
# shellcheck source=scripts/quality-lib.sh
. "$(dirname "$0")/quality-lib.sh"
if [ ! -x "$SCORE" ] || [ ! -d "$CORPUS" ]; then
  echo "quality: $SCORE or $CORPUS not found: ratchet skipped"
  exit 0
fi
scores=$(score_json "$BIN")
echo "quality: scores $(jq -c '{overall, parts}' <<<"$scores")"
if [ ! -f "$FLOORS" ]; then
  echo "quality: no $FLOORS yet: record them with 'make floors'"
  exit 0
fi
hash=$(gold_hash)
if [ "$hash" != "$(jq -r .gold_sha256 "$FLOORS")" ]; then
  echo "quality: the gold files changed since the floors were recorded: not comparing."
  echo "quality: record the new floors with 'make floors' once the scores above look right."
  exit 0
fi
# One line per part: name, floor, score, verdict.
report=$(jq -r --argjson now "$scores" '
  .parts | to_entries[] |
  [.key, .value, ($now.parts[.key] // "missing"),
   (if ($now.parts[.key] | type) != "number" then "FAIL"
    elif $now.parts[.key] < .value then "FAIL" else "ok" end)] | @tsv' "$FLOORS")
printf 'part\tfloor\tnow\n'
printf '%s\n' "$report" | cut -f1-3
if grep -q 'FAIL$' <<<"$report"; then
  echo "quality: FAILED: below the floor: $(grep 'FAIL$' <<<"$report" | cut -f1 | tr '\n' ' ')" >&2
  exit 1
fi
raised=$(jq -r --argjson now "$scores" \
  '[.parts | to_entries[] | select($now.parts[.key] > .value) | .key] | join(" ")' "$FLOORS")
[ -z "$raised" ] || echo "quality: above the floor: $raised (raise the floors with 'make floors')"
echo "quality: ok"
