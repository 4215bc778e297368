# SPDX-License-Identifier: GPL-3.0-or-later
"""Sessions end after --staff-idle seconds without a request and --staff-lifetime seconds
after sign-in, however busy: the next page goes to the sign-in form, which says why."""

import time
import unittest

from selenium.webdriver.common.by import By

from hubfixture import Hub, browser, sign_in, session_cookie

IDLE = 3
LIFETIME = 8


class SessionExpiryTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hub = Hub(idle=IDLE, lifetime=LIFETIME).start()
        cls.hub.add_user("an", roles="city", name="Lê An")
        cls.driver = browser()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.hub.stop()

    def sign_in_fresh(self):
        d = self.driver
        d.get(self.hub.url("/staff/login"))
        d.delete_all_cookies()
        d.get(self.hub.url("/staff/account"))
        sign_in(d, self.hub, "an")
        self.assertTrue(d.current_url.endswith("/staff/account"))
        return time.monotonic(), session_cookie(d)["value"]

    def assert_ended(self, token):
        d = self.driver
        d.get(self.hub.url("/staff/account"))
        self.assertIn("/staff/login", d.current_url)
        self.assertIn("ended=1", d.current_url)
        self.assertEqual(d.find_element(By.CSS_SELECTOR, "[role=alert]").text,
                         "Phiên làm việc đã kết thúc. Hãy đăng nhập lại.")
        # It comes back to the page it was on after signing in again.
        self.assertIn("next=%2Fstaff%2Faccount", d.current_url)
        self.assertEqual(self.hub.get("/staff/account", cookies={"staff_session": token}).status, 303)

    def test_idle_session_ends(self):
        started, token = self.sign_in_fresh()
        time.sleep(IDLE + 1.5)
        self.assert_ended(token)

    def test_busy_session_ends_at_its_lifetime(self):
        started, token = self.sign_in_fresh()
        # A request every half second keeps it from going idle (even when a page takes a while
        # on a busy machine), but not past its lifetime.
        ended_after = None
        while time.monotonic() - started < LIFETIME + 4:
            time.sleep(0.5)
            self.driver.get(self.hub.url("/staff/account"))
            if not self.driver.current_url.endswith("/staff/account"):
                ended_after = time.monotonic() - started
                break
        self.assertIsNotNone(ended_after, "the session outlived --staff-lifetime")
        self.assertGreaterEqual(ended_after, LIFETIME - 1, "ended long before its lifetime")
        self.assert_ended(token)


if __name__ == "__main__":
    unittest.main()
