#!/usr/bin/env python3
"""The asyncio guide's example clients against real (non-Fun) HTTP servers, loopback only.

usage: python3 tests/io/test_http_clients.py [--fun build/fun]

- examples/io/async_http_client.fun and await_http_client.fun against `python3 -m http.server`
  serving a temp dir: the body bytes on stdout must equal the file (binary, NUL bytes included);
- both clients against a slow server (defined here) that answers in pieces with pauses longer
  than the clients' poll timeout (1 s): the whole body must still arrive;
- refused connection: exit status 1 and an `error:` line;
- examples/io/fanout_http_client.fun: 50 different URLs at once against http.server (its
  ThreadingHTTPServer with a bigger listen queue), every body size checked, plus -n/-c/-q.

Every server is started here on a free port and stopped at the end; every run has a timeout.
The last line is `N passed, N failed`; exit status 0 when nothing failed.
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUN_TIMEOUT = 60
passed = 0
failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
        print("ok   - " + name)
    else:
        failed += 1
        print("FAIL - " + name + (": " + detail if detail else ""))


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_listening(port, proc=None, limit=10.0):
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def stop(proc):
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_fun(fun, script, args):
    """Runs a Fun example the way the guide shows: from the repo root, FUN_LIB_DIR=./lib."""
    env = dict(os.environ, FUN_LIB_DIR="./lib")
    try:
        p = subprocess.run([fun, script] + [str(a) for a in args], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=RUN_TIMEOUT)
        return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        return -1, e.stdout or b"", "timed out after %d s" % RUN_TIMEOUT


def split_response(raw):
    i = raw.find(b"\r\n\r\n")
    if i < 0:
        return raw, b""
    return raw[:i], raw[i + 4:]


class SlowServer:
    """Answers every request in pieces: a pause before the status line, the header and the
    first part of the body, another pause, the rest, then closes. Pauses > poll timeouts."""

    def __init__(self, body, pause):
        self.body = body
        self.pause = pause
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.running = True
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while self.running:
            try:
                c, _ = self.sock.accept()
            except socket.timeout:
                continue
            except OSError:
                break
            threading.Thread(target=self.handle, args=(c,), daemon=True).start()

    def handle(self, c):
        try:
            c.settimeout(20)
            req = b""
            while b"\r\n\r\n" not in req:
                d = c.recv(4096)
                if not d:
                    return
                req += d
            time.sleep(self.pause)
            half = len(self.body) // 2
            head = ("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                    "Content-Length: %d\r\nConnection: close\r\n\r\n" % len(self.body)).encode()
            c.sendall(head + self.body[:half])
            time.sleep(self.pause)
            c.sendall(self.body[half:])
        except OSError:
            pass
        finally:
            c.close()

    def close(self):
        self.running = False
        self.thread.join(2)
        self.sock.close()


FANOUT_SERVER = r"""
import functools, http.server, sys
class S(http.server.ThreadingHTTPServer):
    request_queue_size = 256
h = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[2])
h.func.log_message = lambda *a: None
S(("127.0.0.1", int(sys.argv[1])), h).serve_forever()
"""


def main():
    fun = "build/fun"
    if "--fun" in sys.argv:
        fun = sys.argv[sys.argv.index("--fun") + 1]
    fun = os.path.abspath(fun)
    if not os.access(fun, os.X_OK):
        print("no interpreter at " + fun)
        print("0 passed, 1 failed")
        return 1

    tmp = tempfile.mkdtemp(prefix="fun_http_test_")
    procs = []
    slow = None
    try:
        # binary file: every byte value, NULs, CRLFs that look like a header end
        blob = bytes(range(256)) * 300 + b"\r\n\r\n\x00\x00end" + os.urandom(70000)
        with open(os.path.join(tmp, "blob.bin"), "wb") as f:
            f.write(blob)
        with open(os.path.join(tmp, "empty.txt"), "wb"):
            pass
        sizes = {}
        for i in range(50):
            data = (b"file %d\n" % i) * (i * 37 + 1) + bytes([0, i, 255])
            sizes["f%02d.dat" % i] = data
            with open(os.path.join(tmp, "f%02d.dat" % i), "wb") as f:
                f.write(data)

        port = free_port()
        httpd = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1",
                                  "--directory", tmp, str(port)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(httpd)
        check("http.server started", wait_listening(port, httpd))

        for ex in ("async_http_client", "await_http_client"):
            script = "examples/io/%s.fun" % ex
            rc, out, err = run_fun(fun, script, ["127.0.0.1", port, "/blob.bin"])
            head, body = split_response(out)
            check(ex + ": exit 0", rc == 0, "rc=%d %s" % (rc, err.strip()))
            check(ex + ": status line", head.startswith(b"HTTP/1.0 200"), repr(head[:40]))
            check(ex + ": body equals the file byte for byte", body == blob,
                  "got %d bytes, want %d" % (len(body), len(blob)))
            check(ex + ": summary on stderr",
                  err.startswith("done: HTTP/1.0 200 OK, %d bytes" % len(out)), err.strip())

            rc, out, err = run_fun(fun, script, ["127.0.0.1", port, "/empty.txt"])
            head, body = split_response(out)
            check(ex + ": empty file", rc == 0 and head.startswith(b"HTTP/1.0 200") and body == b"",
                  "rc=%d body=%r" % (rc, body[:20]))

            rc, out, err = run_fun(fun, script, ["127.0.0.1", port, "/missing"])
            check(ex + ": 404 passed through", rc == 0 and out.startswith(b"HTTP/1.0 404"),
                  repr(out[:30]))

            rc, out, err = run_fun(fun, script, ["127.0.0.1", free_port(), "/"])
            check(ex + ": refused connect", rc == 1 and "error: cannot connect" in err
                  and "connection refused" in err, "rc=%d %s" % (rc, err.strip()))

        # slow server: pauses of 1.5 s (the clients poll with 1 s timeouts)
        slow_body = b"slow\x00body\r\n" * 1000 + bytes(range(256))
        slow = SlowServer(slow_body, 1.5)
        for ex in ("async_http_client", "await_http_client"):
            t0 = time.monotonic()
            rc, out, err = run_fun(fun, "examples/io/%s.fun" % ex,
                                   ["127.0.0.1", slow.port, "/slow"])
            took = time.monotonic() - t0
            head, body = split_response(out)
            check(ex + ": slow server, exit 0", rc == 0, "rc=%d %s" % (rc, err.strip()))
            check(ex + ": slow server, whole body", body == slow_body,
                  "got %d bytes, want %d" % (len(body), len(slow_body)))
            check(ex + ": slow server, waited through the pauses", took >= 2.9, "%.2f s" % took)

        # fanout: 50 different URLs at once
        fport = free_port()
        fsrv = subprocess.Popen([sys.executable, "-c", FANOUT_SERVER, str(fport), tmp],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(fsrv)
        check("fanout server started", wait_listening(fport, fsrv))
        names = sorted(sizes)
        urls = ["http://127.0.0.1:%d/%s" % (fport, n) for n in names]
        rc, out, err = run_fun(fun, "examples/io/fanout_http_client.fun", urls)
        lines = out.decode("utf-8", "replace").splitlines()
        check("fanout 50: exit 0", rc == 0, "rc=%d %s %s" % (rc, err.strip(), lines[-1:]))
        check("fanout 50: 51 lines", len(lines) == 51, "%d lines" % len(lines))
        good = 0
        for n, ln in zip(names, lines):
            f = ln.split()
            if (len(f) >= 6 and f[0] == "200" and f[1] == "OK" and f[2] == str(len(sizes[n]))
                    and f[-1].endswith("/" + n)):
                good += 1
            else:
                print("    unexpected line for %s: %s" % (n, ln))
        check("fanout 50: every URL 200 with its exact size", good == 50, "%d good" % good)
        total = sum(len(v) for v in sizes.values())
        check("fanout 50: summary", lines[-1:] and lines[-1].startswith(
            "requests 50, ok 50, failed 0, body bytes %d," % total), str(lines[-1:]))

        rc, out, err = run_fun(fun, "examples/io/fanout_http_client.fun",
                               ["-q", "-n", "200", "-c", "50", urls[3]])
        text = out.decode("utf-8", "replace")
        check("fanout -q -n 200 -c 50", rc == 0 and text.startswith(
            "requests 200, ok 200, failed 0, body bytes %d," % (200 * len(sizes[names[3]]))),
            "rc=%d %r %s" % (rc, text[:80], err.strip()))

        rc, out, err = run_fun(fun, "examples/io/fanout_http_client.fun",
                               [urls[0], "http://127.0.0.1:%d/" % free_port(),
                                "http://127.0.0.1:%d/nope" % fport])
        lines = out.decode("utf-8", "replace").splitlines()
        check("fanout mixed: exit 1, one refused, one 404",
              rc == 1 and len(lines) == 4 and lines[0].startswith("200 OK")
              and lines[1].startswith("ERR connection refused") and lines[2].startswith("404 ")
              and lines[3].startswith("requests 3, ok 2, failed 1,"),
              "rc=%d %r" % (rc, lines))

        rc, out, err = run_fun(fun, "examples/io/fanout_http_client.fun", ["ftp://x/"])
        check("fanout usage error: exit 2", rc == 2 and "not an http:// URL" in err,
              "rc=%d %s" % (rc, err.strip()))
    finally:
        if slow:
            slow.close()
        for p in procs:
            stop(p)
        shutil.rmtree(tmp, ignore_errors=True)

    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
