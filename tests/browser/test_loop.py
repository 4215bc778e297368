# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole loop in a real browser: a waste report keyed in on a real kiosk (kioskctl) reaches
the hub with a sync; a ward officer signs in, filters the inbox, opens the report and sets
its status with a public reply; the resident's /r/<code> page shows the reply, and so does
`kioskctl records list` after the kiosk's next sync. Another ward's officer gets a 404 for
the same record by URL. The internal note appears nowhere public."""

import json
import os
import subprocess
import tempfile
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from hubfixture import KIOSKCTL, Hub, browser, sign_in, submit

REPLY = "Đội trật tự đô thị sẽ thu dọn trong tuần này. Cảm ơn bác đã báo."
NOTE = "Nội bộ: gọi đội 3, xe tải nhỏ."


class LoopTest(unittest.TestCase):
    def kioskctl(self, data_dir, *args):
        done = subprocess.run([KIOSKCTL, "--data-dir", data_dir, *args], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        self.assertEqual(done.returncode, 0, f"kioskctl {' '.join(args)}: {done.stdout}\n{done.stderr}")
        return done.stdout

    def test_a_reply_reaches_the_phone_page_and_the_kiosk(self):
        with Hub() as hub, tempfile.TemporaryDirectory() as data:
            hub.add_user("binh", roles="ward", ward="LE-CHAN", name="Trần Văn Bình")
            hub.add_user("lan", roles="ward", ward="HONG-BANG", name="Đỗ Thị Lan")
            code = hub.cli("enrol-code", "--ward", "LE-CHAN").stdout.strip().splitlines()[-1].strip()
            self.kioskctl(data, "enrol", hub.url("").rstrip("/"), code, "--name", "Sảnh UBND phường")
            report = {"kind": "report.waste", "category": "materials_wasted",
                      "place": "Bãi đất trống cạnh chợ Hàng, tổ 3",
                      "description": "Cát và gạch đổ ở đây từ ba tháng trước, mưa trôi ra đường.",
                      "anonymous": True}
            path = os.path.join(data, "report.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(report, f, ensure_ascii=False)
            receipt = self.kioskctl(data, "records", "submit", "--json", path).strip().splitlines()[-1].strip()
            self.kioskctl(data, "sync")

            d = browser(hub=hub, lang="vi")
            try:
                sign_in(d, hub, "binh")
                d.get(hub.url("/staff/inbox"))
                form = d.find_element(By.CSS_SELECTOR, "form.inbox-filters")
                Select(form.find_element(By.NAME, "kind")).select_by_value("report.waste")
                submit(d, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
                self.assertIn("kind=report.waste", d.current_url)
                d.find_element(By.LINK_TEXT, receipt).click()
                self.assertIn(f"/staff/records/{receipt}", d.current_url)
                form = d.find_element(By.CSS_SELECTOR, f"form[action='/staff/records/{receipt}/status']")
                Select(form.find_element(By.NAME, "status")).select_by_value("in_progress")
                reply = form.find_element(By.NAME, "reply")
                reply.clear()
                reply.send_keys(REPLY)
                form.find_element(By.NAME, "note").send_keys(NOTE)
                submit(d, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
                page = d.find_element(By.TAG_NAME, "main").text
                self.assertIn(REPLY, page)
                self.assertIn(NOTE, page)  # officers see their own note
            finally:
                d.quit()

            # The resident's page: the reply, never the internal note.
            phone = hub.get(f"/r/{receipt}")
            self.assertEqual(phone.status, 200)
            self.assertIn(REPLY, phone.text)
            self.assertNotIn("gọi đội 3", phone.text)

            # The kiosk, after its next sync.
            self.kioskctl(data, "sync")
            rows = [line.split("\t") for line in self.kioskctl(data, "records", "list").splitlines()]
            mine = [r for r in rows if r[0] == receipt]
            self.assertEqual(len(mine), 1, rows)
            self.assertEqual(mine[0][4], "in_progress")
            self.assertEqual(mine[0][5], REPLY)

            # Another ward's officer: the same record by URL is a 404, in the browser and over HTTP.
            other = browser(hub=hub, lang="vi")
            try:
                sign_in(other, hub, "lan")
                other.get(hub.url(f"/staff/records/{receipt}"))
                self.assertIn("Không tìm thấy", other.find_element(By.TAG_NAME, "h1").text)
                self.assertNotIn("Cát và gạch", other.page_source)
            finally:
                other.quit()
            lan = {"staff_session": hub.sign_in_http("lan").cookies()["staff_session"]}
            self.assertEqual(hub.get(f"/staff/records/{receipt}", cookies=lan).status, 404)
            self.assertEqual(hub.get("/staff/inbox?ward=LE-CHAN", cookies=lan).status, 404)


if __name__ == "__main__":
    unittest.main()
