# Helpers for the shell tests of tests/heavy: source it, then call `setup BIN`.
# Each test prints what it checks and exits 1 on the first failed check.
set -euo pipefail

setup() {
  BIN=$(realpath "$1")
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/prextract-heavy.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

pass() { echo "ok: $*"; }

# expect_eq WHAT ACTUAL EXPECTED
expect_eq() {
  [[ "$2" == "$3" ]] || fail "$1: got '$2', expected '$3'"
  pass "$1 = $3"
}

# Runs "$@", storing its exit status in STATUS (never failing the script).
run_status() {
  STATUS=0
  "$@" || STATUS=$?
}
