#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of every back-office page (/staff) at 1366x768 and 390x844, in Vietnamese and
English, for looking at by eye. A tool, not a test.

    /usr/bin/python3 tests/hub/staff-screenshots.py BUILD_DIR_OR_CITY_HUB OUT_DIR [PAGE …]

Starts a real city-hub on 127.0.0.1 over a fresh SQLite database (tests/browser/hubfixture.py),
adds a city officer, a second city officer, a ward officer and an admin with `city-hub user
add`, enrols kiosks through /api/v1/enrol and delivers records through /api/v1/records, then
works them through the back-office's own forms (statuses with public replies, assignment,
handovers and their verification, works figures, publication of a waste report, a correction,
an erasure, a revoked kiosk). Headless Chromium (Debian's chromium + chromedriver, python3-selenium)
signs in through the form and saves, for each page, the whole page as
OUT_DIR/<page>-<lang>-<width>.png. The viewport is set through CDP: a headless window is at
least 500 px wide. The enrolment code's QR is read back with zbarimg (zbar-tools) and must say
the code the page prints. Give PAGE names to shoot only those.
"""

import base64
import io
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))

if len(sys.argv) < 3:
    sys.exit(__doc__)
target, OUT = sys.argv[1], sys.argv[2]
ONLY = set(sys.argv[3:])
os.environ["CITY_HUB"] = os.path.join(target, "bin", "city-hub") if os.path.isdir(target) else target
os.environ["CIVIC_BROWSER_DB"] = "sqlite"
sys.path.insert(0, os.path.join(SOURCE, "tests", "browser"))

from selenium.webdriver.common.by import By  # noqa: E402

import hubfixture as hf  # noqa: E402
from hubfixture import Hub, browser, set_language, sign_in  # noqa: E402

SIZES = [(1366, 768), (390, 844)]
LANGS = ["vi", "en"]
# The tallest page a screenshot takes whole; a longer one is cut there (and says so).
MAX_HEIGHT = 9000


def jpeg(width=640, height=480):
    """A photo of a pile of sand and bricks, drawn (python3-pil)."""
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (width, height), (150, 180, 210))
    d = ImageDraw.Draw(img)
    d.rectangle([0, height * 2 // 3, width, height], fill=(120, 110, 90))
    d.polygon([(80, 400), (260, 220), (440, 400)], fill=(205, 170, 110))
    for i in range(8):
        x = 400 + (i % 4) * 50
        y = 360 - (i // 4) * 28
        d.rectangle([x, y, x + 46, y + 24], fill=(170, 60, 40), outline=(90, 30, 20))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


class Officer:
    """A signed-in session over plain HTTP, for filling the hub through its own forms."""

    def __init__(self, hub, login):
        self.hub = hub
        r = hub.sign_in_http(login)
        if r.status != 303:
            raise RuntimeError(f"{login} cannot sign in: {r.status}")
        self.cookies = {"staff_session": r.cookies()["staff_session"]}
        page = hub.get("/staff/account", cookies=self.cookies)
        self.csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text).group(1)

    def get(self, path):
        return self.hub.get(path, cookies=self.cookies)

    def post(self, path, fields, expect=(303,)):
        form = [("csrf", self.csrf)] + (list(fields.items()) if isinstance(fields, dict) else list(fields))
        r = self.hub.post(path, form=form, cookies=self.cookies)
        if r.status not in expect:
            raise RuntimeError(f"POST {path} answered {r.status}: {r.text[:400]}")
        return r


def content_sync(hub, kiosk, version="1.4.2"):
    """A kiosk's content check, as its sync makes it: the hub notes the app and content versions."""
    headers = {"Authorization": f"Bearer {kiosk.token}", "X-Kiosk-App-Version": version}
    r = hub.get("/api/v1/content", headers=headers)
    etag = (r.headers.get("ETag") or "").strip('"')
    hub.get("/api/v1/content", headers={**headers, "X-Kiosk-Content-Version": etag})


def fill(hub):
    """Accounts, kiosks, records and the work done on them; the codes the pages need."""
    hub.add_user("anna", roles="city", name="Nguyễn Thị An")
    hub.add_user("binh", roles="city", name="Trần Văn Bình")
    hub.add_user("chi", roles="ward", ward="LE-CHAN", name="Phạm Thị Chi")
    hub.add_user("quan", roles="admin", name="Lê Minh Quân")
    hub.add_user("dung", roles="ward", ward="HONG-BANG", name="Đỗ Văn Dũng")

    lc = hub.enrol_kiosk("LE-CHAN", name="UBND phường Lê Chân — sảnh")
    hb = hub.enrol_kiosk("HONG-BANG", name="UBND phường Hồng Bàng")
    nq = hub.enrol_kiosk("NGO-QUYEN", name="Nhà văn hoá tổ 7, Ngô Quyền")
    old = hub.enrol_kiosk("LE-CHAN", name="Ki-ốt cũ (đã thay)")
    content_sync(hub, lc)
    content_sync(hub, hb, "1.4.1")

    places = ["Bãi đất trống cạnh chợ Hàng, tổ 3", "Ngõ 64 Lạch Tray, sau trường mầm non",
              "Chân cầu Niệm, phía bờ sông", "Sân nhà văn hoá tổ 12", "Đường Tô Hiệu, đoạn trước số 210"]
    descriptions = ["Cát và gạch đổ ở đây từ ba tháng trước, mưa trôi ra đường.",
                    "Cốt thép để ngoài trời đã gỉ, không ai trông.",
                    "Xi măng bao rách, đông cứng thành cục, bỏ lại sau khi làm đường.",
                    "Ống nước mới chưa lắp, để ngoài nắng gần một năm.",
                    "Đá dăm đổ chắn lối đi, xe máy phải đi vòng."]
    people = [("Nguyễn Văn Minh", "0912345678"), ("Trần Thị Lan", "0987654321"), ("Lê Hoàng Nam", "0903111222"),
              ("Phạm Thị Thu Hương", "0968555444"), ("Vũ Đức Thắng", "0935777888")]
    anna = Officer(hub, "anna")
    ward_works = {w: list(dict.fromkeys(re.findall(r'href="/staff/works/([A-Z0-9-]+)"', anna.get(f"/staff/works?ward={w}").text)))
                  for w in ("LE-CHAN", "HONG-BANG", "NGO-QUYEN")}
    codes = {}
    for k, kiosk in enumerate([lc, hb, nq]):
        batch = []
        for i in range(18):
            n = k * 18 + i
            who = people[n % len(people)]
            person = kiosk.personal(full_name=who[0], phone=who[1])
            if i % 6 == 0:
                batch.append(kiosk.land_pledge(area_m2=[25.5, 40, 12.75, 120][n % 4], person=person))
            elif i % 6 == 1:
                batch.append(kiosk.labour_pledge(days=[3, 5, 10][n % 3], person=person))
            elif i % 6 == 2:
                batch.append(kiosk.materials_pledge(person=person, items=[
                    {"item": "cement", "quantity": 20, "unit": "bao"},
                    {"item": "sand", "quantity": 2.5, "unit": "m3"},
                    {"item": "other", "otherItem": "Tấm lợp tôn", "quantity": 1500, "unit": "other", "otherUnit": "tấm"}]))
            else:
                photo = jpeg() if i == 3 else None  # sand and bricks, as the first description says
                batch.append(kiosk.report(description=descriptions[0 if photo else n % 5], place=places[0 if photo else n % 5],
                                          person=person if i % 2 else None, photo_jpeg=photo))
        # Most pledges are for a work of their ward.
        for n, r in enumerate(batch):
            if r["kind"].startswith("pledge.") and ward_works[kiosk.ward] and n % 4 != 3:
                r["payload"]["projectCode"] = ward_works[kiosk.ward][n % len(ward_works[kiosk.ward])]
        delivered = hub.deliver(kiosk, batch)
        codes[kiosk.ward] = list(zip([r["kind"] for r in batch], delivered))
    lc_codes = codes["LE-CHAN"]
    first = lambda ward, kind, nth=0: [c for k, c in codes[ward] if k == kind][nth]  # noqa: E731

    binh = Officer(hub, "binh")
    chi = Officer(hub, "chi")
    quan = Officer(hub, "quan")

    # Reports worked with public replies and internal notes.
    report = first("LE-CHAN", "report.waste")           # has the photo
    anna.post(f"/staff/records/{report}/status", {"status": "in_progress", "reply": "Phường đã cử tổ công tác đến kiểm tra hiện trường.",
                                                   "note": "Gọi Công ty Công trình đô thị, anh Hải."})
    anna.post(f"/staff/records/{report}/status", {"status": "resolved", "reply": "Đã thu dọn cát, gạch và rửa mặt đường. Cảm ơn bạn đã phản ánh.",
                                                   "note": ""})
    anna.post(f"/staff/records/{report}/publish", {"summary": "Cát và gạch đổ trên bãi đất cạnh chợ Hàng đã được thu dọn; phường tận dụng gạch cho sân nhà văn hoá.",
                                                    "photo": "1"})
    second = first("LE-CHAN", "report.waste", 1)
    chi.post(f"/staff/records/{second}/status", {"status": "in_progress", "reply": "", "note": "Hẹn kiểm tra sáng thứ Hai."})
    chi.post(f"/staff/records/{second}/correct", {"field": "place", "value": "Ngõ 64 Lạch Tray, phía sau trường mầm non Hoa Sen"})
    dup = first("LE-CHAN", "report.waste", 2)
    anna.post(f"/staff/records/{dup}/duplicate", {"original": second, "reply": "Phản ánh này trùng với một phản ánh đã tiếp nhận."})
    rejected = first("HONG-BANG", "report.waste")
    anna.post(f"/staff/records/{rejected}/status", {"status": "rejected", "reply": "Địa điểm thuộc khu vực dự án tư nhân, đã chuyển chủ đầu tư.", "note": ""})
    erased = first("NGO-QUYEN", "report.waste", 1)
    anna.post(f"/staff/records/{erased}/erase", {"confirm": "1"})
    # Assignment of a page of the inbox.
    anna_id = re.search(r'<option value="(\d+)">Nguyễn Thị An', anna.get("/staff/inbox").text).group(1)
    anna.post("/staff/inbox", [("action", "assign"), ("assign_to", anna_id)]
              + [("code", c) for _, c in lc_codes[3:9]])

    # Handovers: land in two parts, one verified by the second city officer; materials in part.
    land = first("LE-CHAN", "pledge.land")
    today = datetime.now(timezone(timedelta(hours=7))).strftime("%d/%m/%Y")
    hand = f"/staff/records/{land}/handover"
    chi.post(hand, {"step": "contact"})
    chi.post(hand, {"step": "add", "quantity": "15,5", "date": today, "document": "BB-2026/117",
                    "note": "Bàn giao phần đất mặt ngõ, có chữ ký tổ trưởng."})
    binh.post(hand, {"step": "verify"})
    anna.post(hand, {"step": "add", "quantity": "10", "date": today, "document": "BB-2026/121", "note": ""})
    materials = first("LE-CHAN", "pledge.materials")
    mhand = f"/staff/records/{materials}/handover"
    chi.post(mhand, {"step": "contact"})
    chi.post(mhand, {"step": "add", "quantity": "10", "item": "cement", "unit": "bao", "date": today, "document": "BB-2026/130", "note": "Đợt 1: 10 bao xi măng."})

    # Works: new figures for one work published, for another waiting.
    works = list(dict.fromkeys(re.findall(r'href="/staff/works/([A-Z0-9-]+)"', anna.get("/staff/works?ward=LE-CHAN").text)))
    anna.post(f"/staff/works/{works[0]}", {"on_date": today, "stage": "in_progress", "progress": "71",
                                             "disbursed": "31.250.000.000", "budget": "48.000.000.000",
                                             "start": "15/03/2026", "planned_end": "30/06/2027", "actual_end": ""},
              expect=(303,))
    anna.post("/staff/works/publish", {})
    if len(works) > 1:
        anna.post(f"/staff/works/{works[1]}", {"on_date": today, "stage": "in_progress", "progress": "12",
                                                 "disbursed": "2.400.000.000", "budget": "19.500.000.000",
                                                 "start": "01/09/2026", "planned_end": "31/12/2027", "actual_end": ""})

    # More of the city's work, through `city-hub set-status`, so the lists and the board show
    # every kind of status.
    steps = {"report.waste": ["in_progress", "resolved", "scheduled", "in_progress", "rejected"],
             "pledge.land": ["contacted", "verified", "thanked"], "pledge.labour": ["contacted", "thanked"],
             "pledge.materials": ["contacted"]}
    for ward in ("HONG-BANG", "NGO-QUYEN"):
        seen = {}
        for kind, code in codes[ward][4:]:
            n = seen.get(kind, 0)
            seen[kind] = n + 1
            if n < len(steps[kind]):
                done = hub.cli("set-status", code, steps[kind][n], "--note", "Phường đã tiếp nhận và xử lý theo quy định.")
                if done.returncode != 0:
                    raise RuntimeError(f"set-status {code}: {done.stderr}")

    # Admin: a revoked kiosk, a reply template, an account disabled.
    quan.post(f"/staff/kiosks/{old.id}/revoke", {})
    hub.add_user("cuong", roles="ward", ward="NGO-QUYEN", name="Hoàng Văn Cường")
    quan.post("/staff/accounts/cuong/disable", {})
    return {"report": report, "second": second, "dup": dup, "land": land, "materials": materials,
            "labour": first("LE-CHAN", "pledge.labour"), "erased": erased, "work": works[0],
            "kiosk": lc.id, "hbreport": rejected}


def pages(c):
    """(name, account or None, path, action) for every page; action: None to GET, or a
    function that brings the driver to the page."""
    def login_error(d, hub):
        d.delete_cookie("staff_session")  # the language cookie stays
        d.get(hub.url("/staff/login"))
        hf.fill_login(d, "khong.co", "sai mat khau roi")

    def contact(code):
        def go(d, hub):
            d.get(hub.url(f"/staff/records/{code}"))
            hf.submit(d, d.find_element(By.CSS_SELECTOR, f"form[action='/staff/records/{code}/contact'] button"))
        return go

    def filters_open(d, hub):
        d.get(hub.url("/staff/inbox?ward=LE-CHAN&status=open"))
        d.find_element(By.ID, "filters-line").click()  # a phone's tap on the folded filters

    def enrol(d, hub):
        d.get(hub.url("/staff/kiosks"))
        hf.submit(d, d.find_element(By.CSS_SELECTOR, "form[action='/staff/kiosks/enrol'] button"))

    return [
        ("login", None, "/staff/login", None),
        ("login-error", None, None, login_error),
        ("inbox", "anna", "/staff/inbox", None),
        ("inbox-filtered", "anna", "/staff/inbox?ward=LE-CHAN&status=open&sort=oldest", None),
        ("inbox-filters-open", "anna", None, filters_open),
        ("inbox-ward", "chi", "/staff/inbox", None),
        ("record-report", "anna", f"/staff/records/{c['report']}", None),
        ("record-contact", "anna", None, contact(c["land"])),
        ("record-fill", "chi", f"/staff/records/{c['second']}?status=resolved", None),
        ("record-materials", "chi", f"/staff/records/{c['materials']}", None),
        ("record-labour", "anna", f"/staff/records/{c['labour']}", None),
        ("record-duplicate", "anna", f"/staff/records/{c['dup']}", None),
        ("record-erased", "anna", f"/staff/records/{c['erased']}", None),
        ("handover-land", "binh", f"/staff/records/{c['land']}/handover", None),
        ("handover-materials", "chi", f"/staff/records/{c['materials']}/handover", None),
        ("works", "anna", "/staff/works", None),
        ("work-edit", "anna", f"/staff/works/{c['work']}", None),
        ("work-ward", "chi", f"/staff/works/{c['work']}", None),
        ("dashboard", "anna", "/staff/dashboard", None),
        ("dashboard-ward", "chi", "/staff/dashboard", None),
        ("dashboard-admin", "quan", "/staff/dashboard", None),
        ("kiosks", "quan", "/staff/kiosks", None),
        ("kiosk-code", "quan", None, enrol),
        ("kiosk-revoke", "quan", f"/staff/kiosks/{c['kiosk']}/revoke", None),
        ("accounts", "quan", "/staff/accounts", None),
        ("account-one", "quan", "/staff/accounts/chi", None),
        ("audit", "quan", "/staff/audit", None),
        ("templates", "quan", "/staff/templates", None),
        ("account", "chi", "/staff/account", None),
        ("notfound", "chi", f"/staff/records/{c['hbreport']}", None),
        ("message", "anna", f"/staff/records/{c['report']}/handover", None),
    ]


def shoot(d, path, width):
    """The whole page: the viewport made as tall as the page (up to MAX_HEIGHT), then back."""
    height = d.execute_script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
    overflow = d.execute_script("return document.documentElement.scrollWidth") > width
    tall = min(max(height, SIZES[0][1] if width > 600 else SIZES[1][1]), MAX_HEIGHT)
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": tall, "deviceScaleFactor": 1, "mobile": width < 600})
    d.save_screenshot(path)
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": SIZES[0][1] if width > 600 else SIZES[1][1],
                       "deviceScaleFactor": 1, "mobile": width < 600})
    return height, overflow


def check_qr(d, out_png):
    """The enrolment code's QR, cut from the screenshot and read by zbarimg: the code shown."""
    from PIL import Image
    shown = d.find_element(By.ID, "enrol-code").text.strip()
    img = d.find_element(By.CSS_SELECTOR, "img.kiosk-code-qr")
    r = img.rect
    pad = 8
    crop = Image.open(out_png).crop((int(r["x"]) - pad, int(r["y"]) - pad,
                                     int(r["x"] + r["width"]) + pad, int(r["y"] + r["height"]) + pad))
    qr_png = out_png.replace(".png", "-qr.png")
    crop.save(qr_png)
    done = subprocess.run(["zbarimg", "--quiet", "--raw", qr_png], capture_output=True, text=True)
    read = done.stdout.strip()
    ok = done.returncode == 0 and read == shown
    print(f"  QR {os.path.basename(qr_png)}: zbarimg read {read!r}, page shows {shown!r}: {'same' if ok else 'DIFFERENT'}")
    return ok


def main():
    if not shutil.which("zbarimg"):
        sys.exit("zbarimg (zbar-tools) is needed to read the enrolment QR back")
    os.makedirs(OUT, exist_ok=True)
    problems = []
    with Hub() as hub:
        codes = fill(hub)
        for width, height in SIZES:
            d = browser(size=(width, height))
            try:
                for lang in LANGS:
                    signed_in = "not yet"  # so the first page sets the language
                    for name, who, path, action in pages(codes):
                        if ONLY and name not in ONLY:
                            continue
                        if who != signed_in:
                            d.delete_all_cookies()
                            set_language(d, hub, lang)
                            if who:
                                sign_in(d, hub, who)
                            signed_in = who
                        if action:
                            action(d, hub)
                            signed_in = "?" if name.startswith("login") else signed_in
                        else:
                            d.get(hub.url(path))
                        out = os.path.join(OUT, f"{name}-{lang}-{width}.png")
                        full, overflow = shoot(d, out, width)
                        note = []
                        if overflow:
                            note.append("WIDER THAN THE SCREEN")
                            problems.append(f"{name} {lang} {width}: wider than the screen")
                        if full > MAX_HEIGHT:
                            note.append(f"cut at {MAX_HEIGHT} of {full} px")
                        if name == "kiosk-code" and not check_qr(d, out):
                            problems.append(f"{name} {lang} {width}: the QR does not say the code")
                        print(f"{os.path.basename(out)}  {full} px tall  {' '.join(note)}")
            finally:
                d.quit()
    print("screenshots in", OUT)
    if problems:
        print("\n".join(["problems:"] + problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
