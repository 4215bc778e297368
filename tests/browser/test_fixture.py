# SPDX-License-Identifier: GPL-3.0-or-later
"""The fixture itself: a kiosk enrolled through /api/v1/enrol delivers one record of every
kind through /api/v1/records, each accepted and shown on the resident's /r/<code> page; the
hub's status command moves one on. Other areas' tests build on exactly these records."""

import unittest

from selenium.webdriver.common.by import By

from hubfixture import Hub, browser


class FixtureTest(unittest.TestCase):
    def test_a_kiosks_records_reach_the_hub_and_the_phone_page(self):
        with Hub() as hub:
            kiosk = hub.enrol_kiosk("LE-CHAN")
            self.assertEqual(kiosk.ward, "LE-CHAN")
            records = [kiosk.report(), kiosk.report(person=kiosk.personal()), kiosk.land_pledge(),
                       kiosk.labour_pledge(), kiosk.materials_pledge()]
            codes = hub.deliver(kiosk, records)
            # The hub checks receipt codes: the fixture's are right because a wrong one is not.
            wrong = kiosk.report()
            code = wrong["receiptCode"]
            wrong["receiptCode"] = code[:-1] + ("2" if code[-1] != "2" else "3")
            r = hub.post("/api/v1/records", body={"records": [wrong]},
                         headers={"Authorization": f"Bearer {kiosk.token}"})
            self.assertEqual(r.json()["results"][0]["result"], "rejected")
            # The same batch again: every record a duplicate, none stored twice.
            again = hub.post("/api/v1/records", body={"records": records},
                             headers={"Authorization": f"Bearer {kiosk.token}"})
            self.assertEqual([x["result"] for x in again.json()["results"]], ["duplicate"] * len(records))

            done = hub.cli("set-status", codes[0], "in_progress", "--note", "Đã cử cán bộ đến xem.")
            self.assertEqual(done.returncode, 0, done.stderr)

            d = browser(size=(390, 844))
            try:
                d.get(hub.url(f"/r/{codes[0]}"))
                page = d.find_element(By.TAG_NAME, "main").text
                self.assertIn(codes[0], page)
                self.assertIn("Đã cử cán bộ đến xem.", page)
                d.get(hub.url(f"/r/{codes[2]}"))
                page = d.find_element(By.TAG_NAME, "main").text
                self.assertIn("Đã tiếp nhận", page)
                # The resident's name never reaches the phone page.
                self.assertNotIn("Nguyễn Thị Hoa", d.page_source)
            finally:
                d.quit()


if __name__ == "__main__":
    unittest.main()
