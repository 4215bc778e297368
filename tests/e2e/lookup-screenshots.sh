#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of a work's money and progress and of Tra cứu biên nhận, for people to look at:
# a real city-hub on 127.0.0.1, a kiosk enrolled with it, a pledge keyed in and synced, the
# city's reply set; then the same lookup with the hub stopped (offline).
#   tests/e2e/lookup-screenshots.sh BUILD_DIR OUT_DIR
set -eu
build=${1:?build dir}
out=${2:?output dir}
mkdir -p "$out"
. "$(dirname "$0")/../tools/hub-and-kiosk.sh"
prepare_hub_and_kiosk
start_hub
enrol_kiosk HONG-BANG "Sảnh 1"
cat > "$work/report.json" <<'JSON'
{"kind": "report.waste", "projectCode": "HB-001", "category": "materials_wasted",
 "place": "Bãi đất trống cạnh chợ Sắt", "description": "Cát và gạch đổ từ ba tháng trước, mưa trôi ra đường.",
 "anonymous": true}
JSON
receipt=$($ctl records submit --json "$work/report.json")
$ctl sync > /dev/null || true
$hub set-status "$receipt" verified --note "Cán bộ phường đã đến xem: đúng như phản ánh." > /dev/null
$hub set-status "$receipt" scheduled --note "Nhà thầu sẽ thu dọn trước ngày 15/12/2026." > /dev/null
echo "receipt $receipt"

for size in 1080x1920 1920x1080; do
  for lang in vi en; do
    $kiosk --lang $lang --size $size --route "lookup" --screenshot "$out/lookup-empty-$lang-$size.png"
    $kiosk --lang $lang --size $size --route "lookup?code=$(echo "$receipt" | tr -d - | cut -c1-6)" --screenshot "$out/lookup-typed-$lang-$size.png"
    $kiosk --lang $lang --size $size --route "lookup?code=$receipt" --screenshot "$out/lookup-result-$lang-$size.png"
    for w in LC-001 HA-002 HB-002 NQ-001 HB-001; do
      $kiosk --lang $lang --size $size --route "project/$w" --screenshot "$out/work-$w-$lang-$size.png"
    done
  done
done
stop_hub
for size in 1080x1920 1920x1080; do
  for lang in vi en; do
    $kiosk --lang $lang --size $size --route "lookup?code=$receipt" --screenshot "$out/lookup-offline-$lang-$size.png"
  done
done
