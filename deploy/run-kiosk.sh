#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, starts a local city-hub (SQLite, 127.0.0.1 only), enrols
# the kiosk to it once, and starts the kiosk in a window. The whole loop works out of the box:
# pledge → receipt QR → the hub's /r/<code> page, at http://127.0.0.1:8080 by default.
#
#   ./deploy/run-kiosk.sh [--no-hub] [civic-kiosk options, e.g. --lang en --size 1920x1080]
#
# Environment: CIVIC_HUB_PORT (8080), CIVIC_PUBLIC_URL (what receipt QR codes point to;
# default http://127.0.0.1:PORT — give the machine's LAN address for phones to reach it),
# CIVIC_WARD (HONG-BANG), CITY_HUB_DATA_DIR and CIVIC_KIOSK_DATA_DIR (the two data folders).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$here/setup.sh" packages-build.txt
build="${CIVIC_BUILD_DIR:-$(dirname "$here")/build}"
bin="$build/bin"

if [[ "${1:-}" == "--no-hub" ]]; then
    shift
    exec "$bin/civic-kiosk" --windowed "$@"
fi

port="${CIVIC_HUB_PORT:-8080}"
public_url="${CIVIC_PUBLIC_URL:-http://127.0.0.1:$port}"
ward="${CIVIC_WARD:-HONG-BANG}"
hub_data="${CITY_HUB_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/city-hub}"
mkdir -p "$hub_data"
hub=("$bin/city-hub" --db "sqlite:$hub_data/hub.sqlite" --public-url "$public_url")

log="$hub_data/city-hub.log"
"${hub[@]}" serve --listen "127.0.0.1:$port" >"$log" 2>&1 &
hub_pid=$!
trap 'kill "$hub_pid" 2>/dev/null; wait "$hub_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    grep -q "^listening on" "$log" && break
    kill -0 "$hub_pid" 2>/dev/null || { echo "city-hub did not start:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.1
done
grep -q "^listening on" "$log" || { echo "city-hub did not start in 10 s:" >&2; cat "$log" >&2; exit 1; }
echo "city-hub: $(grep -m1 '^listening on' "$log"); residents' pages at $public_url/r/<code>; log in $log"

if ! "$bin/kioskctl" status | grep -q $'^enrolled\tyes'; then
    code=$("${hub[@]}" enrol-code --ward "$ward")
    "$bin/kioskctl" enrol "http://127.0.0.1:$port" "$code" --name "local demo kiosk"
fi

"$bin/civic-kiosk" --windowed "$@"
