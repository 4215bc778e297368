#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the back-office's works, kiosks and handover pages at 1366x768 and 390x844,
in Vietnamese and English: starts a city-hub on 127.0.0.1 with a fresh SQLite database, adds
officers, a kiosk and a land pledge, records a handover and new figures for a work, then
signs in through the form in headless Chromium (python3-selenium) and saves each page.

    /usr/bin/python3 tests/hub/staffworks-screenshots.py build/bin/city-hub OUT_DIR  (Debian python3-selenium)
"""
import json, os, re, socket, subprocess, sys, tempfile, time, urllib.request, uuid, datetime

from selenium import webdriver
from selenium.webdriver.common.by import By

HUB, OUT = sys.argv[1], sys.argv[2]
PASSWORD = "correct horse battery staple"
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def receipt(prefix, seq):
    digits = ""
    for _ in range(5):
        digits = ALPHABET[seq % 31] + digits
        seq //= 31
    total = 0
    for weight, c in enumerate(prefix + digits, start=1):
        total = (total + weight * ALPHABET.index(c)) % 31
    return f"{prefix}-{digits}-{ALPHABET[(31 - total) % 31]}"


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp()
    db = f"sqlite:{tmp}/hub.sqlite"
    hub = lambda *a, stdin=None: subprocess.run([HUB, "--db", db, *a], input=stdin, capture_output=True, text=True, check=True).stdout
    for login, role, ward, name in [("anna", "city", None, "Nguyễn Thị An"), ("binh", "city", None, "Trần Văn Bình"),
                                    ("chi", "ward", "LE-CHAN", "Phạm Thị Chi"), ("quan", "admin", None, "Lê Minh Quân")]:
        hub("user", "add", login, "--role", role, *(["--ward", ward] if ward else []), "--name", name,
            stdin=f"{PASSWORD}\n{PASSWORD}\n")
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
    server = subprocess.Popen([HUB, "--db", db, "serve", "--listen", f"127.0.0.1:{port}"], stdout=subprocess.PIPE)
    server.stdout.readline()
    base = f"http://127.0.0.1:{port}"
    try:
        code = hub("enrol-code", "--ward", "LE-CHAN").strip()
        req = lambda path, body=None, headers={}: urllib.request.urlopen(urllib.request.Request(
            base + path, data=json.dumps(body).encode() if body is not None else None,
            headers={"Content-Type": "application/json", **headers}))
        enrolled = json.load(req("/api/v1/enrol", {"code": code, "name": "Sảnh UBND phường"}))
        auth = {"Authorization": "Bearer " + enrolled["token"], "X-Kiosk-App-Version": "0.9.0"}
        now = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).isoformat(timespec="milliseconds")
        code = receipt(enrolled["receiptPrefix"], 1)
        record = {"id": str(uuid.uuid4()), "kind": "pledge.land", "schema": 1, "createdAt": now, "ward": "LE-CHAN",
                  "kioskId": enrolled["kioskId"], "receiptCode": code, "enteredBy": "resident",
                  "payload": {"projectCode": "LC-001", "anonymous": False, "areaM2": 40, "plotNo": "112",
                              "mapSheetNo": "7", "address": "Tổ 3, phường Lê Chân"},
                  "personal": {"person": {"fullName": "Nguyễn Văn Minh", "phone": "0912345678",
                                          "residentialGroup": "Tổ dân phố 3"},
                               "consent": {"given": True, "textVersion": "hp-consent-1", "text": "Tôi đồng ý."}},
                  "photo": None}
        print(req("/api/v1/records", {"records": [record]}, auth).read().decode())
        options = webdriver.ChromeOptions()
        for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]:
            options.add_argument(arg)
        driver = webdriver.Chrome(options=options)

        def sign_in(login):
            driver.delete_all_cookies()
            driver.get(base + "/staff/login")
            driver.find_element(By.ID, "login").send_keys(login)
            driver.find_element(By.ID, "password").send_keys(PASSWORD)
            driver.find_element(By.CSS_SELECTOR, "form button[type=submit], form input[type=submit]").submit()
            time.sleep(1.5)

        def submit(path, fields):
            driver.get(base + path)
            for name, value in fields.items():
                el = driver.find_element(By.NAME, name)
                if el.tag_name == "select":
                    el.find_element(By.CSS_SELECTOR, f"option[value='{value}']").click()
                else:
                    el.clear(); el.send_keys(value)
            driver.find_element(By.NAME, next(iter(fields))).submit()
            time.sleep(0.5)

        def shots(name, path, lang):
            driver.get(f"{base}/staff/lang?to={lang}&next=%2Fstaff%2Faccount")
            for w, h in [(1366, 768), (390, 844)]:
                driver.set_window_size(w, h)
                driver.get(base + path)
                time.sleep(0.3)
                full = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(w, min(max(h, full), 3000))
                driver.save_screenshot(f"{OUT}/{name}-{w}x{h}-{lang}.png")

        sign_in("chi")
        page = f"/staff/records/{code}/handover"
        driver.get(base + page)
        if "step" not in driver.page_source:
            sys.exit("cannot open the handover page: " + driver.current_url + " " + driver.title)
        driver.find_element(By.CSS_SELECTOR, "input[name=step][value=contact]").find_element(By.XPATH, "..").submit()
        submit(page, {"quantity": "25,5", "document": "BB-2026/117", "note": "Bàn giao phần đất mặt ngõ"})
        for lang in ["vi", "en"]:
            shots("handover-ward", page, lang)
            shots("works-ward", "/staff/works", lang)
        sign_in("anna")
        submit("/staff/works/LC-001", {"progress": "71", "disbursed": "31.250.000.000", "on_date": "25/11/2026"})
        for lang in ["vi", "en"]:
            shots("handover-city", page, lang)
            shots("works", "/staff/works?ward=LE-CHAN", lang)
            shots("work", "/staff/works/LC-001", lang)
        sign_in("quan")
        etag = req("/api/v1/content", None, auth).headers["ETag"].strip('"')
        req("/api/v1/content", None, {**auth, "X-Kiosk-Content-Version": etag})
        for lang in ["vi", "en"]:
            shots("kiosks", "/staff/kiosks", lang)
            driver.get(base + "/staff/kiosks")
            driver.find_element(By.ID, "ward").submit()
            time.sleep(0.5)
            for w, h in [(1366, 768), (390, 844)]:
                driver.set_window_size(w, h)
                driver.save_screenshot(f"{OUT}/kiosk-code-{w}x{h}-{lang}.png")
            shots("kiosk-revoke", f"/staff/kiosks/{enrolled['kioskId']}/revoke", lang)
        driver.quit()
    finally:
        server.terminate()
        server.wait()


main()
