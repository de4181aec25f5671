# Shared by the shell tests of tests/install: source it after `set -uo pipefail`.
# Gives a scratch folder $T (removed on exit) and `fail MESSAGE`, which counts a failed
# check and lets the test go on, so one run reports every check that failed.
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
failures=0
fail() {
  echo "FAIL $*" >&2
  failures=$((failures + 1))
}
