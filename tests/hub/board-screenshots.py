#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the movement board: /thi-dua at 390×844 (vi and en) and /staff/board at
1366×768, from a hub filled by boardfill (tests/hub/boardfill.cpp). Usage:

    /usr/bin/python3 tests/hub/board-screenshots.py BUILD-DIR OUT-DIR [BUNDLE-DIR]

BUNDLE-DIR, when given, is published first (a bundle whose wards carry populations)."""

import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "browser"))
build, out = sys.argv[1], sys.argv[2]
os.environ.setdefault("CITY_HUB", os.path.join(build, "bin", "city-hub"))
import hubfixture as hf  # noqa: E402

os.makedirs(out, exist_ok=True)
hub = hf.Hub()
if len(sys.argv) > 3:
    r = hub.cli("publish", sys.argv[3])
    if r.returncode != 0:
        sys.exit("publish failed: " + r.stderr)
fill = subprocess.run([os.path.join(build, "bin", "boardfill"), hub.db], capture_output=True, text=True)
print(fill.stdout.strip(), fill.stderr.strip()[-500:])
hub.start()
try:
    hub.add_user("city.a", roles="city", name="Cán bộ Thành phố")
    for lang in ("vi", "en"):
        d = hf.browser(size=(390, 844))
        d.get(hub.url("/thi-dua" + ("?lang=en" if lang == "en" else "")))
        d.save_screenshot(os.path.join(out, f"thi-dua-{lang}-390.png"))
        # The whole page, for judging every table.
        height = d.execute_script("return document.body.scrollHeight")
        d.set_window_size(390, min(height + 100, 16000))
        d.save_screenshot(os.path.join(out, f"thi-dua-{lang}-390-full.png"))
        d.quit()
    d = hf.browser(size=(1366, 768), lang="vi", hub=hub)
    hf.sign_in(d, hub, "city.a")
    d.get(hub.url("/staff/board"))
    d.save_screenshot(os.path.join(out, "staff-board-vi-1366.png"))
    d.execute_script("window.scrollTo(0, 700)")
    d.save_screenshot(os.path.join(out, "staff-board-vi-1366-scrolled.png"))
    d.quit()
    print(hub.cli("board").stdout[:3000])
finally:
    hub.stop()
