# SPDX-License-Identifier: GPL-3.0-or-later
"""deploy/nginx/city-hub.conf for real: nginx -t accepts it, and run on free ports in front of
a hub started with --trusted-proxy 127.0.0.1 it passes the back-office through with the hub's
headers and no compression, replaces a client's own X-Real-IP, and answers a burst of sign-in
POSTs with its own 429 page."""

import http.client
import os
import re
import shutil
import socket
import ssl
import subprocess
import tempfile
import unittest
import urllib.parse

import hubfixture as hf
from hubfixture import Hub

CONF = os.path.join(hf.SOURCE_DIR, "deploy", "nginx", "city-hub.conf")
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NginxTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hub = Hub(trusted_proxy="127.0.0.1").start()
        cls.hub.add_user("tam", roles="city")
        cls.dir = tempfile.mkdtemp(prefix="civic-nginx-")
        os.chmod(cls.dir, 0o755)
        d = cls.dir
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-days", "1", "-subj", "/CN=hub.example.vn", "-keyout", f"{d}/privkey.pem",
                        "-out", f"{d}/fullchain.pem"], check=True, capture_output=True)
        # The file as shipped, on free ports on 127.0.0.1, in front of this hub. A port the
        # system said was free can be taken by another test before nginx binds it (ctest runs
        # tests in parallel): then again on other ports.
        for _ in range(5):
            cls.port, http_port = free_port(), free_port()
            cls.start_nginx(d, http_port)
            if cls.nginx is None or cls.nginx.returncode == 0 or "Address already in use" not in cls.nginx.stderr:
                break

    @classmethod
    def start_nginx(cls, d, http_port):
        with open(CONF, encoding="utf-8") as f:
            conf = f.read()
        conf = conf.replace("/etc/ssl/city-hub/", f"{d}/").replace("/var/log/nginx/", f"{d}/")
        conf = conf.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{cls.port} ssl http2;")
        conf = conf.replace("listen 80;", f"listen 127.0.0.1:{http_port};")
        conf = re.sub(r"\n\s*listen \[::\]:\d+[^;]*;", "", conf)
        conf = conf.replace("server 127.0.0.1:8080;", f"server 127.0.0.1:{cls.hub.port};")
        with open(f"{d}/city-hub.conf", "w", encoding="utf-8") as f:
            f.write(conf)
        temp = "".join(f"{kind}_temp_path {d}/{kind};\n" for kind in
                       ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        with open(f"{d}/nginx.conf", "w", encoding="utf-8") as f:
            f.write(f"pid {d}/nginx.pid;\nerror_log {d}/error.log;\nevents {{}}\n"
                    f"http {{\n{temp}include /etc/nginx/mime.types;\ninclude {d}/city-hub.conf;\n}}\n")
        check = subprocess.run([NGINX, "-t", "-e", f"{d}/error.log", "-c", f"{d}/nginx.conf"],
                               capture_output=True, text=True)
        cls.check = check
        cls.nginx = None
        if check.returncode == 0:
            cls.nginx = subprocess.run([NGINX, "-e", f"{d}/error.log", "-c", f"{d}/nginx.conf"],
                                       capture_output=True, text=True)

    @classmethod
    def tearDownClass(cls):
        pid_file = os.path.join(cls.dir, "nginx.pid")
        if os.path.exists(pid_file):
            subprocess.run([NGINX, "-e", f"{cls.dir}/error.log", "-c", f"{cls.dir}/nginx.conf", "-s", "stop"],
                           capture_output=True)
        cls.hub.stop()
        shutil.rmtree(cls.dir, ignore_errors=True)

    def request(self, method, path, form=None, headers=None, cookies=None):
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        conn = http.client.HTTPSConnection("127.0.0.1", self.port, context=context, timeout=30)
        headers = dict(headers or {}, Host="hub.example.vn")
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        try:
            conn.request(method, path, body=body, headers=headers)
            r = conn.getresponse()
            return hf.Response(r.status, r.headers, r.read())
        finally:
            conn.close()

    def test_the_configuration_is_valid_and_serves_the_back_office(self):
        self.assertEqual(self.check.returncode, 0, self.check.stderr)
        self.assertEqual(self.nginx.returncode, 0, self.nginx.stderr)
        r = self.request("GET", "/staff/login", headers={"Accept-Encoding": "gzip"})
        self.assertEqual(r.status, 200)
        self.assertIsNone(r.headers.get("Content-Encoding"), "staff pages must not be compressed (BREACH)")
        self.assertIn("no-store", r.headers["Cache-Control"])
        self.assertIn("frame-ancestors 'none'", r.headers["Content-Security-Policy"])
        self.assertIn("max-age=", r.headers["Strict-Transport-Security"])
        self.assertIn("Đăng nhập", r.text)

        # Sign-in POSTs: each claims another address; nginx replaces X-Real-IP with the real
        # one, so the hub counts them all for 127.0.0.1 and makes the fifth wait ...
        pre = r.cookies()["staff_pre"]
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', r.text).group(1)
        statuses = []
        for i in range(5):
            answer = self.request("POST", "/staff/login", cookies={"staff_pre": pre},
                                  headers={"X-Real-IP": f"203.0.113.{i + 1}"},
                                  form={"csrf": csrf, "login": "tam", "password": "wrong password here"})
            statuses.append(answer.status)
        self.assertEqual(statuses, [401, 401, 401, 401, 429])
        self.assertIn("Đã nhập sai nhiều lần.", answer.text)
        # ... and nginx itself refuses past its burst, with its own page.
        # (burst 5, then one each 6 s: the hub's slow answers above may have earned a few more)
        for _ in range(10):
            answer = self.request("POST", "/staff/login", form={"login": "tam"})
            if answer.status != 403:
                break
        self.assertEqual(answer.status, 429)
        self.assertEqual(answer.headers["Retry-After"], "60")
        self.assertIn("Quá nhiều lần thử từ địa chỉ này", answer.text)
        self.assertIn("Too many tries from this address", answer.text)
        # Reading pages is not limited by the sign-in zone.
        self.assertEqual(self.request("GET", "/staff/login").status, 200)


if __name__ == "__main__":
    unittest.main()
