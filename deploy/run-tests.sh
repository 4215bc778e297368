#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, lints the QML, and runs every test headless: unit, QML,
# end-to-end and the benchmarks (which print their figures and fail only if broken).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$here/setup.sh" packages-build.txt packages-test.txt
build="${CIVIC_BUILD_DIR:-$(dirname "$here")/build}"
export QT_QPA_PLATFORM=offscreen
echo "== qmllint"
cmake --build "$build" --target all_qmllint
echo "== ctest"
# In parallel: most tests wait (timers, idle timeouts, sockets, a hub), so more tests than
# cores run at once. The benchmarks are RUN_SERIAL and run alone (tests/bench/CMakeLists.txt).
# CIVIC_TEST_JOBS changes the number, e.g. 1 to run everything one by one.
jobs="${CIVIC_TEST_JOBS:-$(( $(nproc) + 1 ))}"
ctest --test-dir "$build" --output-on-failure --timeout 600 -j"$jobs" "$@"
