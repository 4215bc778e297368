#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the kiosk in a window on the demo content.
# Extra arguments go to civic-kiosk (for example --lang en or --size 1920x1080).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$here/setup.sh" packages-build.txt
build="${CIVIC_BUILD_DIR:-$(dirname "$here")/build}"
exec "$build/bin/civic-kiosk" --windowed "$@"
