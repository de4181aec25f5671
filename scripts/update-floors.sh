#!/bin/bash
# Records the current dev-corpus scores as the floors of the quality ratchet
# (tests/quality/floors.json), with the hash of the gold files they were measured on.
# Commit the file with the change that raised the scores.
# usage: update-floors.sh PREXTRACT [SHARED_DIR]
set -euo pipefail
BIN=$1
SHARED=${2:-../shared}
# shellcheck source=scripts/quality-lib.sh
. "$(dirname "$0")/quality-lib.sh"
if [ ! -x "$SCORE" ] || [ ! -d "$CORPUS" ]; then
  echo "update-floors: $SCORE or $CORPUS not found" >&2
  exit 1
fi
scores=$(score_json "$BIN")
hash=$(gold_hash)
if [ -f "$FLOORS" ] && [ "$hash" = "$(jq -r .gold_sha256 "$FLOORS")" ]; then
  lower=$(jq -r --argjson now "$scores" \
    '[.parts | to_entries[] | select(($now.parts[.key] // 0) < .value) | .key] | join(" ")' "$FLOORS")
  if [ -n "$lower" ] && [ "${FORCE:-0}" != 1 ]; then
    echo "update-floors: $lower would go down; the ratchet only rises (FORCE=1 to override)" >&2
    exit 1
  fi
fi
jq -n --argjson now "$scores" --arg hash "$hash" '{
  corpus: "../shared/corpus/dev",
  gold_sha256: $hash,
  docs: $now.docs,
  overall: $now.overall,
  parts: $now.parts
}' >"$FLOORS.tmp"
mv "$FLOORS.tmp" "$FLOORS"
echo "update-floors: wrote $FLOORS"
jq -c '{overall, parts}' "$FLOORS"
