#!/usr/bin/env python3
"""HTTPS: examples/net/http_mt_server_cgi.fun --tls-cert FILE --tls-key FILE
(the task model over async_tls_accept), against curl --cacert and Python's
ssl client, with a CA and a server certificate made at test time by the
openssl command: static files byte-exact (a small one from the cache and one
above small_file, streamed in pieces where sendfile cannot go), keep-alive
reuse, a handler POST, ranges and gzip over TLS; verification against
another CA fails; a client that drops mid-handshake or speaks plain HTTP
does not stop the server. Skipped (passing) without openssl or curl or a
TLS-built interpreter.

usage: test_http_tls.py --fun PATH   (last line: N passed, N failed)
"""
import argparse
import gzip
import http.client
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
passed = failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (name, detail))
        sys.stdout.flush()
    return cond


def openssl(*args, cwd):
    subprocess.run(["openssl"] + list(args), cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)


def make_certs(d):
    # a CA, and a server certificate it signs for 127.0.0.1 / localhost
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
            "-days", "2", "-subj", "/CN=Fun test CA", cwd=d)
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "srv.key", "-out", "srv.csr",
            "-subj", "/CN=localhost", cwd=d)
    with open(os.path.join(d, "ext.cnf"), "w") as f:
        f.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "srv.pem", "-days", "2", "-extfile", "ext.cnf", cwd=d)
    # an unrelated CA, for the refusal
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other.key", "-out",
            "other.pem", "-days", "2", "-subj", "/CN=Other CA", cwd=d)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", required=True)
    a = ap.parse_args()
    fun = os.path.abspath(a.fun)
    ver = subprocess.run([fun, "--version"], stdout=subprocess.PIPE).stdout.decode()
    curl = shutil.which("curl")
    if " openssl" not in ver or not shutil.which("openssl") or not curl:
        print("skipped: needs the openssl extension, the openssl command and curl")
        print("1 passed, 0 failed")
        return 0
    base = tempfile.mkdtemp(prefix="fun-https-")
    try:
        make_certs(base)
        root = os.path.join(base, "root")
        os.mkdir(root)
        small = b"".join(b"<p>small page line %d</p>\n" % i for i in range(100))
        big = bytes((i * 131 + 7) % 251 for i in range(700000))
        with open(os.path.join(root, "index.html"), "wb") as f:
            f.write(small)
        with open(os.path.join(root, "big.bin"), "wb") as f:
            f.write(big)
        env = dict(os.environ)
        env.setdefault("FUN_LIB_DIR", os.path.join(ROOT, "lib"))
        p = subprocess.Popen([fun, os.path.join(ROOT, "examples/net/http_mt_server_cgi.fun"),
                              "--tls-cert", os.path.join(base, "srv.pem"), "--tls-key",
                              os.path.join(base, "srv.key"), "--timeout", "3", "0", root],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
        try:
            line = p.stdout.readline().decode()
            m = re.search(r"https://127\.0\.0\.1:(\d+)/", line)
            if not check("server prints an https URL", m is not None and "TLS" in line, repr(line)):
                return 1
            port = int(m.group(1))
            url = m.group(0)
            ca = os.path.join(base, "ca.pem")

            def curl_get(*args):
                return subprocess.run([curl, "-s", "--max-time", "20", "--cacert", ca] + list(args),
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
            r = curl_get(url)
            check("curl --cacert: index byte-exact", r.returncode == 0 and r.stdout == small,
                  "rc %d len %d" % (r.returncode, len(r.stdout)))
            r = curl_get(url + "big.bin")
            check("curl --cacert: 700 kB file streamed over TLS byte-exact", r.stdout == big,
                  "len %d" % len(r.stdout))
            r = curl_get("-v", url, url + "index.html")
            check("curl keep-alive over TLS", r.stdout == small * 2 and
                  b"Re-using existing connection" in r.stderr)
            r = curl_get("-r", "650000-650099", url + "big.bin")
            check("curl range over TLS", r.stdout == big[650000:650100], "len %d" % len(r.stdout))
            r = curl_get("--compressed", url)
            check("curl --compressed over TLS", r.stdout == small)
            r = subprocess.run([curl, "-s", "--max-time", "10", "--cacert",
                                os.path.join(base, "other.pem"), url], stdout=subprocess.PIPE,
                               timeout=30)
            check("curl with another CA refuses the certificate", r.returncode == 60,
                  "rc %d" % r.returncode)
            # Python's ssl client: verification, a handler POST, gzip
            ctx = ssl.create_default_context(cafile=ca)
            c = http.client.HTTPSConnection("127.0.0.1", port, context=ctx, timeout=10)
            body = bytes(range(256)) * 8
            c.request("POST", "/api/echo", body=body)
            resp = c.getresponse()
            got = resp.read()
            check("python ssl: handler POST echoes binary body", resp.status == 200 and
                  got.endswith(b"\n" + body), "%s len %d" % (resp.status, len(got)))
            c.request("GET", "/index.html", headers={"Accept-Encoding": "gzip"})
            resp = c.getresponse()
            got = resp.read()
            check("python ssl: gzip on the same connection", resp.status == 200 and
                  resp.getheader("Content-Encoding") == "gzip" and gzip.decompress(got) == small)
            c.close()
            # a client that drops mid-handshake, and one speaking plain HTTP
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(b"\x16\x03\x01\x00\xc8\x01\x00\x00\xc4\x03\x03")
            s.close()
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            s.settimeout(5)
            try:
                d = s.recv(100)
            except OSError:
                d = b""
            s.close()
            check("plain HTTP on the TLS port gets no HTTP answer", not d.startswith(b"HTTP/"),
                  repr(d[:20]))
            time.sleep(0.2)
            r = curl_get(url)
            check("served after both", r.stdout == small and p.poll() is None)
        finally:
            p.kill()
            p.wait(5)
            err = p.stderr.read().decode("utf-8", "replace")
            check("nothing on stderr", "runtime error" not in err.lower() and
                  "Sanitizer" not in err, repr(err[:300]))
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
