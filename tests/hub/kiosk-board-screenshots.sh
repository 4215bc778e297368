#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the kiosk's movement pages, for people to look at: a real city-hub on
# 127.0.0.1 filled by boardfill (every ward's pledges, handovers and waste reports, this month
# and last), a kiosk of one ward enrolled with it and synced; then the board and waste
# routes in Vietnamese and English, portrait and landscape.
#   tests/hub/kiosk-board-screenshots.sh BUILD_DIR OUT_DIR [WARD]
# WARD (default DO-SON, placed and most improved in the fill) is the kiosk's ward.
set -eu
build=${1:?build dir}
out=${2:?output dir}
ward=${3:-DO-SON}
mkdir -p "$out"
. "$(dirname "$0")/../tools/hub-and-kiosk.sh"
prepare_hub_and_kiosk
"$build/bin/boardfill" "sqlite:$work/hub.db" > "$work/fill.log" 2>&1
start_hub
enrol_kiosk "$ward" "Sảnh 2"
$ctl sync > /dev/null
stop_hub

for size in 1080x1920 1920x1080; do
  for lang in vi en; do
    for route in board waste; do
      $kiosk --lang $lang --size $size --route $route --screenshot "$out/$route-$lang-$size.png"
    done
  done
done
echo "screenshots in $out"
