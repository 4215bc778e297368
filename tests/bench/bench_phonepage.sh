#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench_phonepage: the residents' page GET /r/<code> of the real city-hub on 127.0.0.1 under
# wrk (2 threads, 50 connections, 10 s), for a receipt code the hub holds (with a status
# history) and for an unknown code (the friendly 404 page). Prints requests/s and the latency
# percentiles wrk measures. Fails only when the page does not work (a hub that does not start,
# a record that does not arrive, answers with the wrong status); exit 77 (skipped) without wrk.
# Usage: bench_phonepage.sh CITY_HUB KIOSKCTL   (env: BENCH_PHONEPAGE_DURATION, default 10s)
set -u

hub=${1:?usage: bench_phonepage.sh CITY_HUB KIOSKCTL}
kioskctl=${2:?usage: bench_phonepage.sh CITY_HUB KIOSKCTL}
duration=${BENCH_PHONEPAGE_DURATION:-10s}

if ! command -v wrk >/dev/null; then
    echo "bench_phonepage: skipped, wrk is not installed (deploy/packages-test.txt)"
    exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/bench_phonepage.XXXXXX")
db="sqlite:$work/hub.sqlite"
hub_pid=""

cleanup() {
    if [[ -n "$hub_pid" ]] && kill -0 "$hub_pid" 2>/dev/null; then
        kill "$hub_pid" 2>/dev/null
        wait "$hub_pid" 2>/dev/null
    fi
    rm -rf -- "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
    echo "bench_phonepage: $*" >&2
    if [[ -s "$work/hub.err" ]]; then
        echo "--- city-hub stderr (last lines)" >&2
        tail -n 20 "$work/hub.err" >&2
    fi
    exit 1
}

# The hub logs every request; to a file, so a full pipe never holds it up.
"$hub" --db "$db" --public-url http://127.0.0.1 serve --listen 127.0.0.1:0 >"$work/hub.out" 2>"$work/hub.err" &
hub_pid=$!
port=""
for _ in $(seq 1 300); do
    port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$work/hub.out")
    [[ -n "$port" ]] && break
    kill -0 "$hub_pid" 2>/dev/null || fail "city-hub exited before it listened"
    sleep 0.1
done
[[ -n "$port" ]] || fail "city-hub did not say where it listens within 30 s"
base="http://127.0.0.1:$port"

# A kiosk enrols, stores some pledges and a waste report, delivers them; the city sets a status.
code=$("$hub" --db "$db" enrol-code --ward HONG-BANG 2>>"$work/hub.err") || fail "enrol-code failed"
"$kioskctl" --data-dir "$work/kiosk" enrol "$base" "$code" --name bench_phonepage >"$work/kiosk.log" 2>&1 \
    || fail "kioskctl enrol failed: $(cat "$work/kiosk.log")"
from=$(date -d tomorrow +%F)
to=$(date -d '+30 days' +%F)
consent='"consent": { "given": true, "textVersion": "paper-2025-01", "text": "Tôi đồng ý để Ủy ban nhân dân phường Hồng Bàng thu thập họ tên và số điện thoại để liên hệ về đăng ký này." }'
codes=()
for i in $(seq 1 10); do
    for json in \
        "{ \"kind\": \"pledge.materials\", \"projectCode\": \"HB-001\", \"items\": [ { \"item\": \"cement\", \"quantity\": $((10 + i)), \"unit\": \"bao\" }, { \"item\": \"sand\", \"quantity\": 2.5, \"unit\": \"m3\" } ], \"person\": { \"fullName\": \"Nguyễn Thị Hoa\", \"phone\": \"0912 345 6$((10 + i))\", \"residentialGroup\": \"Tổ dân phố số $i\" }, $consent }" \
        "{ \"kind\": \"pledge.labour\", \"projectCode\": \"HB-001\", \"days\": $i, \"availableFrom\": \"$from\", \"availableTo\": \"$to\", \"skills\": [\"masonry\", \"digging\"], \"person\": { \"fullName\": \"Trần Văn Đức\", \"phone\": \"0886 123 4$((10 + i))\", \"residentialGroup\": \"Thôn Đông\" }, $consent }" \
        "{ \"kind\": \"report.waste\", \"projectCode\": \"HB-001\", \"category\": \"materials_wasted\", \"place\": \"Bãi đất trống cạnh chợ, tổ $i\", \"description\": \"Cát và gạch đổ ở đây từ ba tháng trước, mưa trôi ra đường, không ai thu dọn ($i).\", \"anonymous\": true }"; do
        out=$(printf '%s' "$json" | "$kioskctl" --data-dir "$work/kiosk" records submit --json - 2>"$work/submit.err") \
            || fail "kioskctl records submit failed: $(cat "$work/submit.err")"
        codes+=("$(printf '%s\n' "$out" | tail -n 1)")
    done
done
"$kioskctl" --data-dir "$work/kiosk" sync >"$work/kiosk.log" 2>&1 || fail "kioskctl sync failed: $(cat "$work/kiosk.log")"
page_code=${codes[0]}
"$hub" --db "$db" set-status "$page_code" verified --note "Đã xác minh tại hiện trường" 2>>"$work/hub.err" \
    || fail "set-status $page_code failed"
"$hub" --db "$db" set-status "$page_code" scheduled --note "Thi công từ tháng 12" 2>>"$work/hub.err" \
    || fail "set-status $page_code failed"
unknown="HP-22222-2"

# The pages work before they are measured.
status=$(curl -s -o "$work/page.html" -w '%{http_code}' "$base/r/$page_code")
[[ "$status" == 200 ]] || fail "GET /r/$page_code answered $status, not 200"
grep -q "$page_code" "$work/page.html" || fail "the page of $page_code does not show its code"
grep -q "Thi công từ tháng 12" "$work/page.html" || fail "the page of $page_code does not show its status note"
status=$(curl -s -o /dev/null -w '%{http_code}' "$base/r/$unknown")
[[ "$status" == 404 ]] || fail "GET /r/$unknown answered $status, not 404"

echo "bench_phonepage: wrk -t2 -c50 -d$duration --latency on city-hub (SQLite, ${#codes[@]} records, page $(wc -c <"$work/page.html") bytes)"

# One wrk run; prints its figures. $2: the status every answer must have.
measure() {
    local label=$1 expect=$2 url=$3 out requests non2xx errors rps
    out=$(wrk -t2 -c50 -d"$duration" --latency "$url" 2>&1) || fail "wrk failed on $url: $out"
    requests=$(printf '%s\n' "$out" | sed -n 's/^ *\([0-9]*\) requests in .*/\1/p')
    non2xx=$(printf '%s\n' "$out" | sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p')
    errors=$(printf '%s\n' "$out" | sed -n 's/^ *Socket errors: *\(.*\)/\1/p')
    rps=$(printf '%s\n' "$out" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p')
    [[ -n "$requests" && "$requests" -gt 0 && -n "$rps" ]] || fail "wrk reported no requests on $url: $out"
    non2xx=${non2xx:-0}
    if [[ "$expect" == 200 && "$non2xx" != 0 ]]; then
        fail "$non2xx of $requests answers on $url were not 2xx"
    fi
    if [[ "$expect" == 404 && "$non2xx" != "$requests" ]]; then
        fail "only $non2xx of $requests answers on $url were not 2xx (expected every one 404)"
    fi
    printf '  %-22s %8.0f requests/s  (%s requests)' "$label" "$rps" "$requests"
    printf '%s\n' "$out" | awk '/Latency Distribution/ { on = 1; next }
        on && /^ +[0-9]+%/ { printf "  p%s %s", substr($1, 1, length($1) - 1), $2; if ($1 == "99%") on = 0 }
        END { printf "\n" }'
    printf '%s\n' "$out" | awk '/^ +Latency +[0-9]/ { printf "  %-22s latency mean %s, stdev %s, max %s\n", "", $2, $3, $4 }'
    [[ -n "$errors" ]] && printf '  %-22s socket errors: %s\n' "" "$errors"
    return 0
}

measure "/r/<code> (200)" 200 "$base/r/$page_code"
measure "/r/<unknown> (404)" 404 "$base/r/$unknown"
kill -0 "$hub_pid" 2>/dev/null || fail "city-hub is gone after the runs"
exit 0
