# SPDX-License-Identifier: GPL-3.0-or-later
"""The real city-hub, its accounts, kiosks and records, and Chromium signed in to it.

Everything a browser test of the back-office needs (README.md in this folder):

    hub = Hub(idle=3).start()                 # a fresh database, 127.0.0.1, a free port
    hub.add_user("anna", roles="city")        # `city-hub user add`, password on stdin
    kiosk = hub.enrol_kiosk("LE-CHAN")        # POST /api/v1/enrol with a one-time code
    code = hub.deliver(kiosk, [kiosk.report(description="…")])[0]   # POST /api/v1/records
    driver = browser(lang="en")
    sign_in(driver, hub, "anna")
    driver.get(hub.url("/staff/account"))
    ...
    driver.quit(); hub.stop()

The database is SQLite in a temporary folder, or, when CIVIC_BROWSER_DB=postgres, a schema of
its own on the ctest PostgreSQL fixture (CIVIC_TEST_PG_URL_FILE), dropped by stop().
Programs come from CITY_HUB (set by ctest) or build/bin/city-hub.
"""

import base64
import http.client
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
import threading
import time
import unittest
import urllib.parse
import uuid
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.dirname(os.path.dirname(HERE))
CITY_HUB = os.environ.get("CITY_HUB") or os.path.join(SOURCE_DIR, "build", "bin", "city-hub")
KIOSKCTL = os.environ.get("KIOSKCTL") or os.path.join(SOURCE_DIR, "build", "bin", "kioskctl")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Where screenshots of a run go (the test's build folder under ctest).
ARTIFACTS = os.environ.get("CIVIC_BROWSER_ARTIFACTS") or os.path.join(tempfile.gettempdir(), "civic-browser")

PASSWORD = "correct horse battery staple"
# Wards of the demo content an empty hub publishes.
WARDS = ("LE-CHAN", "HONG-BANG", "NGO-QUYEN")

_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def database_kind():
    """sqlite or postgres, from CIVIC_BROWSER_DB."""
    return os.environ.get("CIVIC_BROWSER_DB", "sqlite")


def screenshots_once(test):
    """For a test that looks at layout and saves screenshots: the pages are drawn from the same
    templates whatever the database, so it runs on SQLite only (behaviour tests run on both)."""
    return unittest.skipIf(database_kind() == "postgres", "layout and screenshots: checked on SQLite")(test)


def receipt_code(prefix, sequence):
    """ReceiptCode::make (src/core/records/receiptcode.cpp): PREFIX-SSSSS-C."""
    digits = []
    for _ in range(5):
        digits.append(_ALPHABET[sequence % 31])
        sequence //= 31
    body = prefix + "".join(reversed(digits))
    total = 0
    for weight, c in enumerate(body, start=1):
        total = (total + weight * _ALPHABET.index(c)) % 31
    return f"{prefix}-{body[len(prefix):]}-{_ALPHABET[(31 - total) % 31]}"


class Response:
    """A plain HTTP answer: redirects are not followed, cookies are not kept."""

    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers            # http.client.HTTPMessage (case-insensitive get)
        self.body = body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)

    def cookies(self):
        """name → value of every Set-Cookie."""
        out = {}
        for line in self.headers.get_all("Set-Cookie") or []:
            name, _, rest = line.partition("=")
            out[name.strip()] = rest.split(";", 1)[0]
        return out

    def set_cookie_line(self, name):
        for line in self.headers.get_all("Set-Cookie") or []:
            if line.split("=", 1)[0].strip() == name:
                return line
        return None


class Kiosk:
    """An enrolled kiosk: its id, ward, receipt prefix and device token; makes valid records."""

    def __init__(self, kiosk_id, ward, prefix, token):
        self.id = kiosk_id
        self.ward = ward
        self.prefix = prefix
        self.token = token
        self._sequence = random.randrange(1, 1000)

    def _envelope(self, kind, payload, personal=None, photo=None):
        self._sequence += 1
        now = datetime.now(timezone(timedelta(hours=7)))
        return {
            "id": str(uuid.uuid4()),
            "kind": kind,
            "schema": 1,
            "createdAt": now.isoformat(timespec="milliseconds"),
            "ward": self.ward,
            "kioskId": self.id,
            "receiptCode": receipt_code(self.prefix, self._sequence),
            "enteredBy": "resident",
            "payload": payload,
            "personal": personal,
            "photo": photo,
        }

    @staticmethod
    def personal(full_name="Nguyễn Thị Hoa", phone="0912345678", group="Tổ dân phố số 5"):
        return {
            "person": {"fullName": full_name, "phone": phone, "residentialGroup": group},
            "consent": {"given": True, "textVersion": "hp-consent-1",
                        "text": "Tôi đồng ý để Ủy ban nhân dân phường liên hệ với tôi về đóng góp này."},
        }

    def report(self, description="Cát và gạch đổ ở đây từ ba tháng trước, mưa trôi ra đường.",
               place="Bãi đất trống cạnh chợ Hàng, tổ 3", category="materials_wasted",
               person=None, photo_jpeg=None):
        """A waste report, anonymous unless person (a personal() dict) is given."""
        payload = {"anonymous": person is None, "category": category, "place": place,
                   "description": description, "hasPhoto": photo_jpeg is not None}
        photo = base64.b64encode(photo_jpeg).decode("ascii") if photo_jpeg else None
        return self._envelope("report.waste", payload, person, photo)

    def land_pledge(self, area_m2=25.5, address="Số 12 ngõ 34 đường Hạ Lý", person=None):
        payload = {"anonymous": False, "areaM2": area_m2, "plotNo": "112", "mapSheetNo": "7",
                   "address": address}
        return self._envelope("pledge.land", payload, person or self.personal())

    def labour_pledge(self, days=4, person=None):
        today = datetime.now().date()
        payload = {"anonymous": False, "days": days,
                   "availableFrom": (today + timedelta(days=1)).isoformat(),
                   "availableTo": (today + timedelta(days=30)).isoformat(),
                   "skills": ["masonry"]}
        return self._envelope("pledge.labour", payload, person or self.personal())

    def materials_pledge(self, items=None, person=None):
        payload = {"anonymous": False,
                   "items": items or [{"item": "cement", "quantity": 20, "unit": "bao"}]}
        return self._envelope("pledge.materials", payload, person or self.personal())


class Hub:
    """A real city-hub process on 127.0.0.1 over a fresh database of its own."""

    _counter = 0

    def __init__(self, idle=None, lifetime=None, trusted_proxy=None, extra_args=()):
        self.idle = idle
        self.lifetime = lifetime
        self.trusted_proxy = trusted_proxy
        self.extra_args = list(extra_args)
        self.port = None
        self.process = None
        self._dir = tempfile.mkdtemp(prefix="civic-browser-hub-")
        self._log_lines = []
        self._schema = None
        self._pg_base = None
        if database_kind() == "postgres":
            url_file = os.environ.get("CIVIC_TEST_PG_URL_FILE")
            if not url_file or not os.path.exists(url_file):
                raise RuntimeError("CIVIC_BROWSER_DB=postgres needs CIVIC_TEST_PG_URL_FILE (the ctest fixture)")
            with open(url_file, encoding="utf-8") as f:
                self._pg_base = f.read().strip()
            Hub._counter += 1
            self._schema = f"browser_{os.getpid()}_{Hub._counter}_{random.randrange(1000000)}"
            self.db = f"{self._pg_base}?schema={self._schema}"
        else:
            self.db = "sqlite:" + os.path.join(self._dir, "hub.sqlite")

    # ---- the process ----------------------------------------------------------------------
    def start(self):
        args = [CITY_HUB, "--db", self.db, "serve", "--listen", "127.0.0.1:0"]
        if self.idle is not None:
            args += ["--staff-idle", str(self.idle)]
        if self.lifetime is not None:
            args += ["--staff-lifetime", str(self.lifetime)]
        if self.trusted_proxy:
            args += ["--trusted-proxy", self.trusted_proxy]
        args += self.extra_args
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, encoding="utf-8", errors="replace")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            self._log_lines.append(line)
            m = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
            if m:
                self.port = int(m.group(1))
                break
        if not self.port:
            self.process.kill()
            raise RuntimeError("city-hub did not start:\n" + "".join(self._log_lines))
        # Keep draining its log so the pipe never fills and blocks the hub.
        threading.Thread(target=self._drain, daemon=True).start()
        return self

    def _drain(self):
        for line in self.process.stdout:
            self._log_lines.append(line)

    def log(self):
        return "".join(self._log_lines)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process and self.process.stdout:
            self.process.stdout.close()
        if self._schema:
            psql = shutil.which("psql") or "/usr/lib/postgresql/15/bin/psql"
            subprocess.run([psql, "-X", "-q", self._pg_base, "-c",
                            f"SET client_min_messages = warning; DROP SCHEMA IF EXISTS {self._schema} CASCADE"],
                           check=False, capture_output=True)
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def url(self, path="/"):
        return f"http://127.0.0.1:{self.port}{path}"

    # ---- the command line -----------------------------------------------------------------
    def cli(self, *args, stdin=""):
        """`city-hub --db … ARGS`, stdin given; the CompletedProcess (text)."""
        return subprocess.run([CITY_HUB, "--db", self.db, *args], input=stdin, capture_output=True,
                              text=True, encoding="utf-8", timeout=60)

    def add_user(self, login, roles="city", ward=None, name=None, password=PASSWORD, check=True):
        args = ["user", "add", login, "--role", roles]
        if ward:
            args += ["--ward", ward]
        if name is not None:
            args += ["--name", name]
        done = self.cli(*args, stdin=f"{password}\n{password}\n")
        if check and done.returncode != 0:
            raise RuntimeError(f"user add {login} failed ({done.returncode}): {done.stderr}")
        return done

    # ---- plain HTTP -----------------------------------------------------------------------
    def request(self, method, path, body=None, headers=None, cookies=None, form=None):
        """One request, no redirect followed. form: dict or list of pairs, sent urlencoded."""
        headers = dict(headers or {})
        if form is not None:
            body = urllib.parse.urlencode(form).encode("utf-8")
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        elif isinstance(body, (dict, list)):
            body = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers.setdefault("Content-Type", "application/json")
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            r = conn.getresponse()
            return Response(r.status, r.headers, r.read())
        finally:
            conn.close()

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, **kw):
        return self.request("POST", path, **kw)

    def login_form(self, cookies=None):
        """GET /staff/login: (the staff_pre cookie, the form's csrf value)."""
        r = self.get("/staff/login", cookies=cookies)
        pre = r.cookies().get("staff_pre")
        m = re.search(r'name="csrf" value="([0-9a-f]+)"', r.text)
        return pre, (m.group(1) if m else None)

    def sign_in_http(self, login, password=PASSWORD, headers=None, lang=None):
        """Signs in without a browser: the Response (303 + staff_session cookie on success)."""
        cookies = {"staff_lang": lang} if lang else {}
        pre, csrf = self.login_form(cookies)
        cookies["staff_pre"] = pre
        return self.post("/staff/login", form={"csrf": csrf, "login": login, "password": password},
                         cookies=cookies, headers=headers)

    # ---- kiosks and records ---------------------------------------------------------------
    def enrol_kiosk(self, ward="LE-CHAN", name="UBND phường — sảnh"):
        done = self.cli("enrol-code", "--ward", ward)
        if done.returncode != 0:
            raise RuntimeError(f"enrol-code failed: {done.stderr}")
        code = done.stdout.strip().splitlines()[-1].strip()
        r = self.post("/api/v1/enrol", body={"code": code, "name": name})
        if r.status != 200:
            raise RuntimeError(f"enrol answered {r.status}: {r.text}")
        a = r.json()
        return Kiosk(a["kioskId"], a["ward"], a["receiptPrefix"], a["token"])

    def deliver(self, kiosk, records):
        """POST /api/v1/records; the receipt codes, after checking every record was accepted."""
        r = self.post("/api/v1/records", body={"records": records},
                      headers={"Authorization": f"Bearer {kiosk.token}"})
        if r.status != 200:
            raise RuntimeError(f"records answered {r.status}: {r.text}")
        results = r.json()["results"]
        bad = [x for x in results if x.get("result") != "accepted"]
        if bad:
            raise RuntimeError(f"records not accepted: {bad}")
        return [rec["receiptCode"] for rec in records]


# ---- the browser ---------------------------------------------------------------------------
def browser(size=(1366, 768), lang=None, hub=None, downloads=None):
    """A headless Chromium through Debian's chromedriver. With lang and hub, the back-office
    language is set first (the staff_lang cookie, through /staff/lang). With downloads (a
    folder), files the pages send as attachments are saved there without asking."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    if downloads:
        options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                  "download.prompt_for_download": False})
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--hide-scrollbars",
                "--force-device-scale-factor=1", f"--window-size={size[0]},{size[1]}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    # The window has a minimum width (500 px) and its size includes the browser's frame: set
    # the page's viewport itself, as a phone of that size would have it.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": size[0] < 600})
    if lang and hub:
        set_language(driver, hub, lang)
    return driver


def set_language(driver, hub, lang, then="/staff/login"):
    driver.get(hub.url(f"/staff/lang?to={lang}&next={urllib.parse.quote(then, safe='')}"))


def submit(driver, button):
    """Clicks a form's submit button and waits for the next page to replace this one."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.wait import WebDriverWait
    from selenium.common.exceptions import WebDriverException
    button.click()

    def replaced(d):
        # Chromium may answer "node does not belong to the document" instead of a clean
        # stale-element error while the old page goes: that, too, means it was replaced.
        try:
            return expected_conditions.staleness_of(button)(d)
        except WebDriverException:
            return True
    WebDriverWait(driver, 30).until(replaced)


def fill_login(driver, login, password):
    """Types into the sign-in form and submits it; returns once the answer is shown."""
    from selenium.webdriver.common.by import By
    field = driver.find_element(By.ID, "login")
    field.clear()
    field.send_keys(login)
    driver.find_element(By.ID, "password").send_keys(password)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/staff/login'] button[type=submit]"))


def sign_in(driver, hub, login, password=PASSWORD):
    """Signs in through the form, as an officer would; returns the page path it landed on."""
    if "/staff/login" not in driver.current_url or str(hub.port) not in driver.current_url:
        driver.get(hub.url("/staff/login"))
    fill_login(driver, login, password)
    return urllib.parse.urlsplit(driver.current_url).path


def session_cookie(driver):
    """The staff_session cookie as Chromium keeps it, or None."""
    for c in driver.get_cookies():
        if c["name"] == "staff_session":
            return c
    return None


def screenshot(driver, name):
    """Saves a PNG under ARTIFACTS; its path."""
    os.makedirs(ARTIFACTS, exist_ok=True)
    path = os.path.join(ARTIFACTS, name if name.endswith(".png") else name + ".png")
    driver.save_screenshot(path)
    return path
