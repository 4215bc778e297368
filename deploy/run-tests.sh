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
ctest --test-dir "$build" --output-on-failure --timeout 600 "$@"
