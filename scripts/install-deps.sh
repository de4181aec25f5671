#!/bin/sh
# Installs the Debian packages prextract needs, only those missing. Non-interactive.
set -eu
PACKAGES="cmake g++ make pkg-config nlohmann-json3-dev libcli11-dev libutfcpp-dev libgtest-dev
libbenchmark-dev libre2-dev libabsl-dev libsimdjson-dev libphonenumber-dev libssl-dev iso-codes jq
python3-jsonschema help2man man-db dpkg-dev file"
# The heavy test of the JSONL mapper runs it under GNU parallel --pipe (tests/heavy).
PACKAGES="$PACKAGES parallel"
# The heavy test of the HTML view renders it in headless Chromium (tests/html).
PACKAGES="$PACKAGES chromium chromium-driver fonts-dejavu-core"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "install-deps: installing$missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
