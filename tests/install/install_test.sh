#!/bin/bash
# Installs the build into a temporary prefix, then builds and runs a consumer project against it
# twice: with find_package(prextract) and with pkg-config.
# usage: install_test.sh BUILD_DIR SOURCE_DIR CMAKE CXX [SANITIZER_FLAGS]
# SANITIZER_FLAGS: what a program must add to link an instrumented (ASan/UBSan) library.
set -uo pipefail
BUILD=$(realpath "$1")
SRC=$(realpath "$2")
CMAKE=$3
CXX=$4
SANITIZER_FLAGS=${5:-}
. "$(dirname "$0")/lib.sh"
PREFIX=$T/prefix
TITLE="title: Ministry signs research agreement with Germany"

# check_consumer BINARY: its output names the title and holds the same record as JSON.
check_consumer() {
  "$1" >"$T/out" 2>"$T/err" || { fail "$1 exited $? ($(cat "$T/err"))"; return; }
  grep -qxF "$TITLE" "$T/out" || fail "$1: no '$TITLE' in: $(head -c 300 "$T/out")"
  tail -n 1 "$T/out" | jq -e '.schema == "prextract/1" and .document.published.value == "2023-05-25"' \
    >/dev/null || fail "$1: JSON record: $(tail -n 1 "$T/out" | head -c 300)"
}

"$CMAKE" --install "$BUILD" --prefix "$PREFIX" >"$T/install.log" 2>&1 ||
  { cat "$T/install.log" >&2; echo "FAIL cmake --install" >&2; exit 1; }
for f in bin/prextract include/prextract/extract.h include/prextract/release.h \
    include/prextract/json.h include/prextract/version.h; do
  [ -f "$PREFIX/$f" ] || fail "not installed: $f"
done
for pattern in 'libprextract.a' 'prextractConfig.cmake' 'prextractConfigVersion.cmake' \
    'prextractTargets.cmake' 'prextract.pc'; do
  [ -n "$(find "$PREFIX" -name "$pattern")" ] || fail "not installed: $pattern"
done
"$PREFIX/bin/prextract" --version | grep -q '^prextract ' || fail "installed prextract --version"

# find_package(prextract): configure, build and run the consumer project.
if "$CMAKE" -S "$SRC/tests/install/consumer" -B "$T/consumer" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_COMPILER="$CXX" -DCMAKE_PREFIX_PATH="$PREFIX" -DCMAKE_CXX_FLAGS="$SANITIZER_FLAGS" \
    >"$T/configure.log" 2>&1 &&
  "$CMAKE" --build "$T/consumer" >"$T/build.log" 2>&1; then
  check_consumer "$T/consumer/consumer"
else
  cat "$T/configure.log" "$T/build.log" >&2 2>/dev/null
  fail "consumer project (find_package) did not build"
fi

# pkg-config: one compiler line from the .pc file.
PKG_CONFIG_PATH=$(dirname "$(find "$PREFIX" -name prextract.pc | head -n 1)")
export PKG_CONFIG_PATH
flags=()
pc_flags=$(pkg-config --cflags --libs prextract) && read -ra flags <<<"$pc_flags $SANITIZER_FLAGS"
if [ "${#flags[@]}" -gt 0 ] &&
  "$CXX" -std=c++20 -o "$T/consumer_pc" "$SRC/tests/install/consumer/main.cc" "${flags[@]}" 2>"$T/pc.log"; then
  check_consumer "$T/consumer_pc"
else
  cat "$T/pc.log" >&2 2>/dev/null
  fail "consumer (pkg-config: ${flags[*]}) did not build"
fi
[ "$(pkg-config --modversion prextract)" = "$("$PREFIX/bin/prextract" --version | cut -d' ' -f2)" ] ||
  fail "pkg-config --modversion differs from prextract --version"

[ "$failures" -eq 0 ] || exit 1
echo "install: the installed package builds and runs a consumer (find_package and pkg-config)"
