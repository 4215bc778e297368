# SPDX-License-Identifier: GPL-3.0-or-later
"""Signing in and out of the back-office in a real Chromium: the form, the session cookie,
CSRF on the sign-in and sign-out forms, sign-out (here and everywhere), the shell's account
commands ending sessions, and the headers of every staff page."""

import re
import unittest

from selenium.webdriver.common.by import By

import hubfixture as hf
from hubfixture import Hub, browser, sign_in, session_cookie, set_language, PASSWORD

WRONG = "not the password at all"


def csrf_of(html):
    m = re.search(r'name="csrf" value="([0-9a-f]+)"', html)
    return m.group(1) if m else None


class SignInTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hub = Hub().start()
        cls.hub.add_user("anna", roles="city", name="Nguyễn Thị An")
        cls.hub.add_user("binh", roles="ward", ward="LE-CHAN", name="Trần Văn Bình")
        for login in ("dung", "giang", "hoa", "khanh", "lan", "minh"):
            cls.hub.add_user(login, roles="ward", ward="HONG-BANG")
        cls.driver = browser()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.hub.stop()

    def setUp(self):
        # Each test starts signed out and in Vietnamese (cookies first: the sign-in form pairs
        # with the cookie its page sets).
        self.driver.delete_all_cookies()
        self.driver.get(self.hub.url("/staff/login"))

    def account_page_signed_in(self, driver):
        driver.get(self.hub.url("/staff/account"))
        return driver.current_url.endswith("/staff/account")

    # ---- signing in ---------------------------------------------------------------------
    def test_sign_in_through_the_form_keeps_a_strict_secure_http_only_cookie(self):
        d = self.driver
        d.get(self.hub.url("/staff/account"))
        # No session: the sign-in page, which brings the officer back afterwards.
        self.assertIn("/staff/login?next=", d.current_url)
        self.assertEqual(d.find_element(By.TAG_NAME, "h1").text, "Đăng nhập")
        self.assertIsNone(session_cookie(d))
        landed = sign_in(d, self.hub, "anna")
        self.assertEqual(landed, "/staff/account")
        self.assertIn("Nguyễn Thị An", d.find_element(By.CSS_SELECTOR, "dl.facts").text)
        self.assertIn("Cán bộ thành phố", d.find_element(By.CSS_SELECTOR, "dl.facts").text)

        # Chromium keeps the Secure cookie on http://127.0.0.1 (a trustworthy origin) ...
        c = session_cookie(d)
        self.assertIsNotNone(c, "Chromium dropped the Secure session cookie on http://127.0.0.1")
        self.assertTrue(c["httpOnly"])
        self.assertTrue(c["secure"])
        self.assertEqual(c["sameSite"], "Strict")
        self.assertEqual(c["path"], "/staff")
        self.assertNotIn("expiry", c, "the session cookie must end with the browser")
        self.assertRegex(c["value"], r"^[0-9a-f]{64}$")
        # ... and a page's script could not read it (read only; the pages have no script).
        self.assertNotIn("staff_session", d.execute_script("return document.cookie"))
        self.assertEqual(d.find_elements(By.TAG_NAME, "script"), [])

    def test_a_new_token_at_every_sign_in(self):
        d = self.driver
        sign_in(d, self.hub, "anna")
        first = session_cookie(d)["value"]
        d.get(self.hub.url("/staff/login"))
        sign_in(d, self.hub, "anna")
        second = session_cookie(d)["value"]
        self.assertNotEqual(first, second)
        # The session the browser held before ended with the new sign-in.
        r = self.hub.get("/staff/account", cookies={"staff_session": first})
        self.assertEqual(r.status, 303)
        self.assertTrue(r.headers["Location"].startswith("/staff/login"))

    def test_wrong_password_shows_a_message_and_opens_no_session(self):
        d = self.driver
        d.get(self.hub.url("/staff/login"))
        hf.fill_login(d, "binh", WRONG)
        self.assertIn("/staff/login", d.current_url)
        self.assertEqual(d.find_element(By.CSS_SELECTOR, "[role=alert]").text,
                         "Tên tài khoản hoặc mật khẩu không đúng.")
        self.assertIsNone(session_cookie(d))
        # The name typed stays; the password does not.
        self.assertEqual(d.find_element(By.ID, "login").get_attribute("value"), "binh")
        self.assertEqual(d.find_element(By.ID, "password").get_attribute("value"), "")
        # In English after switching language.
        set_language(d, self.hub, "en")
        hf.fill_login(d, "binh", WRONG)
        self.assertEqual(d.find_element(By.CSS_SELECTOR, "[role=alert]").text,
                         "The account name or the password is wrong.")
        self.assertEqual(d.find_element(By.TAG_NAME, "html").get_attribute("lang"), "en")
        self.assertIsNone(session_cookie(d))
        # The status is 401, the same for an account that does not exist.
        self.assertEqual(self.hub.sign_in_http("binh", WRONG).status, 401)
        self.assertEqual(self.hub.sign_in_http("nobody-here", WRONG).status, 401)
        # And binh can still sign in: three failures cost no wait.
        self.assertEqual(sign_in(d, self.hub, "binh"), "/staff/inbox")
        self.assertIsNotNone(session_cookie(d))

    # ---- CSRF -----------------------------------------------------------------------------
    def test_the_sign_in_form_without_its_csrf_token_is_refused(self):
        pre, csrf = self.hub.login_form()
        self.assertTrue(pre and csrf)
        cases = {
            "no csrf field": ({"login": "anna", "password": PASSWORD}, {"staff_pre": pre}),
            "no pre-session cookie": ({"csrf": csrf, "login": "anna", "password": PASSWORD}, {}),
            "another token": ({"csrf": "0" * 32, "login": "anna", "password": PASSWORD}, {"staff_pre": pre}),
        }
        for name, (form, cookies) in cases.items():
            with self.subTest(name):
                r = self.hub.post("/staff/login", form=form, cookies=cookies)
                self.assertEqual(r.status, 403)
                self.assertNotIn("staff_session", r.cookies())
                self.assertIn("Trang đăng nhập đã cũ. Hãy nhập lại.", r.text)
        # The pair itself works.
        r = self.hub.post("/staff/login", form={"csrf": csrf, "login": "anna", "password": PASSWORD},
                          cookies={"staff_pre": pre})
        self.assertEqual(r.status, 303)
        self.assertIn("staff_session", r.cookies())

    def test_the_sign_out_form_without_its_csrf_token_is_refused(self):
        token = self.hub.sign_in_http("dung").cookies()["staff_session"]
        cookies = {"staff_session": token}
        page = self.hub.get("/staff/account", cookies=cookies)
        self.assertEqual(page.status, 200)
        csrf = csrf_of(page.text)
        self.assertTrue(csrf)
        for name, form in {"no csrf": {}, "wrong csrf": {"csrf": "f" * len(csrf)}}.items():
            with self.subTest(name):
                r = self.hub.post("/staff/logout", form=form, cookies=cookies)
                self.assertEqual(r.status, 403)
                self.assertIn("Biểu mẫu này đã cũ", r.text)
                self.assertEqual(self.hub.get("/staff/account", cookies=cookies).status, 200,
                                 "a refused sign-out must leave the session open")
        # Sign out everywhere is a form too.
        r = self.hub.post("/staff/logout-everywhere", form={}, cookies=cookies)
        self.assertEqual(r.status, 403)
        self.assertEqual(self.hub.get("/staff/account", cookies=cookies).status, 200)
        # A GET cannot sign out.
        self.assertEqual(self.hub.get("/staff/logout", cookies=cookies).status, 405)
        self.assertEqual(self.hub.post("/staff/logout", form={"csrf": csrf}, cookies=cookies).status, 303)
        self.assertEqual(self.hub.get("/staff/account", cookies=cookies).status, 303)

    # ---- signing out ----------------------------------------------------------------------
    def test_sign_out_ends_the_session(self):
        d = self.driver
        d.get(self.hub.url("/staff/account"))
        sign_in(d, self.hub, "giang")
        token = session_cookie(d)["value"]
        hf.submit(d, d.find_element(By.CSS_SELECTOR, "form.signout button"))
        self.assertIn("/staff/login?out=1", d.current_url)
        self.assertEqual(d.find_element(By.CSS_SELECTOR, "[role=status]").text, "Đã đăng xuất.")
        self.assertIsNone(session_cookie(d))
        # The old cookie, replayed, opens nothing: a page redirects, a form is refused.
        r = self.hub.get("/staff/account", cookies={"staff_session": token})
        self.assertEqual(r.status, 303)
        self.assertTrue(r.headers["Location"].startswith("/staff/login"))
        r = self.hub.post("/staff/logout-everywhere", form={"csrf": "x"}, cookies={"staff_session": token})
        self.assertEqual(r.status, 303)
        self.assertTrue(r.headers["Location"].startswith("/staff/login"))

    def test_sign_out_everywhere_ends_another_browsers_session(self):
        other = browser(size=(390, 844))
        try:
            other.get(self.hub.url("/staff/account"))
            sign_in(other, self.hub, "hoa")
            self.assertTrue(self.account_page_signed_in(other))
            d = self.driver
            d.get(self.hub.url("/staff/account"))
            sign_in(d, self.hub, "hoa")
            facts = d.find_element(By.CSS_SELECTOR, "dl.facts").text
            self.assertRegex(facts, r"Số phiên đang mở\s+2")
            hf.submit(d, d.find_element(By.CSS_SELECTOR, "form[action='/staff/logout-everywhere'] button"))
            self.assertIn("/staff/login?out=all", d.current_url)
            self.assertEqual(d.find_element(By.CSS_SELECTOR, "[role=status]").text,
                             "Đã đăng xuất trên mọi thiết bị.")
            # The other browser still holds its cookie, and it no longer works.
            self.assertIsNotNone(session_cookie(other))
            self.assertFalse(self.account_page_signed_in(other))
            self.assertIn("/staff/login", other.current_url)
        finally:
            other.quit()

    def test_shell_account_commands_end_the_accounts_sessions(self):
        d = self.driver
        commands = {
            "khanh": (["user", "disable", "khanh"], ""),
            "lan": (["user", "reset-password", "lan"], "another good password\nanother good password\n"),
            "minh": (["user", "roles", "minh", "--role", "ward", "--ward", "LE-CHAN"], ""),
        }
        for login, (args, stdin) in commands.items():
            with self.subTest(login):
                d.delete_all_cookies()
                d.get(self.hub.url("/staff/account"))
                sign_in(d, self.hub, login)
                self.assertTrue(self.account_page_signed_in(d))
                done = self.hub.cli(*args, stdin=stdin)
                self.assertEqual(done.returncode, 0, done.stderr)
                self.assertFalse(self.account_page_signed_in(d))
                self.assertIn("/staff/login", d.current_url)
                self.assertEqual(d.find_element(By.CSS_SELECTOR, "[role=alert]").text,
                                 "Phiên làm việc đã kết thúc. Hãy đăng nhập lại.")
        # A disabled account cannot sign in again; the new password works, the old does not.
        self.assertEqual(self.hub.sign_in_http("khanh").status, 401)
        self.assertEqual(self.hub.sign_in_http("lan").status, 401)
        self.assertEqual(self.hub.sign_in_http("lan", "another good password").status, 303)

    # ---- headers --------------------------------------------------------------------------
    def test_every_staff_page_carries_the_security_headers(self):
        token = self.hub.sign_in_http("anna").cookies()["staff_session"]
        signed = {"staff_session": token}
        answers = {
            "sign-in page": self.hub.get("/staff/login"),
            "sign-in page, English": self.hub.get("/staff/login", cookies={"staff_lang": "en"}),
            "failed sign-in": self.hub.sign_in_http("anna", WRONG),
            "sign-in without csrf": self.hub.post("/staff/login", form={"login": "anna"}),
            "my account": self.hub.get("/staff/account", cookies=signed),
            "unknown staff page": self.hub.get("/staff/no-such-page", cookies=signed),
            "form without csrf": self.hub.post("/staff/logout", form={}, cookies=signed),
            "a page without a session": self.hub.get("/staff/account"),
            "the back-office root": self.hub.get("/staff/", cookies=signed),
            "wrong method": self.hub.request("PUT", "/staff/account", cookies=signed),
        }
        expected_status = {"sign-in page": 200, "sign-in page, English": 200, "failed sign-in": 401,
                           "sign-in without csrf": 403, "my account": 200, "unknown staff page": 404,
                           "form without csrf": 403, "a page without a session": 303,
                           "the back-office root": 303, "wrong method": 405}
        for name, r in answers.items():
            with self.subTest(name):
                self.assertEqual(r.status, expected_status[name])
                self.assertIn("no-store", r.headers.get("Cache-Control", ""))
                self.assertEqual(r.headers.get("X-Content-Type-Options"), "nosniff")
                csp = r.headers.get("Content-Security-Policy", "")
                directives = {p.split()[0]: p.split()[1:] for p in (x.strip() for x in csp.split(";")) if p}
                self.assertIn("frame-ancestors", directives)
                self.assertEqual(directives["frame-ancestors"], ["'none'"])
                self.assertNotIn("'unsafe-inline'", csp)
                self.assertNotIn("'unsafe-eval'", csp)
                # No script at all: script-src absent falls back to default-src 'none'.
                scripts = directives.get("script-src", directives.get("default-src"))
                self.assertEqual(scripts, ["'none'"])
                if r.status != 303 and r.status != 405:
                    self.assertTrue(r.headers.get("Content-Type", "").startswith("text/html"))
                    self.assertNotIn("<script", r.text.lower())


if __name__ == "__main__":
    unittest.main()
