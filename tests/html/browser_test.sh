#!/bin/bash
# Renders the founding example's annotated HTML view in headless Chromium: a PNG screenshot,
# and the DOM after load checked against the JSON of the same input (check_page.py).
# Fails, never skips, when Chromium is missing: scripts/install-deps.sh installs it.
# Usage: browser_test.sh PREXTRACT SOURCE_DIR
set -euo pipefail
prextract=$1
source_dir=$2
example="$source_dir/data/examples/msit-2023-05-25-germany.txt"
browser=$(command -v chromium || true)
if [ -z "$browser" ]; then
  echo "FAIL: chromium is not installed (Debian packages chromium, chromium-driver; see scripts/install-deps.sh)"
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$prextract" --reference-date 2023-05-25 --format html "$example" > "$work/release.html"
"$prextract" --reference-date 2023-05-25 "$example" > "$work/release.json"
printf 'Title <script>alert(1)</script>\n\nOn May 25, 2023, <b>Korea</b> & "Germany" met.\n' > "$work/script.txt"
"$prextract" --format html "$work/script.txt" > "$work/script.html"

# One fresh profile per run; no network, no first-run or update traffic.
chrome() {
  local profile
  profile=$(mktemp -d "$work/profile.XXXXXX")
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --user-data-dir="$profile" "$@" 2>> "$work/chromium.log"
}
chrome --screenshot="$work/shot.png" --window-size=1280,2000 "file://$work/release.html" > /dev/null
[ -s "$work/shot.png" ] || { echo "FAIL: no screenshot"; cat "$work/chromium.log"; exit 1; }
chrome --dump-dom "file://$work/release.html" > "$work/release.dom.html"
chrome --dump-dom "file://$work/script.html" > "$work/script.dom.html"

/usr/bin/python3 "$(dirname "$0")/check_page.py" "$example" "$work/release.json" "$work/release.html" \
  "$work/release.dom.html" "$work/shot.png" "$work/script.dom.html"
