#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the back-office's dashboard, accounts and audit log at 1366x768 and
390x844 in Vietnamese and English, for looking at by eye (not a test).

    tests/hub/staffadmin-screenshots.py BUILD_DIR OUT_DIR

Starts a city-hub on 127.0.0.1 over a fresh SQLite file with sample accounts and records
(written straight into the tables: the pages only read them), signs in through the form in a
headless Chromium (python3-selenium, chromium-driver) and saves one PNG per page."""
import json, os, random, sqlite3, subprocess, sys, tempfile, time, uuid
from datetime import datetime, timedelta, timezone

from selenium import webdriver
from selenium.webdriver.common.by import By

build, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
hub = os.path.join(build, 'bin', 'city-hub')
tmp = tempfile.mkdtemp()
db = 'sqlite:' + os.path.join(tmp, 'hub.sqlite')
password = 'correct horse battery\n'
for login, role, ward, name in [('admin', 'admin,city', None, 'Nguyễn Thị An'), ('lechan', 'ward', 'LE-CHAN', 'Trần Văn Bình')]:
    args = [hub, '--db', db, 'user', 'add', login, '--role', role, '--name', name] + (['--ward', ward] if ward else [])
    subprocess.run(args, input=(password * 2).encode(), check=True, capture_output=True)

con = sqlite3.connect(os.path.join(tmp, 'hub.sqlite'))
now = datetime.now(timezone.utc)
iso = lambda t: t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)
rng = random.Random(7)
statuses = {'pledge': ['received', 'contacted', 'handed_over', 'verified', 'thanked'],
            'report': ['received', 'in_progress', 'resolved', 'rejected', 'duplicate']}
for i in range(400):
    ward = rng.choice(['LE-CHAN', 'HONG-BANG', 'NGO-QUYEN', 'KIEN-AN'])
    kind = rng.choice(['pledge.land', 'pledge.labour', 'report.waste', 'report.waste'])
    status = rng.choice(statuses[kind.split('.')[0]])
    received = now - timedelta(days=rng.uniform(0, 60))
    reply = None if status == 'received' else iso(received + timedelta(days=rng.uniform(0.2, 12)))
    con.execute('INSERT INTO records (id, kind, schema, created_at, received_at, ward, kiosk_id, receipt_code, entered_by,'
                ' payload, personal, content_hash, status, updated_at, first_reply_at) VALUES (?,?,1,?,?,?,?,?,?,?,?,?,?,?,?)',
                (str(uuid.uuid4()), kind, iso(received), iso(received), ward, 'K0001', 'HP-%05d-X' % i, 'resident', '{}',
                 json.dumps({'person': {'fullName': 'Lê Thị Cúc', 'phone': '0912345678'}}), 'x', status, iso(received), reply))
con.execute("INSERT INTO audit_log (at, account_id, actor, action, target, fields, detail) VALUES (?, 1, 'admin',"
            " 'record.personal.view', 'HP-00012-X', 'name,phone', '')", (iso(now),))
con.commit()
con.close()

server = subprocess.Popen([hub, '--db', db, 'serve', '--listen', '127.0.0.1:0'], stdout=subprocess.PIPE, text=True)
line = server.stdout.readline()
port = line.strip().rsplit(':', 1)[1]
base = 'http://127.0.0.1:' + port
options = webdriver.ChromeOptions()
for a in ['--headless=new', '--no-sandbox', '--disable-gpu']:
    options.add_argument(a)
driver = webdriver.Chrome(options=options)
try:
    for login in ['admin', 'lechan']:
        driver.delete_all_cookies()
        driver.get(base + '/staff/login')
        driver.find_element(By.ID, 'login').send_keys(login)
        driver.find_element(By.ID, 'password').send_keys(password.strip())
        driver.find_element(By.CSS_SELECTOR, 'button[type=submit]').click()
        pages = ['dashboard', 'accounts', 'accounts/lechan', 'audit'] if login == 'admin' else ['dashboard']
        for lang in ['vi', 'en']:
            driver.get(base + '/staff/lang?to=%s&next=/staff/' % lang)
            for page in pages:
                for w, h in [(1366, 768), (390, 844)]:
                    driver.set_window_size(w, h)
                    driver.get(base + '/staff/' + page)
                    height = driver.execute_script('return document.documentElement.scrollHeight')
                    driver.set_window_size(w, min(max(h, height), 4000))
                    name = '%s-%s-%s-%d.png' % (login, page.replace('/', '-'), lang, w)
                    driver.save_screenshot(os.path.join(out, name))
finally:
    driver.quit()
    server.terminate()
    server.wait()
print('screenshots in', out)
