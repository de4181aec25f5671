#!/usr/bin/env bash
# Inputs that exist but cannot be read give io.unreadable records in their place, and the
# others are still processed (exit 1). Tests run as root, for whom chmod 000 blocks
# nothing: a read error comes from /proc/self/mem (EIO at offset 0) and a symlink loop
# (ELOOP); a chmod 000 file is tried as user nobody when setpriv can drop to it.
source "$(dirname "$0")/lib.sh"
setup "$1"
echo "On May 5, 2023, a readable release." > "$WORK/ok.txt"
ln -s "$WORK/loop" "$WORK/loop"

check_unreadable() {   # WHAT PATH [RUNNER...]
  local what=$1 path=$2; shift 2
  run_status "$@" "$BIN" --jsonl "$WORK/ok.txt" "$path" "$WORK/ok.txt" > "$WORK/out.jsonl" 2> "$WORK/err"
  expect_eq "$what: exit status" "$STATUS" 1
  expect_eq "$what: records" "$(jq -r '.error.code // "ok"' "$WORK/out.jsonl" | paste -sd,)" ok,io.unreadable,ok
  grep -q "io.unreadable" "$WORK/err" || fail "$what: no diagnostic"
}

check_unreadable "read error (EIO)" /proc/self/mem
check_unreadable "symlink loop" "$WORK/loop"
if [[ $(id -u) -ne 0 ]]; then
  chmod 000 "$WORK/secret.txt" 2>/dev/null || { echo x > "$WORK/secret.txt"; chmod 000 "$WORK/secret.txt"; }
  check_unreadable "permission denied" "$WORK/secret.txt"
elif command -v setpriv > /dev/null; then
  echo "secret" > "$WORK/secret.txt"
  chmod 000 "$WORK/secret.txt"
  chmod 755 "$WORK"; chmod 644 "$WORK/ok.txt"
  if setpriv --reuid=nobody --regid=nogroup --clear-groups test -x "$BIN"; then
    check_unreadable "permission denied (as nobody)" "$WORK/secret.txt" \
      setpriv --reuid=nobody --regid=nogroup --clear-groups
  else
    echo "skip: permission denied case: user nobody cannot run $BIN"
  fi
else
  echo "skip: permission denied case: running as root without setpriv"
fi
