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
work=$(mktemp -d)
port=$((20000 + $$ % 20000))
hub="$build/bin/city-hub --db sqlite:$work/hub.db"
ctl="$build/bin/kioskctl --data-dir $work/kiosk"
kiosk="$build/bin/civic-kiosk -platform offscreen --data-dir $work/kiosk"

$hub --public-url https://congxay.haiphong.gov.vn serve --listen 127.0.0.1:$port > "$work/hub.log" 2>&1 &
hubpid=$!
trap 'kill $hubpid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q "listening on" "$work/hub.log" && break; sleep 0.2; done
code=$($hub enrol-code --ward HONG-BANG)
$ctl enrol "http://127.0.0.1:$port" "$code" --name "Sảnh 1" > /dev/null
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
kill $hubpid; wait $hubpid 2>/dev/null || true
for size in 1080x1920 1920x1080; do
  for lang in vi en; do
    $kiosk --lang $lang --size $size --route "lookup?code=$receipt" --screenshot "$out/lookup-offline-$lang-$size.png"
  done
done
