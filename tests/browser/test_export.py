# SPDX-License-Identifier: GPL-3.0-or-later
"""The inbox's "Export CSV" in a real browser: an officer searches the inbox for a name,
ticks contact details and presses the button; Chromium saves the file, which holds exactly
the records the inbox listed, in its order, UTF-8 with BOM, Vietnamese intact, a formula in a
name neutralised. A ward officer's export of the same search holds their ward's record only.
The search text goes in the form's body: it is in no URL the browser visited. Screenshots of
the inbox with its export form at 1366×768 and 390×844, Vietnamese and English."""

import base64
import csv
import glob
import io
import os
import shutil
import tempfile
import time
import unittest

from selenium.webdriver.common.by import By

import hubfixture as hf
from hubfixture import Hub, browser, set_language, sign_in, submit

HOSTILE_NAME = "=HYPERLINK(\"http://x\";\"Bấm\")"


def whole_page(driver, name):
    """The whole page as one PNG under the artifacts folder (DevTools reads it; nothing on the
    page changes)."""
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics["cssContentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
    os.makedirs(hf.ARTIFACTS, exist_ok=True)
    path = os.path.join(hf.ARTIFACTS, name + ".png")
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    return path


class ExportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hub = Hub().start()
        cls.hub.add_user("anna", roles="city", name="Nguyễn Thị An")
        cls.hub.add_user("binh", roles="ward", ward="LE-CHAN", name="Trần Văn Bình")
        lc = cls.hub.enrol_kiosk("LE-CHAN")
        hb = cls.hub.enrol_kiosk("HONG-BANG")
        hoa = lc.personal(full_name="Nguyễn Thị Hoa", phone="0912345678", group="Tổ dân phố số 5")
        cls.lc = cls.hub.deliver(lc, [lc.land_pledge(person=hoa), lc.report(),
                                      lc.labour_pledge(person=lc.personal(full_name="Trần Văn Đức", phone="0987654321")),
                                      lc.materials_pledge(person=lc.personal(full_name=HOSTILE_NAME, phone="0912000111"))])
        cls.hb = cls.hub.deliver(hb, [hb.land_pledge(person=hb.personal(full_name="Nguyễn Thị Hoa", phone="0913000222")),
                                      hb.report(description="Gạch vỡ đổ ven đường Hạ Lý, đã hơn một tuần.")])

    @classmethod
    def tearDownClass(cls):
        cls.hub.stop()

    def setUp(self):
        self.downloads = tempfile.mkdtemp(prefix="civic-export-")
        self.driver = browser(downloads=self.downloads)

    def tearDown(self):
        self.driver.quit()
        shutil.rmtree(self.downloads, ignore_errors=True)

    def search(self, text):
        d = self.driver
        d.get(self.hub.url("/staff/inbox"))
        form = d.find_element(By.CSS_SELECTOR, "form.inbox-filters")
        form.find_element(By.NAME, "q").send_keys(text)
        submit(d, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        return [a.text for a in d.find_elements(By.CSS_SELECTOR, ".inbox-table a.code")]

    def export(self, personal):
        """Presses the inbox's Export CSV button; the saved file's bytes."""
        form = self.driver.find_element(By.CSS_SELECTOR, "form.inbox-export")
        if personal:
            form.find_element(By.NAME, "personal").click()
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            done = [f for f in glob.glob(os.path.join(self.downloads, "*.csv"))]
            if done and not glob.glob(os.path.join(self.downloads, "*.crdownload")):
                with open(done[0], "rb") as f:
                    data = f.read()
                os.remove(done[0])
                return os.path.basename(done[0]), data
            time.sleep(0.1)
        self.fail("no file was saved")

    @staticmethod
    def rows(data):
        return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))

    def test_city_officer_exports_the_inbox_search(self):
        d = self.driver
        sign_in(d, self.hub, "anna")
        listed = self.search("nguyen thi hoa")
        self.assertCountEqual(listed, [self.lc[0], self.hb[0]])
        name, data = self.export(personal=True)
        self.assertTrue(data.startswith(b"\xef\xbb\xbfreceipt_code,"), data[:40])
        self.assertRegex(name, r"^records-\d{8}\.csv$")
        rows = self.rows(data)
        self.assertEqual(rows[0][-3:], ["full_name", "phone", "residential_group"])
        self.assertEqual([r[0] for r in rows[1:]], listed)
        self.assertEqual([r[-3] for r in rows[1:]], ["Nguyễn Thị Hoa", "Nguyễn Thị Hoa"])
        # The search never travelled in an address.
        self.assertNotIn("hoa", d.current_url.lower())

        # Everything, by the same button without a search: the formula in a name is plain text.
        d.get(self.hub.url("/staff/inbox?sort=oldest"))
        listed = [a.text for a in d.find_elements(By.CSS_SELECTOR, ".inbox-table a.code")]
        _, data = self.export(personal=True)
        rows = self.rows(data)
        self.assertEqual([r[0] for r in rows[1:]], listed)
        names = [r[-3] for r in rows[1:]]
        self.assertIn("'" + HOSTILE_NAME, names)
        self.assertNotIn(HOSTILE_NAME, names)

    def test_ward_officer_export_of_a_name_stays_in_the_ward(self):
        d = self.driver
        sign_in(d, self.hub, "binh")
        listed = self.search("Nguyễn Thị Hoa")
        self.assertEqual(listed, [self.lc[0]])
        name, data = self.export(personal=False)
        self.assertTrue(name.endswith("-LE-CHAN.csv"), name)
        rows = self.rows(data)
        self.assertNotIn("full_name", rows[0])
        self.assertEqual([r[0] for r in rows[1:]], [self.lc[0]])
        self.assertNotIn(self.hb[0], data.decode("utf-8"))

    @hf.screenshots_once
    def test_screenshots_of_the_export_form(self):
        for suffix, size in (("desktop", (1366, 768)), ("phone", (390, 844))):
            d = browser(size=size)
            try:
                sign_in(d, self.hub, "anna")
                for lang, button in (("vi", "Xuất CSV"), ("en", "Export CSV")):
                    set_language(d, self.hub, lang, then="/staff/inbox")
                    form = d.find_element(By.CSS_SELECTOR, "form.inbox-filters")
                    if not form.find_element(By.NAME, "q").is_displayed():
                        d.find_element(By.ID, "filters-line").click()  # a phone folds the filters
                    form.find_element(By.NAME, "q").send_keys("gạch")
                    submit(d, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
                    export = d.find_element(By.CSS_SELECTOR, "form.inbox-export")
                    self.assertIn(button, export.text)
                    self.assertTrue(export.find_element(By.NAME, "personal").is_displayed())
                    # Nothing sticks out of the page at either size.
                    self.assertLessEqual(d.execute_script("return document.documentElement.scrollWidth"), size[0])
                    hf.screenshot(d, f"inbox-export-{lang}-{suffix}")
                    whole_page(d, f"inbox-export-{lang}-{suffix}-whole")
            finally:
                d.quit()


if __name__ == "__main__":
    unittest.main()
