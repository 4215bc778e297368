# SPDX-License-Identifier: GPL-3.0-or-later
"""The public movement board (/thi-dua) on a phone (390×844) in a real browser, over a hub filled
by boardfill (tests/hub/boardfill.cpp: every ward of the demo content with pledges handed over
this month and last, waste reports resolved, works finished): the month and its state, the
three kinds of ward, the leaders and the most improved, tiers in words, "Cách tính" with every
rule, nothing wider than the phone; in Vietnamese and in English. Screenshots of the top of the
page and of the rules (SQLite only, @screenshots_once: the page is the same template on either
database)."""

import datetime
import os
import subprocess
import unittest

from selenium.webdriver.common.by import By

from hubfixture import SOURCE_DIR, Hub, browser, screenshot, screenshots_once

BOARDFILL = os.environ.get("BOARDFILL") or os.path.join(SOURCE_DIR, "build", "bin", "boardfill")
PHONE = (390, 844)


def hai_phong_today():
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=7)).date()


@screenshots_once
class BoardPageTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.access(BOARDFILL, os.X_OK):
            raise RuntimeError(f"{BOARDFILL} is not built (cmake --build build --target boardfill)")
        cls.hub = Hub()
        fill = subprocess.run([BOARDFILL, cls.hub.db], capture_output=True, text=True, timeout=240)
        if fill.returncode != 0:
            raise RuntimeError(f"boardfill failed: {fill.stdout}\n{fill.stderr[-2000:]}")
        cls.hub.start()
        cls.driver = browser(size=PHONE)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.hub.stop()

    def texts(self, css):
        return [e.text.strip() for e in self.driver.find_elements(By.CSS_SELECTOR, css)]

    def check_page(self, lang, heading, month, state, kinds, leader, improved, how, first_rule):
        d = self.driver
        d.get(self.hub.url("/thi-dua" + ("?lang=en" if lang == "en" else "")))
        self.assertEqual(d.find_element(By.TAG_NAME, "h1").text, heading)
        self.assertEqual(d.find_element(By.CSS_SELECTOR, ".board-month strong").text, month)
        self.assertEqual(d.find_element(By.CSS_SELECTOR, ".board-month .badge").text, state)
        self.assertEqual(self.texts("h2.board-kind"), kinds)
        # Every kind has its leaders; the most improved need a month before, which boardfill gives.
        leads = self.texts(".board-lead")
        self.assertGreaterEqual(len([t for t in leads if t.startswith(f"▲ {leader}: ")]), 3, leads)
        self.assertGreaterEqual(len([t for t in leads if t.startswith(f"↗ {improved}: ")]), 1, leads)
        # Tiers are words with an icon, never a colour alone.
        tiers = self.texts(".tier-excellent")
        self.assertTrue(tiers and all(t.startswith("★★★ ") for t in tiers), tiers)
        rules = self.texts("#cach-tinh ol.board-rules li")
        self.assertEqual(len(rules), 9)
        self.assertTrue(rules[0].startswith(first_rule), rules[0])
        # Nothing wider than the phone.
        width = d.execute_script("return document.documentElement.scrollWidth")
        self.assertLessEqual(width, PHONE[0])
        screenshot(d, f"thi-dua-{lang}-390x844")
        # The reader taps "Cách tính" and lands on the rules.
        d.find_element(By.CSS_SELECTOR, "a[href='#cach-tinh']").click()
        self.assertEqual(d.find_element(By.CSS_SELECTOR, "#cach-tinh h2").text, how)
        top = d.execute_script("return document.getElementById('cach-tinh').getBoundingClientRect().top")
        self.assertLess(abs(top), 5)
        screenshot(d, f"thi-dua-{lang}-390x844-rules")

    def test_vietnamese(self):
        today = hai_phong_today()
        self.check_page("vi", "Bảng thi đua", f"Tháng {today.month}/{today.year}", "Tạm tính",
                        ["Phường", "Xã", "Đặc khu"], "Dẫn đầu", "Tiến bộ nhất", "Cách tính",
                        "Chỉ tính phần đã thực sự bàn giao")

    def test_english(self):
        today = hai_phong_today()
        self.check_page("en", "Movement board", today.strftime("%B %Y"), "Provisional",
                        ["Urban wards (phường)", "Communes (xã)", "Special zones (đặc khu)"], "Leading",
                        "Most improved", "How it is computed", "Only what was really handed over counts")


if __name__ == "__main__":
    unittest.main()
