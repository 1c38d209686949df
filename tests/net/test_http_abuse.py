#!/usr/bin/env python3
"""The HTTP server under abuse (examples/net/http_mt_server.fun,
lib/net/http_cgi_server.fun): streamed static files, HEAD without reading,
the header deadline, the connection limit, and the thread pool's handling
of a new connection whose request is slow to come. Loopback only; the
big-memory measurements are in bench/net/abuse.py, not here.

    python3 tests/net/test_http_abuse.py [--fun build/fun] [-v]
"""
import argparse
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SLOW = 4.0 if os.environ.get("FUN_TEST_ASAN") else 1.0
passed = failed = 0
verbose = False


def check(name, cond, detail=""):
    global passed, failed
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
    def __init__(self, fun, src, root, extra):
        env = dict(os.environ)
        env["FUN_LIB_DIR"] = os.path.join(src, "lib")
        cmd = [fun, os.path.join(src, "examples", "net", "http_mt_server.fun")] + extra + ["0", root]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        self.err = []
        threading.Thread(target=lambda: self.err.extend(ln.decode("utf-8", "replace")
                                                        for ln in self.proc.stderr),
                         daemon=True).start()
        out = []
        t = threading.Thread(target=lambda: out.append(self.proc.stdout.readline()), daemon=True)
        t.start()
        t.join(10 * SLOW)
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", out[0].decode() if out else "")
        if not m:
            self.stop()
            raise RuntimeError("server did not start: %r %r" % (out, self.err))
        self.port = int(m.group(1))

    def rss_mb(self):
        with open("/proc/%d/status" % self.proc.pid) as f:
            for ln in f:
                if ln.startswith("VmRSS:"):
                    return int(ln.split()[1]) / 1024.0
        return 0.0

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def connect(port, timeout=5):
    return socket.create_connection(("127.0.0.1", port), timeout=timeout * SLOW)


def read_head(s, buf=b""):
    """(status, headers, rest) of one response head, or None at close/timeout."""
    while b"\r\n\r\n" not in buf:
        try:
            d = s.recv(65536)
        except (socket.timeout, ConnectionError):
            return None
        if not d:
            return None
        buf += d
    head, rest = buf.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    hdrs = dict((k.strip().lower(), v.strip()) for k, v in
                (ln.split(":", 1) for ln in lines[1:]))
    return int(lines[0].split(" ")[1]), hdrs, rest


def read_body(s, rest, n):
    buf = [rest]
    got = len(rest)
    while got < n:
        try:
            d = s.recv(1 << 20)
        except (socket.timeout, ConnectionError):
            break
        if not d:
            break
        buf.append(d)
        got += len(d)
    data = b"".join(buf)
    return data[:n], data[n:]


def get(port, path, method="GET", extra=b""):
    s = connect(port, 10)
    try:
        s.sendall(method.encode() + b" " + path.encode() + b" HTTP/1.1\r\nHost: x\r\n" + extra +
                  b"Connection: close\r\n\r\n")
        r = read_head(s)
        if r is None:
            return None, {}, b""
        st, h, rest = r
        if method == "HEAD":
            return st, h, rest
        body, _ = read_body(s, rest, int(h.get("content-length", "0")))
        return st, h, body
    finally:
        s.close()


def closed_or_408(s, limit):
    """What a stalled connection sees within limit seconds: 408, "closed" or "open"."""
    s.settimeout(limit)
    try:
        d = s.recv(65536)
    except socket.timeout:
        return "open"
    except ConnectionError:
        return "closed"
    if not d:
        return "closed"
    return 408 if d.startswith(b"HTTP/1.1 408") else d[:20]


def make_root():
    base = tempfile.mkdtemp(prefix="fun-http-abuse-")
    rnd = random.Random(7)
    files = {}
    for n in [0, 1, 1000, 262143, 262144, 262145, (1 << 20) + 3, 5 * (1 << 20) + 11]:
        name = "f%d.bin" % n
        data = rnd.getrandbits(8 * n).to_bytes(n, "little") if n else b""
        with open(os.path.join(base, name), "wb") as f:
            f.write(data)
        files[name] = data
    with open(os.path.join(base, "small.txt"), "w") as f:
        f.write("small\n")
    sparse = None
    try:
        # 8 GiB that take no disk: reading it whole would take the server's
        # memory and minutes; HEAD must answer at once, GET must stream
        with open(os.path.join(base, "sparse.bin"), "wb") as f:
            f.truncate(8 << 30)
        sparse = 8 << 30
    except OSError:
        pass
    return base, files, sparse


# ------------------------------------------------------------------ tests

def test_streaming(srv, files, sparse, tag):
    for name, data in files.items():
        st, h, body = get(srv.port, "/" + name)
        check("%s GET %d bytes byte-exact" % (tag, len(data)),
              st == 200 and body == data and h.get("content-length") == str(len(data)),
              "status %s length %s got %d" % (st, h.get("content-length"), len(body)))
        st, h, body = get(srv.port, "/" + name, "HEAD")
        check("%s HEAD %d bytes" % (tag, len(data)),
              st == 200 and h.get("content-length") == str(len(data)) and body == b"",
              "status %s length %s" % (st, h.get("content-length")))
    # pipelined: two streamed files and a small one, answered in order
    big = "f%d.bin" % (5 * (1 << 20) + 11)
    mid = "f262145.bin"
    s = connect(srv.port, 10)
    try:
        s.sendall(b"GET /" + big.encode() + b" HTTP/1.1\r\nHost: x\r\n\r\n"
                  b"GET /" + mid.encode() + b" HTTP/1.1\r\nHost: x\r\n\r\n"
                  b"GET /small.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        got = []
        rest = b""
        for _ in range(3):
            r = read_head(s, rest)
            if r is None:
                break
            body, rest = read_body(s, r[2], int(r[1].get("content-length", "0")))
            got.append(body)
        check(tag + " pipelined streamed files in order", got == [files[big], files[mid], b"small\n"],
              "got %r" % [len(g) for g in got])
    finally:
        s.close()
    if sparse is None:
        print("SKIP %s sparse file: the file system refused an 8 GiB sparse file" % tag)
        return
    t0 = time.time()
    st, h, body = get(srv.port, "/sparse.bin", "HEAD")
    dt = time.time() - t0
    check(tag + " HEAD of an 8 GiB file answers at once without reading it",
          st == 200 and h.get("content-length") == str(sparse) and dt < 1.0 * SLOW,
          "status %s length %s %.2fs" % (st, h.get("content-length"), dt))
    # GET: read 4 MB of it, slowly, while others are served; the server
    # holds a bounded piece of it, not the file
    s = connect(srv.port, 10)
    try:
        s.sendall(b"GET /sparse.bin HTTP/1.1\r\nHost: x\r\n\r\n")
        r = read_head(s)
        body, _ = read_body(s, r[2] if r else b"", 4 << 20) if r else (b"", b"")
        t1 = time.time()
        st2, h2, b2 = get(srv.port, "/small.txt")
        other = time.time() - t1
        rss = srv.rss_mb()
        check(tag + " GET of an 8 GiB file streams (zeros, server RSS %.0f MB)" % rss,
              r is not None and r[0] == 200 and r[1].get("content-length") == str(sparse) and
              body == bytes(4 << 20) and rss < 64,
              "head %r got %d bytes, RSS %.0f MB" % (r and r[:2], len(body), rss))
        check(tag + " others served during a long download", st2 == 200 and b2 == b"small\n" and
              other < 1.0 * SLOW, "%s %.2fs" % (st2, other))
    finally:
        s.close()
    st, h, body = get(srv.port, "/small.txt")
    check(tag + " serving after an aborted download", st == 200 and srv.alive())


def test_header_deadline(srv, tag, timeout_s):
    # a new connection that sends nothing, one that trickles its head a byte
    # at a time, one that stops after part of its head: all end by the deadline
    silent = connect(srv.port)
    trickle = connect(srv.port)
    partial = connect(srv.port)
    partial.sendall(b"GET /small.txt HTTP/1.1\r\nHo")
    head = b"GET /small.txt HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"p" * 200 + b"\r\n\r\n"
    t0 = time.time()
    stop = [False]
    res = {}

    def trickler():
        i = 0
        while not stop[0] and i < len(head):
            try:
                trickle.send(head[i:i + 1])
            except OSError:
                break
            i += 1
            time.sleep(0.1)
    t = threading.Thread(target=trickler, daemon=True)
    t.start()
    # meanwhile others are answered
    lat = []
    for _ in range(5):
        t1 = time.time()
        st, h, body = get(srv.port, "/small.txt")
        lat.append(time.time() - t1)
        res.setdefault("ok", True)
        res["ok"] = res["ok"] and st == 200 and body == b"small\n"
        time.sleep(0.05)
    check(tag + " others answered while clients stall", res["ok"] and max(lat) < 0.5 * SLOW,
          "max %.2fs" % max(lat))
    limit = timeout_s + 2.0 * SLOW
    outcomes = {}
    for name, s in [("silent", silent), ("trickle", trickle), ("partial", partial)]:
        outcomes[name] = closed_or_408(s, max(0.1, limit - (time.time() - t0)))
    took = time.time() - t0
    stop[0] = True
    t.join(2)
    for s in (silent, trickle, partial):
        s.close()
    check(tag + " header deadline: silent connection closed",
          outcomes["silent"] == "closed", repr(outcomes))
    check(tag + " header deadline: trickled head gets 408 or a close",
          outcomes["trickle"] in (408, "closed"), repr(outcomes))
    check(tag + " header deadline: partial head gets 408 or a close",
          outcomes["partial"] in (408, "closed"), repr(outcomes))
    check(tag + " header deadline holds (%.1fs, deadline %.1fs)" % (took, timeout_s),
          timeout_s - 0.3 <= took <= limit, "%.2fs" % took)


def test_max_conns(srv, tag, n):
    held = []
    for _ in range(n):
        s = connect(srv.port)
        s.sendall(b"GET /small.txt HTTP/1.1\r\nHost: x\r\n\r\n")
        r = read_head(s)
        held.append((s, r))
    check(tag + " %d keep-alive connections served" % n, all(r and r[0] == 200 for _, r in held))
    s = connect(srv.port)
    s.sendall(b"GET /small.txt HTTP/1.1\r\nHost: x\r\n\r\n")
    r = read_head(s)
    body = b""
    if r:
        body, _ = read_body(s, r[2], int(r[1].get("content-length", "0")))
    closed = closed_or_408(s, 2 * SLOW) == "closed"
    s.close()
    check(tag + " connection %d beyond the limit: 503 and a close" % (n + 1),
          r is not None and r[0] == 503 and r[1].get("connection") == "close" and
          body == b"too many connections\n" and closed, repr((r and r[:2], body, closed)))
    held[0][0].close()
    time.sleep(0.3)
    st, h, body = get(srv.port, "/small.txt")
    check(tag + " a freed slot serves again", st == 200 and body == b"small\n", str(st))
    for s, _ in held[1:]:
        s.close()


def test_thread_first_request(srv, tag):
    # one worker: A is accepted and takes 400 ms to send its request while B
    # waits in the queue; A must be answered (it used to be closed unanswered)
    a = connect(srv.port)
    time.sleep(0.1)
    b = connect(srv.port)
    b.sendall(b"GET /small.txt HTTP/1.1\r\nHost: x\r\n\r\n")
    time.sleep(0.4)
    try:
        a.sendall(b"GET /small.txt HTTP/1.1\r\nHost: x\r\n\r\n")
        ra = read_head(a)
    except OSError as e:
        ra = None
    rb = read_head(b)
    check(tag + " slow first request answered while another client waits",
          ra is not None and ra[0] == 200, repr(ra and ra[:2]))
    check(tag + " the waiting client is answered next", rb is not None and rb[0] == 200,
          repr(rb and rb[:2]))
    a.close()
    b.close()


def main():
    global verbose
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", default=os.environ.get("FUN", os.path.join(ROOT, "build", "fun")))
    ap.add_argument("--src", default=ROOT, help="source tree whose examples/ and lib/ run")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    verbose = a.verbose
    fun = os.path.abspath(a.fun)
    base, files, sparse = make_root()
    t0 = time.time()
    servers = []

    def start(extra):
        srv = Server(fun, a.src, base, extra)
        servers.append(srv)
        return srv
    try:
        for tag, extra in [("[event]", []), ("[threads]", ["--threads", "2"]),
                           ("[pool]", ["--pool", "2"]), ("[scheduler]", ["--scheduler"])]:
            srv = start(extra)
            test_streaming(srv, files, sparse, tag)
            srv.stop()
        # pool: more stalled clients than workers (they wait in the main thread)
        for tag, extra in [("[event]", []), ("[threads]", ["--threads", "2"]),
                           ("[pool]", ["--pool", "2"])]:
            srv = start(extra + ["--timeout", "1.5"])
            test_header_deadline(srv, tag, 1.5)
            srv.stop()
        for tag, extra in [("[event]", []), ("[tasks]", ["--tasks"])]:
            srv = start(extra + ["--max-conns", "4"])
            test_max_conns(srv, tag, 4)
            srv.stop()
        srv = start(["--pool", "1"])
        test_thread_first_request(srv, "[pool]")
        srv.stop()
    except RuntimeError as e:
        check("server starts", False, str(e))
    finally:
        for srv in servers:
            srv.stop()
        shutil.rmtree(base, ignore_errors=True)
    bad = [ln for srv in servers for ln in srv.err
           if "Sanitizer" in ln or "runtime error:" in ln or "http worker" in ln]
    check("no sanitizer reports or worker errors on stderr", not bad, "".join(bad[:5]))
    if verbose:
        print("%.1fs" % (time.time() - t0))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
