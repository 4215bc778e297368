# SPDX-License-Identifier: GPL-3.0-or-later
"""The sign-in delay: failures make the next attempt wait (429 + Retry-After, in the page's
language), never a lock: the right password from another address still works. Behind nginx
the address is X-Real-IP, believed only from the proxy named by --trusted-proxy."""

import time
import unittest

from selenium.webdriver.common.by import By

import hubfixture as hf
from hubfixture import Hub, browser, session_cookie

WRONG = "not the password at all"


class LoginDelayTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # The browser and the test talk to the hub from 127.0.0.1: it stands for nginx here.
        cls.hub = Hub(trusted_proxy="127.0.0.1").start()
        cls.hub.add_user("thu", roles="ward", ward="LE-CHAN", name="Phạm Thu")
        cls.hub.add_user("quang", roles="city")

    @classmethod
    def tearDownClass(cls):
        cls.hub.stop()

    def test_failures_make_the_next_try_wait_in_the_pages_language(self):
        d = browser()
        try:
            d.get(self.hub.url("/staff/login"))
            # The account with this address has three free tries, then waits 1 s, 2 s, 4 s …
            for attempt in range(4):
                hf.fill_login(d, "thu", WRONG)
                self.assertEqual(d.find_element(By.CSS_SELECTOR, "[role=alert]").text,
                                 "Tên tài khoản hoặc mật khẩu không đúng.", f"attempt {attempt + 1}")
            time.sleep(1.2)
            hf.fill_login(d, "thu", WRONG)      # the fifth failure: the next waits 2 s
            # Even the right password is not checked while the wait runs.
            hf.fill_login(d, "thu", hf.PASSWORD)
            alert = d.find_element(By.CSS_SELECTOR, "[role=alert]").text
            self.assertRegex(alert, r"^Đã nhập sai nhiều lần\. Hãy thử lại sau [12] giây\.$")
            self.assertIsNone(session_cookie(d))
            # The same refusal over plain HTTP: 429 with Retry-After, in English when asked.
            r = self.hub.sign_in_http("thu", hf.PASSWORD, lang="en")
            self.assertEqual(r.status, 429)
            retry = int(r.headers["Retry-After"])
            self.assertIn(retry, (1, 2))
            self.assertIn(f"Too many wrong tries. Try again in {retry} seconds.", r.text)
            self.assertNotIn("staff_session", r.cookies())
            # A garbled X-Real-IP counts as the proxy's own address: still waiting.
            r = self.hub.sign_in_http("thu", headers={"X-Real-IP": "not-an-address"})
            self.assertEqual(r.status, 429)
            hf.screenshot(d, "login-wait-vi")

            # No lock: the officer at another desk (another address) signs in at once.
            r = self.hub.sign_in_http("thu", headers={"X-Real-IP": "198.51.100.23"})
            self.assertEqual(r.status, 303, r.text[:300])
            self.assertIn("staff_session", r.cookies())

            # And once the wait has passed, the browser signs in too.
            time.sleep(retry + 1.2)
            d.get(self.hub.url("/staff/account"))
            hf.fill_login(d, "thu", hf.PASSWORD)
            self.assertTrue(d.current_url.endswith("/staff/account"), d.current_url)
            self.assertIsNotNone(session_cookie(d))
        finally:
            d.quit()

    def test_x_real_ip_is_ignored_from_anyone_but_the_proxy(self):
        hub = Hub().start()     # no --trusted-proxy
        try:
            hub.add_user("vy", roles="city")
            # Five failures, each claiming another address: all count for 127.0.0.1.
            for i in range(5):
                if i == 4:
                    time.sleep(1.2)     # the fourth failure's wait
                r = hub.sign_in_http("vy", WRONG, headers={"X-Real-IP": f"203.0.113.{i + 1}"})
                self.assertEqual(r.status, 401)
            r = hub.sign_in_http("vy", headers={"X-Real-IP": "203.0.113.99"})
            self.assertEqual(r.status, 429, "X-Real-IP from an untrusted peer must not pick the address")
            self.assertIn("Đã nhập sai nhiều lần.", r.text)
        finally:
            hub.stop()


if __name__ == "__main__":
    unittest.main()
