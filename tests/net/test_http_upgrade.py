#!/usr/bin/env python3
"""Connection take-over (a handler's "upgrade" function, the hook WebSocket
servers use) in the event loop, N event loops, the tasks model and the thread pool: the
101 head goes out byte-exact with the handler's headers and no body, the
bytes the client sent after the request head (in the same packet) reach the
new owner, the session goes on on that socket, and the server keeps
answering other clients meanwhile. A handler that refuses (426) stays plain
HTTP.

usage: test_http_upgrade.py --fun PATH   (last line: N passed, N failed)
"""
import argparse
import os
import re
import socket
import subprocess
import sys
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


def recv_until(s, pred, timeout=5.0):
    buf = b""
    end = time.time() + timeout
    while not pred(buf):
        left = end - time.time()
        if left <= 0:
            break
        s.settimeout(left)
        try:
            d = s.recv(65536)
        except (socket.timeout, ConnectionError):
            break
        if not d:
            break
        buf += d
    return buf


def run_mode(fun, mode):
    env = dict(os.environ)
    env.setdefault("FUN_LIB_DIR", os.path.join(ROOT, "lib"))
    p = subprocess.Popen([fun, os.path.join(HERE, "fixtures", "upgrade_server.fun"), mode,
                          os.path.join(ROOT, "examples", "net", "htdocs")],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    try:
        line = p.stdout.readline().decode()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not check(mode + ": server starts", m is not None, repr(line)):
            return
        port = int(m.group(1))
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        # the head and the first bytes of the new protocol in one send
        s.sendall(b"GET /echo?x=1 HTTP/1.1\r\nHost: t\r\nUpgrade: echo\r\n"
                  b"Connection: Upgrade\r\n\r\nhello ")
        buf = recv_until(s, lambda b: b"\r\n\r\nHELLO " in b)
        head, _, rest = buf.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        check(mode + ": 101 status line", lines[0] == b"HTTP/1.1 101 Switching Protocols",
              repr(lines[0]))
        names = [ln.split(b":")[0] for ln in lines[1:]]
        check(mode + ": head fields", names == [b"Server", b"Date", b"Upgrade", b"Connection",
                                                b"X-Path"], repr(names))
        check(mode + ": handler headers", b"\r\nUpgrade: echo\r\nConnection: Upgrade\r\n"
              b"X-Path: /echo" in head + b"\r\n", repr(head))
        check(mode + ": bytes past the head reach the new owner", rest == b"HELLO ", repr(rest))
        # the server still answers others while the session lives
        o = socket.create_connection(("127.0.0.1", port), timeout=5)
        o.sendall(b"GET /style.css HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        r = recv_until(o, lambda b: False)
        o.close()
        check(mode + ": other clients served meanwhile", r.startswith(b"HTTP/1.1 200 OK\r\n"),
              repr(r[:40]))
        s.sendall(b"world")
        check(mode + ": the session goes on", recv_until(s, lambda b: b == b"WORLD") == b"WORLD")
        s.sendall(b" bye")
        got = recv_until(s, lambda b: False)
        check(mode + ": session ends when its owner closes", got == b" BYE", repr(got))
        s.close()
        # a refusal is an ordinary response on a connection that stays HTTP
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"GET /echo HTTP/1.1\r\nHost: t\r\n\r\nGET /style.css HTTP/1.1\r\nHost: t\r\n"
                  b"Connection: close\r\n\r\n")
        r = recv_until(s, lambda b: False)
        s.close()
        check(mode + ": refusal then the next request", r.startswith(b"HTTP/1.1 426 ") and
              r.count(b"HTTP/1.1 200 OK\r\n") == 1, repr(r[:80]))
    finally:
        p.kill()
        p.wait(5)
        err = p.stderr.read().decode("utf-8", "replace")
        check(mode + ": nothing on stderr", err == "", repr(err))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", required=True)
    a = ap.parse_args()
    for mode in ("events", "loops", "tasks", "threads"):
        run_mode(os.path.abspath(a.fun), mode)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
