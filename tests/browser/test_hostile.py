# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile text where the back-office shows it — the sign-in name field, the display name given
to `city-hub user add --name`, the `next` path, what a kiosk sent in a record (description,
place, name, group, other material, the kiosk's name) and what an officer types on it (public
reply, internal note) — is shown as text: nothing runs, no element is injected, the page keeps
its shape, and bad requests get only 4xx. tests/hub/tst_staffhostile checks every field's page
without a browser."""

import unittest
import urllib.parse

from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By

import hubfixture as hf
from hubfixture import Hub, browser, sign_in

HOSTILE = {
    "script": "<script>alert(1)</script>",
    "img": '"><img src=x onerror=alert(1)>',
    "rtl": "an\u202etxt.exe",
    "sql": "' OR 1=1 --",
    "sql-drop": "x'); DROP TABLE staff_accounts; --",
}
LONG = "Đ" * 10000


class HostileTextTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # HTTP requests here claim addresses of their own (X-Real-IP), so the many refused
        # sign-ins of this test never add up to a wait.
        cls.hub = Hub(trusted_proxy="127.0.0.1").start()
        cls.names = {}
        for i, (key, text) in enumerate(HOSTILE.items()):
            login = f"hostile{i}"
            cls.hub.add_user(login, roles="ward", ward="LE-CHAN", name=text)
            cls.names[login] = text
        cls.driver = browser()
        cls.address = 0

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.hub.stop()

    def fresh_address(self):
        HostileTextTest.address += 1
        return {"X-Real-IP": f"192.0.2.{HostileTextTest.address}"}

    def assert_inert(self, d):
        """Nothing ran, nothing was added to the page."""
        with self.assertRaises(NoAlertPresentException):
            d.switch_to.alert.text
        self.assertEqual(d.find_elements(By.TAG_NAME, "script"), [])
        self.assertEqual(d.find_elements(By.TAG_NAME, "img"), [])
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "[onerror]"), [])
        # The page is as wide as the window: no text pushed it sideways.
        width = d.execute_script("return document.documentElement.scrollWidth")
        self.assertLessEqual(width, d.execute_script("return window.innerWidth"))

    def test_hostile_sign_in_names_are_shown_as_typed_text(self):
        d = self.driver
        for key, text in HOSTILE.items():
            with self.subTest(key):
                d.get(self.hub.url("/staff/login"))
                hf.fill_login(d, text, "whatever it is, it is wrong")
                self.assertIn("/staff/login", d.current_url)
                self.assertEqual(d.find_element(By.CSS_SELECTOR, "[role=alert]").text,
                                 "Tên tài khoản hoặc mật khẩu không đúng.")
                # The form keeps what was typed (trimmed, lower case) as the field's value.
                self.assertEqual(d.find_element(By.ID, "login").get_attribute("value"), text.strip().lower())
                self.assert_inert(d)
                self.assertEqual(len(d.find_elements(By.TAG_NAME, "form")), 1)

    def test_hostile_sign_in_names_over_http_are_escaped_and_4xx(self):
        for key, text in {**HOSTILE, "long": LONG, "nul": "a\x00b", "bidi-only": "\u202e\u202d"}.items():
            with self.subTest(key):
                pre, csrf = self.hub.login_form()
                r = self.hub.post("/staff/login", form={"csrf": csrf, "login": text, "password": "x" * 10000},
                                  cookies={"staff_pre": pre}, headers=self.fresh_address())
                self.assertEqual(r.status, 401)
                self.assertNotIn("<script>alert", r.text)
                self.assertNotIn("<img src=x", r.text)
                self.assertNotIn("staff_session", r.cookies())
                if key == "long":
                    # Echoed cut to the field's 64 characters, never the whole text.
                    self.assertIn('value="' + "đ" * 64 + '"', r.text)
                    self.assertNotIn("đ" * 65, r.text)
                if key == "img":
                    self.assertIn("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", r.text)
        # A body that is not a form at all.
        pre, csrf = self.hub.login_form()
        r = self.hub.post("/staff/login", body=b'{"login":"a"}', headers={"Content-Type": "application/json",
                                                                           **self.fresh_address()},
                          cookies={"staff_pre": pre})
        self.assertEqual(r.status, 400)
        # Malformed percent-encoding and a body that is not UTF-8.
        for raw in (b"csrf=" + csrf.encode() + b"&login=%ZZ%&password=%", b"login=\xff\xfe&password=a&csrf=" + csrf.encode()):
            r = self.hub.post("/staff/login", body=raw, cookies={"staff_pre": pre},
                              headers={"Content-Type": "application/x-www-form-urlencoded", **self.fresh_address()})
            self.assertGreaterEqual(r.status, 400)
            self.assertLess(r.status, 500)

    def test_next_never_leaves_the_back_office(self):
        for target in ("https://evil.example/", "//evil.example/staff", "/\\evil.example", "javascript:alert(1)",
                       "/staff/../open311/v2/services.json", "/r/HP-2345K-M"):
            with self.subTest(target):
                pre, csrf = self.hub.login_form()
                r = self.hub.post("/staff/login", form={"csrf": csrf, "login": "hostile0", "password": hf.PASSWORD,
                                                        "next": target},
                                  cookies={"staff_pre": pre}, headers=self.fresh_address())
                self.assertEqual(r.status, 303)
                self.assertEqual(r.headers["Location"], "/staff/inbox")
        # The sign-in page shows a hostile next only escaped, in a hidden field.
        r = self.hub.get("/staff/login?next=" + urllib.parse.quote('/staff/"><script>alert(1)</script>'))
        self.assertEqual(r.status, 200)
        self.assertNotIn("<script>alert", r.text)

    def test_hostile_display_names_are_shown_escaped(self):
        d = self.driver
        for login, text in self.names.items():
            with self.subTest(login):
                d.get(self.hub.url("/staff/login"))
                d.delete_all_cookies()
                d.get(self.hub.url("/staff/account"))
                sign_in(d, self.hub, login)
                self.assertTrue(d.current_url.endswith("/staff/account"), d.current_url)
                shown = text.replace("\u202e", "")     # bidi overrides are dropped when stored
                self.assertEqual(d.find_element(By.CSS_SELECTOR, ".bar .who .name").text, shown)
                facts = d.find_elements(By.CSS_SELECTOR, "dl.facts dd")
                self.assertEqual(facts[0].text, shown)
                self.assertNotIn("\u202e", d.page_source)
                self.assert_inert(d)
                # The sign-out form is still the page's own, whole.
                self.assertEqual(len(d.find_elements(By.CSS_SELECTOR, "form.signout input[name=csrf]")), 1)

    def test_hostile_record_fields_do_not_run(self):
        """What a kiosk sent and what an officer types on a record: shown as text, nothing runs."""
        d = self.driver
        kiosk = self.hub.enrol_kiosk("LE-CHAN", name=HOSTILE["img"])
        person = kiosk.personal(full_name="Nguyễn " + HOSTILE["img"], group=HOSTILE["script"])
        materials = [{"item": "other", "otherItem": HOSTILE["img"], "quantity": 5, "unit": "other",
                      "otherUnit": HOSTILE["script"]}]
        report, pledge = self.hub.deliver(kiosk, [
            kiosk.report(description=HOSTILE["script"] + " cát và gạch đổ ra đường", place=HOSTILE["img"],
                         person=person),
            kiosk.materials_pledge(items=materials)])
        self.hub.add_user("hostilecity", roles="city", name=HOSTILE["rtl"])
        d.get(self.hub.url("/staff/login"))
        d.delete_all_cookies()
        d.get(self.hub.url(f"/staff/records/{report}"))
        sign_in(d, self.hub, "hostilecity")
        self.assertTrue(d.current_url.endswith(f"/staff/records/{report}"), d.current_url)
        self.assert_inert(d)
        page = d.find_element(By.TAG_NAME, "main").text
        for text in (HOSTILE["img"], HOSTILE["script"]):
            self.assertIn(text, page)
        # The kiosk's name, shown as text too.
        self.assertIn(HOSTILE["img"] + " (" + kiosk.id + ")", page)
        # The contact details, shown on request.
        hf.submit(d, d.find_element(By.CSS_SELECTOR, "form[action$='/contact'] button"))
        self.assert_inert(d)
        contact = d.find_element(By.CSS_SELECTOR, "dl.facts.contact").text
        self.assertIn("Nguyễn " + HOSTILE["img"], contact)
        self.assertIn(HOSTILE["script"], contact)
        # A public reply and an internal note typed into the status form.
        d.get(self.hub.url(f"/staff/records/{report}"))
        d.find_element(By.ID, "reply").send_keys(HOSTILE["img"] + " " + HOSTILE["sql-drop"])
        d.find_element(By.ID, "note").send_keys(HOSTILE["script"] + HOSTILE["rtl"])
        hf.submit(d, d.find_element(By.CSS_SELECTOR, "form[action$='/status'] button[type=submit]"))
        self.assertIn("done=status", d.current_url)
        self.assert_inert(d)
        history = d.find_element(By.CSS_SELECTOR, "ol.rec-history").text
        self.assertIn(HOSTILE["img"] + " " + HOSTILE["sql-drop"], history)
        self.assertIn(HOSTILE["script"] + HOSTILE["rtl"].replace("\u202e", ""), history)
        self.assertNotIn("\u202e", d.page_source)
        hf.screenshot(d, "hostile-record")
        # The resident's page with the reply, the pledge's other material on its pages, the inbox.
        d.get(self.hub.url(f"/r/{report}"))
        self.assert_inert(d)
        self.assertIn(HOSTILE["img"] + " " + HOSTILE["sql-drop"], d.find_element(By.TAG_NAME, "body").text)
        for path in (f"/staff/records/{pledge}", f"/staff/records/{pledge}/handover"):
            with self.subTest(path):
                d.get(self.hub.url(path))
                self.assert_inert(d)
                self.assertIn(HOSTILE["img"], d.find_element(By.TAG_NAME, "main").text)
        d.get(self.hub.url("/staff/inbox"))
        self.assert_inert(d)

    def test_user_add_refuses_an_overlong_or_empty_name(self):
        for name in (LONG, "x" * 121, "", "\u202e"):
            with self.subTest(len(name)):
                done = self.hub.add_user("toolong", roles="city", name=name, check=False)
                self.assertNotEqual(done.returncode, 0)
                self.assertIn("display name", done.stderr)
        listed = self.hub.cli("user", "list")
        self.assertEqual(listed.returncode, 0)
        self.assertNotIn("toolong", listed.stdout)


if __name__ == "__main__":
    unittest.main()
