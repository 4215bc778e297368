#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the back-office's sign-in and "my account" pages, desktop (1366×768) and
phone (390×844), Vietnamese and English, from a real hub in a real Chromium:

    /usr/bin/python3 tests/browser/screenshots.py [OUT_DIR]     (default: a temporary folder)

Names: staff-<page>-<lang>.png (desktop) and staff-<page>-<lang>-phone.png. The README's
copies live in assets/images/screenshots/. Not a test: it only takes the pictures."""

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from selenium.webdriver.common.by import By  # noqa: E402

import hubfixture as hf  # noqa: E402
from hubfixture import Hub, browser, set_language, sign_in  # noqa: E402

SIZES = {"": (1366, 768), "-phone": (390, 844)}


def main(out):
    os.makedirs(out, exist_ok=True)
    with Hub() as hub:
        hub.add_user("an.nguyen", roles="ward", ward="LE-CHAN", name="Nguyễn Thị Thanh An")
        for suffix, size in SIZES.items():
            d = browser(size=size)
            try:
                for lang in ("vi", "en"):
                    d.delete_all_cookies()
                    set_language(d, hub, lang, then="/staff/account")
                    d.save_screenshot(os.path.join(out, f"staff-login-{lang}{suffix}.png"))
                    sign_in(d, hub, "an.nguyen")
                    d.save_screenshot(os.path.join(out, f"staff-account-{lang}{suffix}.png"))
                    # Signed out again, so the next picture counts one open session too.
                    hf.submit(d, d.find_element(By.CSS_SELECTOR, "form.signout button"))
                    print("saved", lang, suffix or "-desktop")
            finally:
                d.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="staff-shots-")))
