#!/bin/bash
# Runs prextract over the bundled example and every release of each CORPUS folder that
# exists (both date styles) and checks each output against the schema and the offset rules.
# usage: schema_test.sh PREXTRACT SOURCE_DIR [CORPUS...]
set -euo pipefail
BIN=$1
SRC=$2
shift 2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
EXAMPLE="$SRC/data/examples/msit-2023-05-25-germany.txt"
"$BIN" --reference-date 2023-05-25 "$EXAMPLE" >"$T/example.json"
"$BIN" "$EXAMPLE" >"$T/example-noref.json"
outputs=("$T/example.json" "$T/example-noref.json")
n=0
for corpus in "$@"; do
  if [ ! -d "$corpus" ]; then
    echo "schema_test.sh: $corpus not found: skipped"
    continue
  fi
  n=$((n + 1))
  "$BIN" -r "$corpus" >"$T/corpus$n.jsonl"
  "$BIN" -r --date-style timeml "$corpus" >"$T/corpus$n-timeml.jsonl"
  outputs+=("$T/corpus$n.jsonl" "$T/corpus$n-timeml.jsonl")
done
/usr/bin/python3 "$SRC/tests/cli/check_outputs.py" "$SRC/schema/prextract.schema.json" "${outputs[@]}"
