#!/usr/bin/env python3
"""Tests for examples/net/http_mt_server*.fun and lib/net/http_cgi_server.fun.

Loopback only. Each server is started on port 0, its URL read from its first
output line, and stopped at the end. Both concurrency models are tested: the
event loop (default), N event loops on N threads (--threads N), the thread
pool (--pool N) and the scheduler tasks (--scheduler).

    python3 tests/net/test_http_server.py [--fun build/fun] [--only event|threads|pool|scheduler] [-v]

Prints one line per failure and `N passed, N failed` at the end; exit 0 when
everything passed.
"""
import argparse
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "examples", "net")
HTDOCS = os.path.join(EXAMPLES, "htdocs")

# sanitizer builds are several times slower: stretch the latency bounds
SLOW = 4.0 if os.environ.get("FUN_TEST_ASAN") else 1.0
passed = 0
failed = 0
verbose = False
lock = threading.Lock()


def check(name, cond, detail=""):
    global passed, failed
    with lock:
        if cond:
            passed += 1
            if verbose:
                print("ok   " + name)
        else:
            failed += 1
            print("FAIL " + name + (": " + detail if detail else ""))
            sys.stdout.flush()
    return cond


class Server:
    """Starts a server script on port 0 and reads its URL line."""

    def __init__(self, fun, script, root, extra=()):
        env = dict(os.environ)
        env.setdefault("FUN_LIB_DIR", os.path.join(ROOT, "lib"))
        cmd = [fun, os.path.join(EXAMPLES, script)] + list(extra) + ["0", root]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     env=env, cwd=ROOT)
        self.err = []
        threading.Thread(target=self._drain_err, daemon=True).start()
        line = self._readline(10)
        m = re.search(r"http://([^:/\s]+):(\d+)/", line)
        if not m:
            self.stop()
            raise RuntimeError("no URL line from %s: %r %r" % (script, line, self.err))
        self.line = line
        self.host = m.group(1)
        self.port = int(m.group(2))
        self.url = m.group(0)

    def _drain_err(self):
        for ln in self.proc.stderr:
            self.err.append(ln.decode("utf-8", "replace"))

    def _readline(self, timeout):
        out = []
        t = threading.Thread(target=lambda: out.append(self.proc.stdout.readline()), daemon=True)
        t.start()
        t.join(timeout)
        return out[0].decode("utf-8", "replace") if out else ""

    def alive(self):
        return self.proc.poll() is None

    def conn(self, timeout=10):
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def fetch(srv, method, path, body=None, headers=None, timeout=10):
    c = srv.conn(timeout)
    try:
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        data = r.read()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data
    finally:
        c.close()


def read_response(sock, deadline):
    """One response from sock: (status, headers, body), or None on close/timeout."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        left = deadline - time.time()
        if left <= 0:
            return None
        sock.settimeout(left)
        try:
            d = sock.recv(65536)
        except (socket.timeout, ConnectionError):
            return None
        if not d:
            return None
        buf += d
    head, rest = buf.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    hdrs = {}
    for ln in lines[1:]:
        k, v = ln.split(":", 1)
        hdrs[k.strip().lower()] = v.strip()
    n = int(hdrs.get("content-length", "0"))
    while len(rest) < n:
        left = deadline - time.time()
        if left <= 0:
            return None
        sock.settimeout(left)
        try:
            d = sock.recv(65536)
        except (socket.timeout, ConnectionError):
            return None
        if not d:
            return None
        rest += d
    return status, hdrs, rest[:n], rest[n:]


def raw(srv, data, timeout=5):
    """Sends raw bytes; returns (status or None, headers, body, closed_after)."""
    s = socket.create_connection((srv.host, srv.port), timeout=timeout)
    try:
        s.sendall(data)
        r = read_response(s, time.time() + timeout)
        if r is None:
            return None, {}, b"", True
        closed = False
        if r[1].get("connection", "").lower() == "close":
            s.settimeout(timeout)
            try:
                closed = s.recv(1) == b""
            except (socket.timeout, ConnectionError):
                closed = False
        return r[0], r[1], r[2], closed
    finally:
        s.close()


def make_root():
    """A document root with text, binary and large files, CGI scripts, a
    hidden file and symlinks leading out of the root."""
    base = tempfile.mkdtemp(prefix="fun-http-test-")
    root = os.path.join(base, "root")
    os.mkdir(root)
    outside = os.path.join(base, "outside")
    os.mkdir(outside)
    with open(os.path.join(outside, "secret.txt"), "w") as f:
        f.write("TOP SECRET\n")
    files = {}

    def put(rel, data):
        p = os.path.join(root, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
        files[rel] = data

    put("index.html", b"<html><body>root index</body></html>\n")
    put("style.css", b"body { color: red; }\n")
    put("bin/all.bin", bytes(range(256)) * 64 + b"\0\0tail\0")
    big = bytearray()
    x = 12345
    for _ in range(1536 * 1024 // 4):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        big += x.to_bytes(4, "little")
    put("big.dat", bytes(big))
    put("sub/index.html", b"sub index\n")
    put("noindex/file.txt", b"a file\n")
    put(".secret", b"hidden\n")
    put("space name.txt", b"spaces ok\n")
    shutil.copy(os.path.join(HTDOCS, "fun.png"), os.path.join(root, "fun.png"))
    with open(os.path.join(HTDOCS, "fun.png"), "rb") as f:
        files["fun.png"] = f.read()
    shutil.copy(os.path.join(HTDOCS, "hello.fun"), os.path.join(root, "hello.fun"))
    put("cgi/env.fun", b"""names = ["GATEWAY_INTERFACE", "SERVER_PROTOCOL", "SERVER_NAME", "SERVER_PORT",
  "REQUEST_METHOD", "QUERY_STRING", "SCRIPT_NAME", "PATH_INFO", "CONTENT_LENGTH",
  "CONTENT_TYPE", "REMOTE_ADDR", "HTTP_X_CUSTOM", "HTTP_USER_AGENT", "HTTP_PROXY",
  "FUN_ARGS", "POST_DATA"]
echo("Content-Type: text/plain\\r\\n\\r\\n")
for n in names
  print(n + "=" + env(n))
""")
    put("cgi/status.fun", b'echo("Status: 404 Nope\\r\\nContent-Type: text/plain\\r\\nX-A: b\\r\\n\\r\\nnot here")\n')
    put("cgi/redirect.fun", b'echo("Location: /index.html\\r\\n\\r\\n")\n')
    put("cgi/fail.fun", b'x = [1][5]\n')
    put("cgi/bare.fun", b'echo("just text, no headers")\n')
    put("cgi/silent.fun", b'x = 1\n')
    put("cgi/crash.fun", b'echo("Content-Type: text/plain\\r\\n\\r\\npartial ")\nx = [1][5]\n')
    put("cgi/slow.fun", b'sleep_ms(%d)' % int(min(3000 * SLOW, 6000)) + b'\necho("Content-Type: text/plain\\n\\nslow done")\n')
    put("cgi/binary.fun", b'echo("Content-Type: application/octet-stream\\r\\n\\r\\n" + chr(0) + chr(255) + chr(0))\n')
    put("cgi/stdin.fun", b'data = read_file("/dev/stdin")\necho("Content-Type: application/octet-stream\\r\\n\\r\\n" + data)\n')
    os.symlink(os.path.join(outside, "secret.txt"), os.path.join(root, "leak.txt"))
    os.symlink(outside, os.path.join(root, "leakdir"))
    os.symlink(os.path.join(root, "style.css"), os.path.join(root, "inside-link.css"))
    return base, root, files


# ------------------------------------------------------------------ tests

def test_static(srv, files, tag):
    st, h, body = fetch(srv, "GET", "/")
    check(tag + " GET / index", st == 200 and body == files["index.html"], str(st))
    check(tag + " index content type", h.get("content-type", "").startswith("text/html"))
    for rel, ctype in [("style.css", "text/css"), ("fun.png", "image/png"),
                       ("bin/all.bin", "application/octet-stream"),
                       ("big.dat", "application/octet-stream")]:
        st, h, body = fetch(srv, "GET", "/" + rel)
        check(tag + " GET /" + rel + " byte-exact", st == 200 and body == files[rel],
              "status %s len %d want %d" % (st, len(body), len(files[rel])))
        check(tag + " /" + rel + " content type", h.get("content-type", "").startswith(ctype),
              h.get("content-type", ""))
        check(tag + " /" + rel + " content length",
              h.get("content-length") == str(len(files[rel])))
    st, h, body = fetch(srv, "GET", "/space%20name.txt")
    check(tag + " percent-decoded name", st == 200 and body == b"spaces ok\n")
    st, h, body = fetch(srv, "GET", "/inside-link.css")
    check(tag + " symlink inside root served", st == 200 and body == files["style.css"])
    st, h, body = fetch(srv, "HEAD", "/bin/all.bin")
    check(tag + " HEAD", st == 200 and body == b"" and
          h.get("content-length") == str(len(files["bin/all.bin"])))
    st, h, body = fetch(srv, "GET", "/nope.html")
    check(tag + " 404", st == 404, str(st))
    st, h, body = fetch(srv, "GET", "/sub")
    check(tag + " directory redirect", st == 301 and h.get("location") == "/sub/", str(st))
    st, h, body = fetch(srv, "GET", "/sub/")
    check(tag + " directory index", st == 200 and body == b"sub index\n")
    st, h, body = fetch(srv, "GET", "/noindex/")
    check(tag + " directory without index refused", st == 403, str(st))
    st, h, body = fetch(srv, "POST", "/style.css", body=b"x")
    check(tag + " POST to a static file: 405", st == 405 and "GET" in h.get("allow", ""), str(st))
    st, h, body = fetch(srv, "DELETE", "/style.css")
    check(tag + " DELETE: 405", st == 405, str(st))
    st, h, body = fetch(srv, "GET", "/index.html?x=1&y=2")
    check(tag + " query string ignored for files", st == 200 and body == files["index.html"])


def test_curl(srv, root, files, tag):
    curl = shutil.which("curl")
    if not curl:
        return
    for rel in ["bin/all.bin", "big.dat", "fun.png"]:
        r = subprocess.run([curl, "-s", "--max-time", "10", srv.url + rel],
                           stdout=subprocess.PIPE, timeout=20)
        check(tag + " curl /" + rel + " byte-exact", r.stdout == files[rel],
              "len %d" % len(r.stdout))
    # several URLs over one keep-alive connection
    r = subprocess.run([curl, "-s", "-v", "--max-time", "10", srv.url + "style.css",
                        srv.url + "style.css"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=20)
    src = os.path.join(root, "bin", "all.bin")
    for name, extra in [("POST (Expect: 100-continue)", ["-H", "Expect: 100-continue"]),
                        ("chunked POST", ["-H", "Transfer-Encoding: chunked"])]:
        r2 = subprocess.run([curl, "-s", "-v", "--max-time", "10", "--data-binary", "@" + src] +
                            extra + [srv.url + "cgi/stdin.fun"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, timeout=20)
        check(tag + " curl " + name + " through CGI byte-exact",
              r2.stdout == files["bin/all.bin"], "len %d" % len(r2.stdout))
        if "Expect" in name:
            check(tag + " curl got 100 Continue", b"< HTTP/1.1 100 Continue" in r2.stderr)
    check(tag + " curl keep-alive reuse", r.stdout == files["style.css"] * 2 and
          b"Re-using existing connection" in r.stderr)


def test_keepalive_pipelining(srv, files, tag):
    c = srv.conn()
    ok = True
    try:
        for i in range(20):
            c.request("GET", "/style.css")
            r = c.getresponse()
            if r.read() != files["style.css"] or r.status != 200:
                ok = False
        sock_before = c.sock
        c.request("GET", "/style.css")
        c.getresponse().read()
        ok = ok and c.sock is sock_before
    finally:
        c.close()
    check(tag + " 21 requests on one keep-alive connection", ok)
    s = socket.create_connection((srv.host, srv.port), timeout=5)
    try:
        s.sendall(b"GET /style.css HTTP/1.1\r\nHost: x\r\n\r\n"
                  b"GET /sub/ HTTP/1.1\r\nHost: x\r\n\r\n"
                  b"GET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        deadline = time.time() + 5
        r1 = read_response(s, deadline)
        r2 = r1 and read_response_rest(s, r1[3], deadline)
        r3 = r2 and read_response_rest(s, r2[3], deadline)
        check(tag + " pipelined requests answered in order",
              r1 and r2 and r3 and r1[2] == files["style.css"] and r2[2] == b"sub index\n"
              and r3[2] == files["index.html"] and r3[1].get("connection") == "close")
    finally:
        s.close()
    # many big responses pipelined at once, read slowly: the server holds
    # requests back while output is queued and keeps serving others
    s = socket.create_connection((srv.host, srv.port), timeout=10)
    try:
        s.sendall(b"GET /big.dat HTTP/1.1\r\nHost: x\r\n\r\n" * 6 +
                  b"GET /style.css HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        time.sleep(0.3)
        t1 = time.time()
        st, h, body = fetch(srv, "GET", "/index.html")
        other = time.time() - t1
        deadline = time.time() + 30
        rest = b""
        got = []
        for i in range(7):
            r = read_response_rest(s, rest, deadline)
            if r is None:
                break
            got.append(r[2])
            rest = r[3]
            time.sleep(0.05)
        check(tag + " 6 pipelined 1.5 MB responses read slowly",
              len(got) == 7 and all(g == files["big.dat"] for g in got[:6]) and
              got[6] == files["style.css"], "got %d" % len(got))
        check(tag + " others served meanwhile", st == 200 and other < 2.0 * SLOW,
              "%.2fs" % other)
    finally:
        s.close()
    st, h, body, closed = raw(srv, b"GET /style.css HTTP/1.0\r\n\r\n")
    check(tag + " HTTP/1.0 closes", st == 200 and closed and body == files["style.css"])
    st, h, body, closed = raw(srv, b"GET /style.css HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
    check(tag + " HTTP/1.0 keep-alive", st == 200 and h.get("connection") == "keep-alive")
    st, h, body, closed = raw(srv, b"\r\nGET /style.css HTTP/1.1\nHost: x\n\n")
    check(tag + " bare LF line ends and a leading empty line", st == 200, str(st))


def read_response_rest(sock, rest, deadline):
    """Like read_response, but starting with bytes already received."""
    class Pre:
        def __init__(self, s, pre):
            self.s, self.pre = s, pre

        def recv(self, n):
            if self.pre:
                d, self.pre = self.pre, b""
                return d
            return self.s.recv(n)

        def settimeout(self, t):
            self.s.settimeout(t)
    return read_response(Pre(sock, rest), deadline)


def test_cgi(srv, root, tag):
    port = srv.port
    st, h, body = fetch(srv, "GET", "/hello.fun/x/y?name=Ada")
    want = ("Hello, Ada!\nmethod: GET\nquery: name=Ada\nscript: /hello.fun\npath_info: /x/y\n"
            "content_length: \nbody: \n").encode()
    check(tag + " CGI GET byte-exact", st == 200 and body == want, repr((st, body)))
    check(tag + " CGI headers", h.get("content-type") == "text/plain; charset=utf-8" and
          h.get("x-fun-cgi") == "hello", repr(h))
    st, h, body = fetch(srv, "POST", "/hello.fun", body=b"name=Bob&z=1",
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    want = ("Hello, Bob!\nmethod: POST\nquery: \nscript: /hello.fun\npath_info: \n"
            "content_length: 12\nbody: name=Bob&z=1\n").encode()
    check(tag + " CGI POST byte-exact", st == 200 and body == want, repr((st, body)))
    st, h, body = fetch(srv, "POST", "/cgi/env.fun/p/q?a=1&b=%20'$(id)'",
                        body=b"k=v", headers={"Content-Type": "text/x-test",
                                              "X-Custom": "yes; rm -rf /",
                                              "User-Agent": "tester",
                                              "Proxy": "http://localhost:1/"})
    lines = dict(ln.split("=", 1) for ln in body.decode().splitlines() if "=" in ln)
    want = {"GATEWAY_INTERFACE": "CGI/1.1", "SERVER_PROTOCOL": "HTTP/1.1",
            "SERVER_NAME": "127.0.0.1", "SERVER_PORT": str(port), "REQUEST_METHOD": "POST",
            "QUERY_STRING": "a=1&b=%20'$(id)'", "SCRIPT_NAME": "/cgi/env.fun",
            "PATH_INFO": "/p/q", "CONTENT_LENGTH": "3", "CONTENT_TYPE": "text/x-test",
            "REMOTE_ADDR": "127.0.0.1", "HTTP_X_CUSTOM": "yes; rm -rf /",
            "HTTP_USER_AGENT": "tester", "HTTP_PROXY": "", "FUN_ARGS": "", "POST_DATA": ""}
    bad = [(k, lines.get(k), v) for k, v in want.items() if lines.get(k) != v]
    check(tag + " CGI environment", st == 200 and not bad, repr(bad or (st, body)))
    st, h, body = fetch(srv, "GET", "/cgi/status.fun")
    check(tag + " CGI Status header", st == 404 and body == b"not here" and h.get("x-a") == "b",
          repr((st, body)))
    st, h, body = fetch(srv, "GET", "/cgi/redirect.fun")
    check(tag + " CGI Location gives 302", st == 302 and h.get("location") == "/index.html",
          str(st))
    st, h, body = fetch(srv, "GET", "/cgi/fail.fun")
    check(tag + " failing CGI script: 500", st == 500, str(st))
    # CGI/1.1: no header block, or a failure after the headers, is a 500
    st, h, body = fetch(srv, "GET", "/cgi/bare.fun")
    check(tag + " CGI output without a header block: 500", st == 500 and
          b"no header block" in body, repr((st, body)))
    st, h, body = fetch(srv, "GET", "/cgi/silent.fun")
    check(tag + " CGI script printing nothing: 500", st == 500, repr((st, body)))
    st, h, body = fetch(srv, "GET", "/cgi/crash.fun")
    check(tag + " CGI script failing after its headers: 500", st == 500 and
          b"partial" not in body and b"exit status 1" in body, repr((st, body)))
    st, h, body = fetch(srv, "GET", "/cgi/binary.fun")
    check(tag + " CGI binary body", st == 200 and body == b"\0\xff\0", repr(body))
    payload = bytes(range(256)) * 300
    st, h, body = fetch(srv, "POST", "/cgi/stdin.fun", body=payload)
    check(tag + " CGI stdin binary body (76800 bytes)", st == 200 and body == payload,
          "len %d" % len(body))
    # chunked request body (http.client sends an iterable body chunked)
    st, h, body = fetch(srv, "POST", "/cgi/stdin.fun",
                        body=iter([payload[:1000], payload[1000:50000], payload[50000:]]))
    check(tag + " CGI chunked request body", st == 200 and body == payload,
          "status %s len %d" % (st, len(body)))
    st, h, body = fetch(srv, "PUT", "/hello.fun", body=b"x")
    check(tag + " CGI PUT: 405", st == 405, str(st))
    st, h, body = fetch(srv, "HEAD", "/hello.fun?name=H")
    check(tag + " CGI HEAD", st == 200 and body == b"" and int(h["content-length"]) > 0)
    st, h, body = fetch(srv, "GET", "/api/echo?q=1", headers={"X-T": "v"})
    check(tag + " in-process handler", st == 200 and body.startswith(b"GET /api/echo?q=1 HTTP/1.1\n")
          and b"x-t: v\n" in body, repr(body))
    st, h, body = fetch(srv, "GET", "/api/time")
    check(tag + " in-process JSON handler", st == 200 and h.get("content-type") ==
          "application/json" and body.startswith(b'{"time_ms": '), repr(body))
    # a slow CGI script does not stop the server from serving others
    res = {}
    t = threading.Thread(target=lambda: res.update(
        slow=fetch(srv, "GET", "/cgi/slow.fun", timeout=10 * SLOW)))
    t0 = time.time()
    t.start()
    time.sleep(0.3)
    st, h, body = fetch(srv, "GET", "/style.css")
    fast = time.time() - t0
    t.join(10 * SLOW)
    check(tag + " others served during a slow CGI run", st == 200 and fast < 2.5 * SLOW,
          "%.2fs" % fast)
    check(tag + " slow CGI completes", res.get("slow", (0, 0, b""))[2] == b"slow done")
    marker = "/tmp/fun_http_pwned_%d" % os.getpid()
    fetch(srv, "GET", "/hello.fun?name=%27%3Btouch%20" + marker + "%3B%27")
    fetch(srv, "GET", "/hello.fun?name=$(touch%20" + marker + ")")
    check(tag + " no shell involved", not os.path.exists(marker))


def test_concurrent(srv, files, tag, nclients=100, nreq=5):
    errors = []
    reconnects = [0]
    barrier = threading.Barrier(nclients)

    def client(i):
        try:
            barrier.wait(20)
        except threading.BrokenBarrierError:
            pass
        c = srv.conn(30)
        try:
            for k in range(nreq):
                path = ["/style.css", "/bin/all.bin", "/index.html"][(i + k) % 3]
                want = files[path[1:]]
                for attempt in range(3):
                    try:
                        reused = c.sock is not None
                        c.request("GET", path)
                        r = c.getresponse()
                        body = r.read()
                        break
                    except (http.client.RemoteDisconnected, ConnectionResetError,
                            BrokenPipeError, http.client.BadStatusLine):
                        # the server may close an idle keep-alive connection
                        # (thread pool); clients retry on a fresh one
                        c.close()
                        if not reused or attempt == 2:
                            raise
                        with lock:
                            reconnects[0] += 1
                if r.status != 200 or body != want:
                    errors.append("client %d req %d: %s %d bytes" % (i, k, r.status, len(body)))
        except Exception as e:  # noqa
            errors.append("client %d: %r" % (i, e))
        finally:
            c.close()

    ts = [threading.Thread(target=client, args=(i,)) for i in range(nclients)]
    t0 = time.time()
    for t in ts:
        t.start()
    for t in ts:
        t.join(60)
    dt = time.time() - t0
    check(tag + " %d concurrent keep-alive clients x %d requests" % (nclients, nreq),
          not errors and not any(t.is_alive() for t in ts),
          "%d errors, first: %s" % (len(errors), errors[:3]))
    if verbose:
        print("     %.2fs, %d reconnects" % (dt, reconnects[0]))


def test_malformed(srv, tag, timeout_s):
    cases = [
        ("garbage", b"HELLO THERE\r\n\r\n", 400),
        ("binary garbage", b"\x00\x01\x02\xff\r\n\r\n", 400),
        ("missing version", b"GET /\r\n\r\n", 400),
        ("bad header line", b"GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n", 400),
        ("space before colon", b"GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400),
        ("bad Content-Length", b"POST /hello.fun HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", 400),
        ("negative Content-Length", b"POST /hello.fun HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", 400),
        ("conflicting Content-Length", b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400),
        ("body too large", b"POST /hello.fun HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n", 413),
        ("unknown transfer coding", b"POST /hello.fun HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
        ("chunked and Content-Length", b"POST /api/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n", 400),
        ("bad chunk size", b"POST /api/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n", 400),
        ("chunked body too large", b"POST /api/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n100001\r\n" + b"a" * 1000, 413),
        ("unknown method", b"BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n", 501),
        ("HTTP/2.0", b"GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        ("missing Host in 1.1", b"GET / HTTP/1.1\r\n\r\n", 400),
        ("relative target", b"GET index.html HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("bad percent escape", b"GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("NUL in path", b"GET /index.html%00.png HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("oversized headers", b"GET / HTTP/1.1\r\nHost: x\r\n" +
         b"".join(b"X-H%d: %s\r\n" % (i, b"a" * 100) for i in range(200)) + b"\r\n", 431),
        ("oversized request line", b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
    ]
    for name, data, want in cases:
        st, h, body, closed = raw(srv, data)
        check(tag + " malformed: " + name + " -> %d" % want, st == want and closed,
              "got %s closed=%s" % (st, closed))
    # headers that grow forever without an end: 431 before the client is done
    s = socket.create_connection((srv.host, srv.port), timeout=5)
    try:
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
        try:
            for i in range(100):
                s.sendall(b"X-Long-%d: %s\r\n" % (i, b"b" * 1000))
        except (BrokenPipeError, ConnectionResetError):
            pass
        r = read_response(s, time.time() + 5)
        check(tag + " endless headers -> 431", r is not None and r[0] == 431,
              repr(r and r[0]))
    except (BrokenPipeError, ConnectionResetError) as e:
        check(tag + " endless headers -> 431", False, repr(e))
    finally:
        s.close()
    # Expect: 100-continue
    s = socket.create_connection((srv.host, srv.port), timeout=5)
    try:
        s.sendall(b"POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                  b"Expect: 100-continue\r\n\r\n")
        r = read_response(s, time.time() + 5)
        ok = r is not None and r[0] == 100
        if ok:
            s.sendall(b"hello")
            r2 = read_response_rest(s, r[3], time.time() + 5)
            ok = r2 is not None and r2[0] == 200 and r2[2].endswith(b"hello")
        check(tag + " Expect: 100-continue", ok)
    finally:
        s.close()

    # clients that stop sending mid-request: the server keeps serving others
    # and answers them 408 (or closes) after its timeout
    idle = socket.create_connection((srv.host, srv.port), timeout=5)
    idle.sendall(b"GET /style.css HTTP/1.1\r\nHost: x\r\n\r\n")
    idle_first = read_response(idle, time.time() + 5)
    stalled = []
    for data in [b"GET /index.html HTTP/1.1\r\nHost: x\r\n",
                 b"POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part",
                 b"GE"]:
        s = socket.create_connection((srv.host, srv.port), timeout=5)
        s.sendall(data)
        stalled.append(s)
    t0 = time.time()
    lat = []
    ok = True
    for i in range(10):
        t1 = time.time()
        st, h, body = fetch(srv, "GET", "/style.css", timeout=5)
        lat.append(time.time() - t1)
        ok = ok and st == 200
    check(tag + " served others while 3 clients stall", ok and max(lat) < 2.0 * SLOW,
          "max latency %.2fs" % max(lat))
    results = []
    for s in stalled:
        r = read_response(s, t0 + timeout_s + 5)
        if r is None:
            try:
                s.settimeout(0.5)
                closed = s.recv(1) == b""
            except (socket.timeout, ConnectionError):
                closed = True  # reset also ends it
            results.append("closed" if closed else "open")
        else:
            results.append(r[0])
        s.close()
    took = time.time() - t0
    r = idle_first and read_response_rest(idle, idle_first[3], t0 + timeout_s + 5)
    check(tag + " idle keep-alive connection closed after the timeout",
          idle_first is not None and idle_first[0] == 200 and r is None)
    idle.close()
    check(tag + " stalled clients get 408 or a close in bounded time",
          all(x in (408, "closed") for x in results) and took < timeout_s + 5,
          "%r after %.1fs" % (results, took))
    # a client that disconnects mid-request does no harm
    for data in [b"GET / HTTP/1.1\r\nHo", b"POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab"]:
        s = socket.create_connection((srv.host, srv.port), timeout=5)
        s.sendall(data)
        s.close()
    st, h, body = fetch(srv, "GET", "/style.css")
    check(tag + " still serving after aborted clients", st == 200 and srv.alive())


def test_traversal(srv, tag):
    attempts = [
        b"/../../../../etc/passwd",
        b"/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        b"/%2E%2E/%2E%2E/etc/passwd",
        b"/..%2f..%2f..%2fetc/passwd",
        b"/sub/../../outside/secret.txt",
        b"/./../outside/secret.txt",
        b"//etc/passwd",
        b"/leak.txt",
        b"/leakdir/secret.txt",
        b"/leakdir/",
        b"/.secret",
        b"/sub/%2e%2e/%2e%2e/outside/secret.txt",
        b"http://x/../../outside/secret.txt",
        b"/..\\..\\outside\\secret.txt",
        b"/%252e%252e/outside/secret.txt",
    ]
    for a in attempts:
        st, h, body, closed = raw(srv, b"GET " + a + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        check(tag + " traversal refused: " + a.decode(), st in (400, 403, 404) and
              b"SECRET" not in body and b"root:" not in body and b"hidden" != body,
              "status %s body %r" % (st, body[:60]))
    st, h, body, closed = raw(srv, b"GET /leak.txt HTTP/1.1\r\nHost: x\r\n\r\n")
    check(tag + " symlink out of the root: 403", st == 403, str(st))
    st, h, body, closed = raw(srv, b"GET /../index.html HTTP/1.1\r\nHost: x\r\n\r\n")
    check(tag + " dot-dot: 403", st == 403, str(st))


def run_variant(fun, root, files, tag, extra, timeout_s):
    try:
        srv = Server(fun, "http_mt_server_cgi.fun", root, extra + ["--timeout", str(timeout_s)])
    except Exception as e:  # noqa
        check(tag + " server starts", False, str(e))
        return
    try:
        check(tag + " prints its URL", srv.line.startswith("Serving " + root + " at http://127.0.0.1:"),
              srv.line)
        test_static(srv, files, tag)
        test_curl(srv, root, files, tag)
        test_keepalive_pipelining(srv, files, tag)
        test_cgi(srv, root, tag)
        test_traversal(srv, tag)
        test_malformed(srv, tag, timeout_s)
        test_concurrent(srv, files, tag)
        check(tag + " server still alive", srv.alive(), "".join(srv.err[-5:]))
    finally:
        srv.stop()
    check_stderr(srv, tag)
    # the static server: same files, .fun served as text, no CGI
    try:
        srv = Server(fun, "http_mt_server.fun", root, extra)
    except Exception as e:  # noqa
        check(tag + " static server starts", False, str(e))
        return
    try:
        st, h, body = fetch(srv, "GET", "/fun.png")
        check(tag + " static server: binary file", st == 200 and body == files["fun.png"])
        st, h, body = fetch(srv, "GET", "/hello.fun")
        check(tag + " static server: .fun is not run", st == 200 and body.startswith(b"// hello.fun"))
        st, h, body, closed = raw(srv, b"GET /%2e%2e/outside/secret.txt HTTP/1.1\r\nHost: x\r\n\r\n")
        check(tag + " static server: traversal refused", st == 403)
        test_concurrent(srv, files, tag + " static", nclients=100, nreq=3)
    finally:
        srv.stop()
    check_stderr(srv, tag + " static")


def check_stderr(srv, tag):
    time.sleep(0.2)
    bad = [ln for ln in srv.err if "Sanitizer" in ln or "runtime error:" in ln
           or "http worker" in ln or "handler error" in ln]
    check(tag + " no sanitizer reports or worker errors on stderr", not bad, "".join(bad[:5]))


def test_defaults(fun):
    """No arguments besides the port: the bundled htdocs next to the script."""
    env = dict(os.environ)
    env.setdefault("FUN_LIB_DIR", os.path.join(ROOT, "lib"))
    p = subprocess.Popen([fun, os.path.join(EXAMPLES, "http_mt_server_cgi.fun"), "0"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd="/")
    try:
        line = []
        t = threading.Thread(target=lambda: line.append(p.stdout.readline()), daemon=True)
        t.start()
        t.join(10)
        text = line[0].decode() if line else ""
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", text)
        check("default root is the bundled htdocs", m is not None and "htdocs" in text, text)
        if m:
            c = http.client.HTTPConnection("127.0.0.1", int(m.group(1)), timeout=10)
            c.request("GET", "/hello.fun?name=Ada")
            r = c.getresponse()
            body = r.read()
            check("bundled hello.fun", r.status == 200 and body.startswith(b"Hello, Ada!\n"),
                  repr(body))
            c.request("GET", "/")
            r = c.getresponse()
            with open(os.path.join(HTDOCS, "index.html"), "rb") as f:
                check("bundled index.html", r.read() == f.read())
            c.close()
    finally:
        p.terminate()
        try:
            p.wait(5)
        except subprocess.TimeoutExpired:
            p.kill()


def main():
    global verbose
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", default=os.environ.get("FUN", os.path.join(ROOT, "build", "fun")))
    ap.add_argument("--only", choices=["event", "threads", "pool", "scheduler"])
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    verbose = a.verbose
    fun = os.path.abspath(a.fun)
    base, root, files = make_root()
    t0 = time.time()
    try:
        if a.only in (None, "event"):
            run_variant(fun, root, files, "[event]", [], 3)
        if a.only in (None, "threads"):
            run_variant(fun, root, files, "[threads]", ["--threads", "3"], 3)
        if a.only in (None, "pool"):
            run_variant(fun, root, files, "[pool]", ["--pool", "8"], 3)
        if a.only in (None, "scheduler"):
            run_variant(fun, root, files, "[scheduler]", ["--scheduler"], 3)
        if a.only is None:
            test_defaults(fun)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    if verbose:
        print("%.1fs" % (time.time() - t0))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
