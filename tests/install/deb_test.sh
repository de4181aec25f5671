#!/bin/bash
# Builds the Debian package with CPack (what `make deb` does) and inspects it with dpkg-deb:
# control fields, declared runtime dependencies, the files it installs, a binary that runs.
# usage: deb_test.sh BUILD_DIR CPACK
set -uo pipefail
BUILD=$(realpath "$1")
CPACK=$2
. "$(dirname "$0")/lib.sh"

"$CPACK" --config "$BUILD/CPackConfig.cmake" -G DEB -B "$T" >"$T/cpack.log" 2>&1 ||
  { cat "$T/cpack.log" >&2; echo "FAIL cpack -G DEB" >&2; exit 1; }
debs=("$T"/prextract_*.deb)
[ -f "${debs[0]}" ] || { cat "$T/cpack.log" >&2; echo "FAIL no prextract_*.deb" >&2; exit 1; }
DEB=${debs[0]}

dpkg-deb -I "$DEB" >"$T/info" || fail "dpkg-deb -I"
field() { dpkg-deb -f "$DEB" "$1"; }
depends=$(field Depends)
# Every shared library the binary needs comes from a package that Depends names.
readelf -d "$BUILD/prextract" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' >"$T/needed"
grep -q '^libphonenumber' "$T/needed" || fail "prextract does not link libphonenumber"
# owner_names SONAME: the package holding the native SONAME and the names it provides.
owner_names() {
  local path package
  path=$(ldconfig -p | awk -v so="$1" '$1 == so && /x86-64/ {print $NF; exit}')
  [ -n "$path" ] || return
  package=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")" 2>/dev/null)
  package=$(head -n 1 <<<"$package" | cut -d: -f1)
  [ -n "$package" ] || return
  echo "$package"
  dpkg-query -W -f='${Provides}\n' "$package" | tr ',' '\n' | sed 's/(.*//; s/ //g; /^$/d'
}
sed 's/ *([^)]*)//g; s/ *| */,/g' <<<"$depends" | tr ',' '\n' | tr -d ' ' >"$T/depends"
while read -r soname; do
  names=$(owner_names "$soname")
  [ -n "$names" ] || { fail "no package holds $soname"; continue; }
  grep -qxF -f <(echo "$names") "$T/depends" || fail "Depends lacks $(head -n 1 <<<"$names") ($soname): $depends"
done <"$T/needed"
[ "$(field Package)" = prextract ] || fail "Package field"
[ "$(field Section)" = utils ] || fail "Section field"
[[ $(field Maintainer) == *@* ]] || fail "Maintainer field"
[[ $(field Description) == *"press releases"* ]] || fail "Description field"

dpkg-deb -c "$DEB" | awk '{print $NF}' >"$T/files"
for f in ./usr/bin/prextract ./usr/share/man/man1/prextract.1.gz \
    ./usr/share/bash-completion/completions/prextract ./usr/share/zsh/vendor-completions/_prextract \
    ./usr/include/prextract/extract.h ./usr/include/prextract/release.h; do
  grep -qxF "$f" "$T/files" || fail "package lacks $f"
done
for pattern in '/libprextract\.a$' '/cmake/prextract/prextractConfig\.cmake$' '/pkgconfig/prextract\.pc$'; do
  grep -qE "$pattern" "$T/files" || fail "package lacks $pattern"
done

# The packaged binary runs.
dpkg-deb -x "$DEB" "$T/root" || fail "dpkg-deb -x"
"$T/root/usr/bin/prextract" --version | grep -q '^prextract ' || fail "packaged prextract --version"

[ "$failures" -eq 0 ] || { cat "$T/info" >&2; exit 1; }
echo "deb: $(basename "$DEB") depends on: $depends"
