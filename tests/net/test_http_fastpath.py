#!/usr/bin/env python3
"""The event-loop server answers a repeated static GET/HEAD from its fast path
(lib/net/http_server_core.fun, __http_fast). Its bytes must be exactly the
general path's: the first request of each kind goes through the general path
(and fills the cache), the next ones through the fast path; every raw response
is compared (Date line aside) for GET, HEAD, HTTP/1.0 keep-alive and a
Connection: close request, on one keep-alive connection and on fresh ones.

usage: test_http_fastpath.py --fun PATH   (last line: N passed, N failed)
"""
import argparse
import os
import re
import socket
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
passed = failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (name, detail))


def read_response(s, head_only=False):
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = s.recv(65536)
        if not chunk:
            return buf
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    m = re.search(rb"(?i)\r\ncontent-length: *(\d+)", head)
    n = 0 if head_only or not m else int(m.group(1))
    while len(rest) < n:
        chunk = s.recv(65536)
        if not chunk:
            break
        rest += chunk
    return head + b"\r\n\r\n" + rest


def no_date(raw):
    return re.sub(rb"\r\nDate: [^\r]*", b"\r\nDate: -", raw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", required=True)
    a = ap.parse_args()
    p = subprocess.Popen([a.fun, os.path.join(ROOT, "examples/net/http_mt_server.fun"), "0"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        line = p.stdout.readline().decode()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            print("server did not start: %r" % line)
            print("0 passed, 1 failed")
            return 1
        port = int(m.group(1))
        host = "Host: 127.0.0.1:%d\r\n" % port
        variants = {
            "GET": "GET /style.css HTTP/1.1\r\n" + host + "\r\n",
            "HEAD": "HEAD /style.css HTTP/1.1\r\n" + host + "\r\n",
            "GET /": "GET / HTTP/1.1\r\n" + host + "User-Agent: t\r\n\r\n",
            "1.0 keep-alive": "GET /fun.png HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
        }
        for name, req in variants.items():
            s = socket.create_connection(("127.0.0.1", port), timeout=10)
            got = []
            for _ in range(4):  # the first fills the cache, the rest take the fast path
                s.sendall(req.encode())
                got.append(no_date(read_response(s, name == "HEAD")))
            s.close()
            check(name + ": same bytes on every request", all(g == got[0] for g in got),
                  repr(got[:2]))
            check(name + ": 200", got[0].startswith(b"HTTP/1.1 200 OK\r\n"), repr(got[0][:60]))
            # a fresh connection gets the same answer too
            s = socket.create_connection(("127.0.0.1", port), timeout=10)
            s.sendall(req.encode())
            check(name + ": same bytes on a new connection",
                  no_date(read_response(s, name == "HEAD")) == got[0])
            s.close()
        # Connection: close goes through the general path and closes
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(("GET /style.css HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n").encode())
        r = read_response(s)
        check("close: Connection: close header", b"\r\nConnection: close\r\n" in r, repr(r[:200]))
        s.settimeout(5)
        check("close: connection closed", s.recv(10) == b"")
        s.close()
    finally:
        p.kill()
        p.wait(5)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
