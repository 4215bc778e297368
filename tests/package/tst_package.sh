#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with cpack from a build folder and checks what a ward's IT would
# install: the three programs (and no test build), the systemd units (systemd-analyze verify),
# the default settings as conffiles, the maintainer scripts, Depends with every run-time QML
# module and plugin beside what dpkg-shlibdeps found, and that dpkg unpacks it into an empty
# root. Usage: tst_package.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$1 src=$2 version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

echo "== cpack"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1; }
deb="$work/out/civic-kiosk_${version}_amd64.deb"
[[ -f "$deb" ]] || { ls -l "$work/out" >&2; echo "FAIL: no $(basename "$deb")" >&2; exit 1; }
pass "$(basename "$deb") ($(du -h "$deb" | cut -f1))"

dpkg-deb -I "$deb" >"$work/info"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
dpkg-deb -e "$deb" "$work/control"
dpkg-deb -x "$deb" "$work/root"

echo "== control"
field() { sed -n "s/^ $1: //p" "$work/info"; }
[[ "$(field Package)" == civic-kiosk ]] || fail "Package: $(field Package)"
[[ "$(field Version)" == "$version" ]] || fail "Version: $(field Version)"
[[ "$(field Architecture)" == amd64 ]] || fail "Architecture: $(field Architecture)"
depends=$(field Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//')
# Every run-time package of the build list (QML modules, plugins, drivers, fonts) …
runtime=$(grep -E '^(qml6-module-|qt6-virtualkeyboard-plugin$|qt6-qpa-plugins$|libqt6sql6-|libqt6svg6$|fonts-)' \
          "$src/deploy/packages-build.txt")
# … the session, and what dpkg-shlibdeps must have found in the binaries.
for pkg in $runtime qt6-wayland cage xwayland libpam-systemd adduser \
           libqt6core6 libqt6gui6 libqt6qml6 libqt6quick6 libqt6sql6 libqt6network6 libqt6httpserver6 \
           libqt6multimedia6 libqrencode4 libc6 libstdc++6; do
    grep -qx "$pkg" <<<"$depends" || fail "Depends lacks $pkg"
done
# Every QML module qml/ imports must come from a listed package.
while read -r module; do
    pkgname="qml6-module-$(tr 'A-Z' 'a-z' <<<"$module" | sed 's/\.\(basic\|settings\)$//; s/\./-/g')"
    grep -qx "$pkgname" <<<"$depends" || fail "qml imports $module but Depends lacks $pkgname"
done < <(grep -rhoE '^import (Qt[A-Za-z.]*)' "$src/qml" | awk '{print $2}' | sort -u)
pass "Depends: $(wc -l <<<"$depends") packages"

echo "== files"
for f in /usr/bin/civic-kiosk /usr/bin/kioskctl /usr/bin/city-hub \
         /lib/systemd/system/civic-kiosk.service /lib/systemd/system/civic-kiosk-eglfs.service \
         /lib/systemd/system/city-hub.service /etc/default/civic-kiosk /etc/default/city-hub \
         /etc/pam.d/civic-kiosk /usr/share/doc/civic-kiosk/README.md /usr/share/doc/civic-kiosk/POSTGRESQL.md; do
    grep -qx "$f" "$work/files" || fail "missing $f"
done
grep -q debughooks "$work/files" && fail "a test build is in the package: $(grep debughooks "$work/files")"
grep -qa CIVIC_KIOSK_DEBUG_FREEZE "$work/root/usr/bin/civic-kiosk" && fail "civic-kiosk contains the freeze hook"
grep -qa WATCHDOG_USEC "$work/root/usr/bin/civic-kiosk" || fail "civic-kiosk has no watchdog"
perm=$(dpkg-deb -c "$deb" | awk '$6 == "./etc/default/city-hub" {print $1}')
[[ "$perm" == "-rw-------" ]] || fail "/etc/default/city-hub is $perm, not readable by root only"
for f in /usr/bin/civic-kiosk /usr/bin/kioskctl /usr/bin/city-hub; do
    file=$(readelf -S "$work/root$f" 2>/dev/null | grep -c '\.debug_' || true)
    [[ "$file" == 0 ]] || fail "$f is not stripped"
done
pass "$(wc -l <"$work/files") entries"

echo "== maintainer scripts"
for s in postinst prerm postrm; do
    [[ -x "$work/control/$s" ]] || { fail "no executable $s"; continue; }
    sh -n "$work/control/$s" || fail "$s: syntax"
done
sort "$work/control/conffiles" >"$work/conffiles"
printf '%s\n' /etc/default/city-hub /etc/default/civic-kiosk /etc/pam.d/civic-kiosk | diff - "$work/conffiles" ||
    fail "conffiles"
grep -q 'adduser --system' "$work/control/postinst" || fail "postinst makes no system user"
for u in civic-kiosk city-hub; do grep -q "add_user $u /var/lib/$u" "$work/control/postinst" || fail "postinst: $u"; done
grep -q 'install -d -m 0700' "$work/control/postinst" || fail "postinst: data folders 0700"
grep -Eq 'rm -r|rm -f.*/var/lib' "$work/control/postinst" "$work/control/postrm" && fail "a maintainer script deletes data"
pass "postinst prerm postrm conffiles"

echo "== units"
unit() { grep -E "^$2=" "$work/root/lib/systemd/system/$1" | tail -1 | cut -d= -f2-; }
k=civic-kiosk.service
[[ "$(unit $k Type)" == notify && "$(unit $k NotifyAccess)" == all && "$(unit $k WatchdogSec)" == 15 &&
   "$(unit $k Restart)" == always && "$(unit $k RestartSec)" == 2 && "$(unit $k User)" == civic-kiosk ]] ||
    fail "$k: Type/NotifyAccess/WatchdogSec/Restart/RestartSec/User"
[[ "$(unit $k ExecStart)" == "/usr/bin/cage \$CAGE_OPTIONS -- /usr/bin/civic-kiosk \$CIVIC_KIOSK_OPTIONS" ]] ||
    fail "$k: ExecStart $(unit $k ExecStart)"
grep -qE '^CAGE_OPTIONS=.*-[a-z]*s' "$work/root/etc/default/civic-kiosk" && fail "cage would allow VT switching"
grep -qx 'Environment=CIVIC_KIOSK_DATA_DIR=/var/lib/civic-kiosk' "$work/root/lib/systemd/system/$k" || fail "$k: data dir"
h=city-hub.service
[[ "$(unit $h ExecStart)" == '/usr/bin/city-hub --db ${CITY_HUB_DB} $CITY_HUB_OPTIONS serve --listen ${CITY_HUB_LISTEN}' ]] ||
    fail "$h: ExecStart"
grep -qx 'CITY_HUB_DB=sqlite:/var/lib/city-hub/hub.sqlite' "$work/root/etc/default/city-hub" || fail "city-hub default db"
grep -qx 'CITY_HUB_LISTEN=127.0.0.1:8080' "$work/root/etc/default/city-hub" || fail "city-hub default address"
for key in NoNewPrivileges=yes ProtectSystem=strict PrivateTmp=yes ProtectHome=yes StateDirectory=city-hub \
           CapabilityBoundingSet= User=city-hub; do
    grep -qx "$key" "$work/root/lib/systemd/system/$h" || fail "$h: no $key"
done
for key in NoNewPrivileges=yes ProtectSystem=strict PrivateTmp=yes CapabilityBoundingSet= LimitCORE=0; do
    grep -qx "$key" "$work/root/lib/systemd/system/$k" || fail "$k: no $key"
done
if command -v systemd-analyze >/dev/null; then
    # verify checks that every ExecStart= program exists: point them into the unpacked package
    # (cage is not installed here: a stand-in).
    mkdir -p "$work/verify" "$work/stub"
    printf '#!/bin/sh\n' >"$work/stub/cage" && chmod +x "$work/stub/cage"
    for f in "$work"/root/lib/systemd/system/*.service; do
        sed -e "s|/usr/bin/cage|$work/stub/cage|" -e "s|/usr/bin/|$work/root/usr/bin/|" "$f" >"$work/verify/$(basename "$f")"
    done
    if ! out=$(systemd-analyze verify "$work"/verify/*.service 2>&1) || [[ -n "$out" ]]; then
        fail "systemd-analyze verify:"; echo "$out" >&2
    else
        pass "systemd-analyze verify: $(ls "$work/verify" | tr '\n' ' ')"
    fi
    systemd-analyze security --offline=true "$work/verify/city-hub.service" 2>/dev/null | tail -1 || true
else
    fail "systemd-analyze is missing (package systemd, deploy/packages-test.txt)"
fi

echo "== dpkg unpacks it"
if [[ $(id -u) -eq 0 ]]; then
    # An empty root with an empty dpkg database: dpkg checks the archive, the conffiles and
    # the file list and puts every file in place. --unpack runs no maintainer script (that
    # would need a whole system in the root); the scripts are checked above.
    r="$work/dpkgroot"
    mkdir -p "$r/var/lib/dpkg/info" "$r/var/lib/dpkg/updates" "$r/etc" "$r/usr/bin" "$r/lib"
    touch "$r/var/lib/dpkg/status" "$r/var/lib/dpkg/available"
    if dpkg --root="$r" --force-depends --unpack "$deb" >"$work/dpkg.log" 2>&1 &&
       dpkg-query --root="$r" -W -f='${Status}\n' civic-kiosk | grep -q 'unpacked' &&
       [[ -x "$r/usr/bin/civic-kiosk" && -f "$r/lib/systemd/system/civic-kiosk.service" ]]; then
        pass "dpkg --unpack into an empty root"
    else
        cat "$work/dpkg.log" >&2; fail "dpkg --unpack"
    fi
else
    echo "skip: dpkg --root needs root"
fi

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
