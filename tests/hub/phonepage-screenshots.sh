#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the residents' phone page at a phone's size (390×844 CSS px, as an iPhone
# 12–15), from the sample pages tst_phonepage writes. Usage:
#   tests/hub/phonepage-screenshots.sh BUILD_DIR [OUT_DIR]
# OUT_DIR defaults to assets/images/screenshots.
set -eu
build=${1:?build directory}
here=$(cd "$(dirname "$0")" && pwd)
out=${2:-$here/../../assets/images/screenshots}
pages=$(find "$build" -type d -path '*tests/hub/phonepage' | head -n 1)
[ -n "$pages" ] || { echo "run tst_phonepage first (no */tests/hub/phonepage in $build)" >&2; exit 1; }
pages=$(cd "$pages" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$out"
for name in phone-r-vi phone-r-en phone-r-404; do
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$profile" \
        --window-size=390,844 --screenshot="$out/$name.png" "file://$pages/$name.html" 2>/dev/null
    [ -s "$out/$name.png" ] || { echo "no screenshot of $pages/$name.html" >&2; exit 1; }
    echo "$out/$name.png"
done
