#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every kiosk route reachable from the command line to PNGs, in Vietnamese portrait
# (default size) and English landscape, so a change to the QML can be compared pixel by pixel
# before and after (tests/tools/compare-shots.py).
# Usage: screenshot-routes.sh BUILD_DIR OUT_DIR [DATA_DIR]
# DATA_DIR is filled once (demo content and one record per kind, for the receipt route) and
# reused, so two runs over the same DATA_DIR show the same receipts and times.
set -eu
build=${1:?build dir}; out=${2:?output dir}; data=${3:-$out/data}
kiosk="$build/bin/civic-kiosk"; ctl="$build/bin/kioskctl"
mkdir -p "$out" "$data"
export QT_QPA_PLATFORM=offscreen
if [ ! -f "$data/receipt-code" ]; then
    cat > "$data/land.json" <<'JSON'
{ "kind": "pledge.land", "projectCode": "HB-001", "areaM2": 25.5, "plotNo": "112", "mapSheetNo": "7",
  "address": "Số 12 ngõ 34 đường Hạ Lý, phường Hồng Bàng",
  "person": { "fullName": "Nguyễn Thị Hoa", "phone": "0912 345 678", "residentialGroup": "Tổ dân phố số 5" },
  "consent": { "given": true, "textVersion": "paper-2025-01", "text": "Tôi đồng ý." } }
JSON
    "$ctl" --data-dir "$data" records submit --json "$data/land.json" > "$data/receipt-code"
fi
receipt=$(cat "$data/receipt-code")
routes="home projects projects?q=duong projects?status=in_progress project/HB-001 pledge pledge/land
pledge/labour pledge/materials pledge?project=HB-001 report report?project=HB-001 receipt/$receipt admin"
fail=0
for route in $routes; do
    name=$(printf '%s' "$route" | tr '/?=&' '____')
    "$kiosk" -platform offscreen --data-dir "$data" --route "$route" --screenshot "$out/$name-vi.png" 2>>"$out/log.txt" || { echo "failed: $route vi" >&2; fail=1; }
    "$kiosk" -platform offscreen --data-dir "$data" --route "$route" --size 1920x1080 --lang en --screenshot "$out/$name-en-landscape.png" 2>>"$out/log.txt" || { echo "failed: $route en" >&2; fail=1; }
done
exit $fail
