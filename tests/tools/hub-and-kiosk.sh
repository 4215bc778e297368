# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the screenshot scripts (tests/e2e/lookup-screenshots.sh,
# tests/hub/kiosk-board-screenshots.sh): a city-hub on 127.0.0.1 in a scratch folder and a kiosk
# enrolled with it. Needs $build; sets $work, $port, $hub, $ctl, $kiosk and $hubpid, and cleans up
# on exit. Before start_hub the hub's database ($work/hub.db) may be filled.
#   prepare_hub_and_kiosk; …fill…; start_hub; enrol_kiosk WARD NAME
prepare_hub_and_kiosk() {
    work=$(mktemp -d)
    port=$((20000 + $$ % 20000))
    hub="$build/bin/city-hub --db sqlite:$work/hub.db"
    ctl="$build/bin/kioskctl --data-dir $work/kiosk"
    kiosk="$build/bin/civic-kiosk -platform offscreen --data-dir $work/kiosk"
    hubpid=
    trap 'if [ -n "$hubpid" ]; then kill $hubpid 2>/dev/null || true; fi; rm -rf "$work"' EXIT
}
start_hub() {
    $hub --public-url https://congxay.haiphong.gov.vn serve --listen 127.0.0.1:$port > "$work/hub.log" 2>&1 &
    hubpid=$!
    for _ in $(seq 50); do grep -q "listening on" "$work/hub.log" && break; sleep 0.2; done
}
stop_hub() {
    kill $hubpid; wait $hubpid 2>/dev/null || true
    hubpid=
}
enrol_kiosk() {
    enrol_code=$($hub enrol-code --ward "$1")
    $ctl enrol "http://127.0.0.1:$port" "$enrol_code" --name "$2" > /dev/null
}
