#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A private PostgreSQL 15 cluster for the test suite, so city-hub's PostgreSQL storage is
# tested against a real server without touching the machine's own cluster.
#
#   pgserver.sh start DIR   initdb (if needed) + start on 127.0.0.1:<free port>, create the
#                           empty database cityhub_test, write its URL to DIR/url:
#                           postgresql://cityhub@127.0.0.1:PORT/cityhub_test
#                           Already running: drop and recreate cityhub_test, same URL.
#   pgserver.sh stop DIR    stop the server (if running) and remove DIR.
#
# Listens on 127.0.0.1 only; its socket lives in DIR. Role `cityhub` (superuser) with trust
# auth from 127.0.0.1. initdb refuses to run as root, so as root the cluster belongs to the
# `postgres` system user (or `nobody` when there is none). Any failure exits non-zero with
# the server's log, so a CI fixture fails loudly instead of skipping.
set -euo pipefail

role=cityhub
database=cityhub_test
pgbin=${CIVIC_PG_BIN:-/usr/lib/postgresql/15/bin}

die() { echo "pgserver: $*" >&2; exit 1; }
usage() { die "usage: $0 start|stop DIR"; }

(($# == 2)) || usage
action=$1
dir=$2
[[ -n "$dir" && "$dir" != / ]] || usage
mkdir -p "$(dirname "$dir")"
dir=$(cd "$(dirname "$dir")" && pwd)/$(basename "$dir")

owner=""
if [[ $(id -u) -eq 0 ]]; then
    if getent passwd postgres >/dev/null; then owner=postgres; else owner=nobody; fi
fi

# Runs a command as the cluster's owner, from a directory it can read.
as_owner() {
    if [[ -n "$owner" ]]; then
        (cd / && runuser -u "$owner" -- "$@")
    else
        "$@"
    fi
}

# The data directory: DIR/data, or, when the owner cannot reach DIR (a build tree under a
# home directory it may not enter), /tmp/civic-pg.XXXXXX/data that DIR/data points to; the
# socket then lives in /tmp/civic-pg.XXXXXX too.
data_dir() {
    if [[ -L "$dir/data" ]]; then readlink "$dir/data"; else echo "$dir/data"; fi
}

# The postmaster's pid, when it is alive. A killed postmaster may stay a zombie when nothing
# reaps orphans (containers), which `pg_ctl status` counts as running: read /proc instead.
server_pid() {
    local data pid state
    data=$(data_dir)
    [[ -f "$data/postmaster.pid" ]] || return 1
    pid=$(head -n 1 "$data/postmaster.pid")
    [[ "$pid" =~ ^[0-9]+$ && -r /proc/$pid/stat ]] || return 1
    state=$(sed -E 's/^.*\) (.).*$/\1/' "/proc/$pid/stat")
    [[ "$state" != Z && "$state" != X ]] || return 1
    echo "$pid"
}

running() { server_pid >/dev/null; }

show_log() {
    local data
    data=$(data_dir)
    if [[ -f "$data/server.log" ]]; then
        echo "---- $data/server.log (last 30 lines)" >&2
        tail -n 30 "$data/server.log" >&2 || true
    fi
}

# Ports that something already listens on (IPv4 and IPv6), from /proc: no ss/netstat needed.
ports_in_use() {
    local _sl local_addr _rem state _rest
    cat /proc/net/tcp /proc/net/tcp6 2>/dev/null |
        while read -r _sl local_addr _rem state _rest; do
            [[ "$state" == 0A ]] && echo $((16#${local_addr##*:}))
        done | sort -u
}

free_port() {
    local used port
    used=$(ports_in_use)
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 30000))
        grep -qx "$port" <<<"$used" || { echo "$port"; return; }
    done
    die "no free port found"
}

psql_admin() {
    local port=$1; shift
    PGOPTIONS="-c client_min_messages=warning" as_owner "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$role" \
        -d postgres "$@"
}

recreate_database() {
    local port=$1
    psql_admin "$port" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" \
        -c "CREATE DATABASE $database OWNER $role" || { show_log; die "could not create $database"; }
}

stop_server() {
    local data
    data=$(data_dir)
    local pid
    pid=$(server_pid) || return 0
    # The data is thrown away next, so no shutdown checkpoint is needed.
    as_owner "$pgbin/pg_ctl" -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 && return
    if pid=$(server_pid); then
        kill -KILL "$pid" 2>/dev/null || true
        sleep 0.2
        ! running || { show_log; die "could not stop the server in $data (pid $pid)"; }
    fi
}

start() {
    [[ -x "$pgbin/initdb" && -x "$pgbin/pg_ctl" ]] ||
        die "PostgreSQL 15 not found in $pgbin (Debian package postgresql, deploy/packages-test.txt)"
    if running && [[ -s "$dir/url" ]]; then
        local port
        port=$(sed -E 's/.*:([0-9]+)\/.*/\1/' "$dir/url")
        if "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 5; then
            recreate_database "$port"
            cat "$dir/url"
            return
        fi
    fi

    # Whatever is left from an earlier run (a crash, a killed ctest) is thrown away.
    stop_server
    remove_dir
    mkdir -p "$dir"
    chmod 0755 "$dir"
    local data="$dir/data" sockdir="$dir"
    if [[ -n "$owner" ]]; then
        chown "$owner" "$dir"
        if ! runuser -u "$owner" -- test -w "$dir" 2>/dev/null; then
            sockdir=$(mktemp -d /tmp/civic-pg.XXXXXX)
            chown "$owner" "$sockdir"
            data="$sockdir/data"
            ln -s "$data" "$dir/data"
        fi
    fi

    as_owner "$pgbin/initdb" -D "$data" -U "$role" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=trust --no-sync --no-instructions >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; die "initdb failed"; }

    # A unix socket path is limited to 107 bytes; past that the cluster has TCP only.
    ((${#sockdir} + 20 < 107)) || sockdir=""

    local port attempt
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        cat >"$data/postgresql.auto.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$sockdir'
max_connections = 100
shared_buffers = '32MB'
log_min_messages = warning
logging_collector = off
EOF
        if as_owner "$pgbin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null 2>&1; then
            break
        fi
        # Another process may have taken the port between the check and the bind: try another.
        grep -q "could not bind\|could not create any TCP" "$data/server.log" 2>/dev/null &&
            ((attempt < 5)) && continue
        show_log
        die "the server in $data did not start"
    done

    recreate_database "$port"
    local url="postgresql://$role@127.0.0.1:$port/$database"
    echo "$url" >"$dir/url.tmp"
    mv "$dir/url.tmp" "$dir/url"
    echo "$url"
}

remove_dir() {
    local data
    [[ -e "$dir" || -L "$dir" ]] || return 0
    data=$(data_dir)
    [[ "$data" == /tmp/civic-pg.*/data ]] && rm -rf "$(dirname "$data")"
    rm -rf "$dir"
}

case "$action" in
    start) start ;;
    stop) stop_server; remove_dir ;;
    *) usage ;;
esac
