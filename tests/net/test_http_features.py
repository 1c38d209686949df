#!/usr/bin/env python3
"""Conditional requests, byte ranges and gzip of lib/net/http_server_core.fun,
against Python's http.client and gzip modules and curl, in each concurrency
model (event loop, tasks, thread pool), byte-exact:
- ETag / Last-Modified on static files; If-None-Match (either variant's tag,
  W/ and lists, "*") and If-Modified-Since (the three date forms) -> 304
  with the validators and no body; a stale date or other tag -> 200;
- Range -> 206 with Content-Range for first-last, first-, -suffix, clipped
  ends, on cached and on streamed (sendfile) files; several ranges ->
  multipart/byteranges; 416 with "bytes */size" when none overlaps; a
  malformed or non-bytes Range is ignored (200); If-Range with the current
  ETag or date -> 206, with an old one -> 200; HEAD ignores Range;
- gzip for text when Accept-Encoding allows it (q=0 refuses), with Vary and
  its own ETag, never for images, small bodies, ranges or without the header;
  handler answers too; HEAD reports the GET's Content-Length.

usage: test_http_features.py --fun PATH   (last line: N passed, N failed)
"""
import argparse
import email.utils
import gzip
import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile

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


def make_root():
    base = tempfile.mkdtemp(prefix="fun-http-features-")
    files = {}

    def put(rel, data):
        with open(os.path.join(base, rel), "wb") as f:
            f.write(data)
        files[rel] = data
    put("page.html", b"".join(b"<p>line %d of a page that compresses well</p>\n" % i
                              for i in range(200)))
    put("tiny.txt", b"tiny\n")
    put("pic.png", bytes((i * 7 + 3) % 256 for i in range(5000)))
    # above small_file (262144): streamed with sendfile, never compressed
    put("big.txt", b"".join(b"%08d big text line\n" % i for i in range(20000)))
    # a fixed modification time, so the date validators are known
    for rel in files:
        os.utime(os.path.join(base, rel), (1700000000, 1700000000))
    return base, files


class Server:
    def __init__(self, fun, root, extra):
        env = dict(os.environ)
        env.setdefault("FUN_LIB_DIR", os.path.join(ROOT, "lib"))
        self.p = subprocess.Popen([fun, os.path.join(ROOT, "examples/net/http_mt_server_cgi.fun")] +
                                  extra + ["0", root], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=env, cwd=ROOT)
        line = self.p.stdout.readline().decode()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        self.port = int(m.group(1)) if m else None
        self.url = m.group(0) if m else None

    def get(self, path, headers=None, method="GET"):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            c.request(method, path, headers=headers or {})
            r = c.getresponse()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
        finally:
            c.close()

    def stop(self):
        self.p.kill()
        self.p.wait(5)
        return self.p.stderr.read().decode("utf-8", "replace")


LM = "Tue, 14 Nov 2023 22:13:20 GMT"   # 1700000000


def test_conditional(srv, files, tag):
    st, h, body = srv.get("/page.html")
    etag = h.get("etag", "")
    check(tag + " ETag is a quoted strong tag", re.fullmatch(r'"[^"]+"', etag) is not None, etag)
    check(tag + " Last-Modified", h.get("last-modified") == LM, h.get("last-modified"))
    check(tag + " Accept-Ranges", h.get("accept-ranges") == "bytes")
    for name, hdrs in [("If-None-Match", {"If-None-Match": etag}),
                       ("weak If-None-Match in a list", {"If-None-Match": '"x", W/' + etag}),
                       ("If-None-Match *", {"If-None-Match": "*"}),
                       ("If-Modified-Since IMF", {"If-Modified-Since": LM}),
                       ("If-Modified-Since later", {"If-Modified-Since": "Wed, 15 Nov 2023 00:00:00 GMT"}),
                       ("If-Modified-Since RFC 850", {"If-Modified-Since": "Tuesday, 14-Nov-23 22:13:20 GMT"}),
                       ("If-Modified-Since asctime", {"If-Modified-Since": "Tue Nov 14 22:13:20 2023"})]:
        st, h2, b2 = srv.get("/page.html", hdrs)
        check(tag + " " + name + " -> 304", st == 304 and b2 == b"" and h2.get("etag") == etag and
              h2.get("last-modified") == LM and "content-length" not in h2 and
              "content-type" not in h2, "%s %r" % (st, h2))
    for name, hdrs in [("other ETag", {"If-None-Match": '"nope"'}),
                       ("older date", {"If-Modified-Since": "Tue, 14 Nov 2023 22:13:19 GMT"}),
                       ("bad date", {"If-Modified-Since": "yesterday"}),
                       # If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2)
                       ("If-None-Match over a current date", {"If-None-Match": '"nope"',
                                                              "If-Modified-Since": LM})]:
        st, h2, b2 = srv.get("/page.html", hdrs)
        check(tag + " " + name + " -> 200", st == 200 and b2 == files["page.html"], str(st))
    st, h, body = srv.get("/big.txt", {"If-None-Match": srv.get("/big.txt", method="HEAD")[1]["etag"]})
    check(tag + " streamed file 304", st == 304 and body == b"", str(st))
    if not HAVE_ZLIB[0]:
        return
    # the gzip variant's own tag also validates
    st, h, body = srv.get("/page.html", {"Accept-Encoding": "gzip"})
    gtag = h.get("etag", "")
    check(tag + " gzip variant has its own ETag", gtag != etag and gtag != "", gtag)
    st, h, body = srv.get("/page.html", {"Accept-Encoding": "gzip", "If-None-Match": gtag})
    check(tag + " gzip ETag -> 304", st == 304 and h.get("etag") == gtag and
          h.get("vary") == "Accept-Encoding", "%s %r" % (st, h))


def test_ranges(srv, files, tag):
    page = files["page.html"]
    n = len(page)
    for spec, a, b in [("0-99", 0, 99), ("100-", 100, n - 1), ("-50", n - 50, n - 1),
                       ("5000-999999", 5000, n - 1), ("-999999", 0, n - 1), ("7-7", 7, 7)]:
        st, h, body = srv.get("/page.html", {"Range": "bytes=" + spec, "Accept-Encoding": "gzip"})
        check(tag + " Range " + spec, st == 206 and body == page[a:b + 1] and
              h.get("content-range") == "bytes %d-%d/%d" % (a, b, n) and
              h.get("content-length") == str(b - a + 1) and "content-encoding" not in h,
              "%s %r" % (st, h.get("content-range")))
    big = files["big.txt"]
    st, h, body = srv.get("/big.txt", {"Range": "bytes=300000-300099"})
    check(tag + " Range of a streamed file", st == 206 and body == big[300000:300100] and
          h.get("content-range") == "bytes 300000-300099/%d" % len(big), str(st))
    st, h, body = srv.get("/big.txt", {"Range": "bytes=-10"})
    check(tag + " suffix Range of a streamed file", st == 206 and body == big[-10:], repr(body))
    for spec in ["%d-" % n, "%d-%d" % (n + 5, n + 9), "-0"]:
        st, h, body = srv.get("/page.html", {"Range": "bytes=" + spec})
        check(tag + " unsatisfiable " + spec + " -> 416", st == 416 and
              h.get("content-range") == "bytes */%d" % n, "%s %r" % (st, h.get("content-range")))
    for spec in ["items=0-5", "bytes=5-2", "bytes=a-b", "bytes=0-1," * 20 + "0-1"]:
        st, h, body = srv.get("/page.html", {"Range": spec})
        check(tag + " ignored Range " + spec[:20], st == 200 and body == page, str(st))
    st, h, body = srv.get("/page.html", {"Range": "bytes=0-9", "If-Range": h.get("etag", "")})
    check(tag + " If-Range with the current ETag -> 206", st == 206 and body == page[:10], str(st))
    st, h, body = srv.get("/page.html", {"Range": "bytes=0-9", "If-Range": LM})
    check(tag + " If-Range with the current date -> 206", st == 206 and body == page[:10], str(st))
    st, h, body = srv.get("/page.html", {"Range": "bytes=0-9", "If-Range": '"old"'})
    check(tag + " If-Range with an old ETag -> 200", st == 200 and body == page, str(st))
    st, h, body = srv.get("/page.html", {"Range": "bytes=0-9"}, method="HEAD")
    check(tag + " HEAD ignores Range", st == 200 and h.get("content-length") == str(n), str(st))
    # several ranges: multipart/byteranges, parsed here by hand
    st, h, body = srv.get("/page.html", {"Range": "bytes=0-4, 10-14,-3"})
    m = re.fullmatch(r"multipart/byteranges; boundary=(\S+)", h.get("content-type", ""))
    ok = st == 206 and m is not None
    if ok:
        bd = m.group(1).encode()
        want = b""
        for a, b in [(0, 4), (10, 14), (n - 3, n - 1)]:
            want += (b"--" + bd + b"\r\nContent-Type: text/html; charset=utf-8\r\n" +
                     b"Content-Range: bytes %d-%d/%d\r\n\r\n" % (a, b, n) + page[a:b + 1] + b"\r\n")
        want += b"--" + bd + b"--\r\n"
        ok = body == want and h.get("content-length") == str(len(want))
    check(tag + " multipart/byteranges byte-exact", ok, "%s %r" % (st, body[:120]))


def test_gzip(srv, files, tag):
    page = files["page.html"]
    st, h, body = srv.get("/page.html", {"Accept-Encoding": "gzip, deflate"})
    check(tag + " gzip body", st == 200 and h.get("content-encoding") == "gzip" and
          gzip.decompress(body) == page and len(body) < len(page) / 3 and
          h.get("content-length") == str(len(body)), "%s %r" % (st, h))
    check(tag + " gzip Vary", h.get("vary") == "Accept-Encoding")
    st, h2, b2 = srv.get("/page.html", {"Accept-Encoding": "gzip"}, method="HEAD")
    check(tag + " HEAD gives the gzip length", st == 200 and b2 == b"" and
          h2.get("content-length") == h.get("content-length") and
          h2.get("content-encoding") == "gzip", repr(h2))
    st, h, body = srv.get("/page.html")
    check(tag + " no Accept-Encoding: identity with Vary", body == page and
          "content-encoding" not in h and h.get("vary") == "Accept-Encoding", repr(h))
    for ae in ["gzip;q=0", "br", "identity", "deflate, gzip; q=0.0"]:
        st, h, body = srv.get("/page.html", {"Accept-Encoding": ae})
        check(tag + " Accept-Encoding " + ae + ": identity", body == page and
              "content-encoding" not in h, repr(h.get("content-encoding")))
    st, h, body = srv.get("/page.html", {"Accept-Encoding": "*"})
    check(tag + " Accept-Encoding *: gzip", h.get("content-encoding") == "gzip" and
          gzip.decompress(body) == page)
    for rel in ["pic.png", "tiny.txt", "big.txt"]:
        st, h, body = srv.get("/" + rel, {"Accept-Encoding": "gzip"})
        check(tag + " never gzip " + rel, st == 200 and body == files[rel] and
              "content-encoding" not in h and "vary" not in h, repr(h))
    # a handler's text answer (/api/echo echoes the request: over 256 bytes here)
    pad = "x" * 400
    st, h, body = srv.get("/api/echo", {"Accept-Encoding": "gzip", "X-Pad": pad})
    check(tag + " handler answer gzip", st == 200 and h.get("content-encoding") == "gzip" and
          pad.encode() in gzip.decompress(body) and h.get("vary") == "Accept-Encoding", repr(h))
    st, h, body = srv.get("/api/echo", {"X-Pad": pad})
    check(tag + " handler answer identity", st == 200 and pad.encode() in body and
          "content-encoding" not in h)
    curl = shutil.which("curl")
    if curl:
        r = subprocess.run([curl, "-s", "--compressed", srv.url + "page.html"],
                           stdout=subprocess.PIPE, timeout=20)
        check(tag + " curl --compressed byte-exact", r.stdout == page, "len %d" % len(r.stdout))
        r = subprocess.run([curl, "-s", "-r", "100-199", srv.url + "big.txt"],
                           stdout=subprocess.PIPE, timeout=20)
        check(tag + " curl -r byte-exact", r.stdout == files["big.txt"][100:200])
        r = subprocess.run([curl, "-s", "-o", "/dev/null", "-w", "%{http_code}", "-z",
                            os.path.join(ROOT_DIR[0], "page.html"), srv.url + "page.html"],
                           stdout=subprocess.PIPE, timeout=20)
        check(tag + " curl -z (If-Modified-Since from the file) -> 304", r.stdout == b"304",
              repr(r.stdout))


ROOT_DIR = [None]
HAVE_ZLIB = [True]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", required=True)
    a = ap.parse_args()
    fun = os.path.abspath(a.fun)
    base, files = make_root()
    ROOT_DIR[0] = base
    # without zlib (D31) the server answers uncompressed: no gzip checks
    ver = subprocess.run([fun, "--version"], stdout=subprocess.PIPE).stdout.decode()
    HAVE_ZLIB[0] = " zlib" in ver
    try:
        for tag, extra in [("[event]", []), ("[tasks]", ["--tasks"]), ("[threads]", ["--threads", "2"]),
                           ("[pool]", ["--pool", "2"])]:
            srv = Server(fun, base, extra)
            if not check(tag + " server starts", srv.port is not None):
                srv.stop()
                continue
            try:
                test_conditional(srv, files, tag)
                test_ranges(srv, files, tag)
                if HAVE_ZLIB[0]:
                    test_gzip(srv, files, tag)
            finally:
                err = srv.stop()
            check(tag + " nothing on stderr", err == "", repr(err[:300]))
        # --threads 3: three event loops, three listening sockets on the port
        srv = Server(fun, base, ["--threads", "3"])
        try:
            if check("[loops] server starts", srv.port is not None):
                n = 0
                for path in ("/proc/net/tcp", "/proc/net/tcp6"):
                    if os.path.exists(path):
                        with open(path) as f:
                            for ln in f.read().splitlines()[1:]:
                                fl = ln.split()
                                if fl[1].endswith(":%04X" % srv.port) and fl[3] == "0A":
                                    n += 1
                check("[loops] one SO_REUSEPORT listener per loop", n == 3, str(n))
                socks = [http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
                         for _ in range(12)]
                ok = 0
                for rnd in range(3):
                    for c in socks:
                        c.request("GET", "/page.html")
                        r = c.getresponse()
                        ok += r.status == 200 and r.read() == files["page.html"]
                for c in socks:
                    c.close()
                check("[loops] 36 keep-alive requests over 12 connections", ok == 36, str(ok))
        finally:
            err = srv.stop()
        check("[loops] nothing on stderr", err == "", repr(err[:300]))
        # --no-cache: a file changed on disk shows at once (with the cache,
        # only after up to a second)
        srv = Server(fun, base, ["--no-cache"])
        try:
            if check("[no-cache] server starts", srv.port is not None):
                p = os.path.join(base, "fresh.txt")
                for i in range(3):
                    with open(p, "wb") as f:
                        f.write(b"version %d\n" % i)
                    st, h, body = srv.get("/fresh.txt")
                    check("[no-cache] version %d served at once" % i, body == b"version %d\n" % i,
                          repr(body))
                    st, h, body = srv.get("/fresh.txt")
                    check("[no-cache] repeated GET %d" % i, body == b"version %d\n" % i, repr(body))
        finally:
            err = srv.stop()
        check("[no-cache] nothing on stderr", err == "", repr(err[:300]))
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
