#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make bench, servers under abuse: the Fun HTTP server (examples/net/http_mt_server.fun)
in each mode against slow downloads, trickling clients, wrk load and a faulty client.

    bench/net/abuse.py [--fun FUN] [--src DIR] [--modes event,threads,scheduler]
                       [--scenarios slowdl,trickle,load,fault] [--seconds N]

Scenarios (each against a fresh server on 127.0.0.1, port 0):
  slowdl   40 clients download a 20 MB file slowly (64 KiB per 100 ms each);
           reports the server's peak RSS and the latency of small requests made
           meanwhile on other connections (limits: RSS < 100 MB, max < 50 ms).
  trickle  1 000 connections send their request head one byte per second;
           reports small-request latency meanwhile, the server's fds at the
           peak and after the header deadline.
  load     wrk -c1000 for N seconds (BENCH_SECONDS, default 60); reports
           requests/s, errors, RSS after warm-up and at the end (growth < 10%).
  fault    the same load plus a client that resets 10% of its connections
           mid-request (SO_LINGER 0); afterwards the server's fds and RSS must
           come back to the baseline.
--src is the source tree whose examples/ and lib/ are run (default this one),
so an older tree can be measured in the same run for a before/after table.
Exit status 1 when a limit is missed.
"""
import argparse
import os
import random
import re
import selectors
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MODES = {"event": [], "threads": ["--threads", "4"], "scheduler": ["--scheduler"]}
failures = []


def proc_rss_kb(pid, field="VmRSS"):
    try:
        with open("/proc/%d/status" % pid) as f:
            for ln in f:
                if ln.startswith(field + ":"):
                    return int(ln.split()[1])
    except OSError:
        pass
    return 0


def proc_fds(pid):
    try:
        return len(os.listdir("/proc/%d/fd" % pid))
    except OSError:
        return -1


class Server:
    def __init__(self, fun, src, mode, root, timeout_s=10):
        env = dict(os.environ)
        env["FUN_LIB_DIR"] = os.path.join(src, "lib")
        cmd = [fun, os.path.join(src, "examples", "net", "http_mt_server.fun")] + MODES[mode] + \
            ["--timeout", str(timeout_s), "0", root]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     env=env)
        line = self.proc.stdout.readline().decode()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            self.stop()
            raise RuntimeError("server did not start: %r" % line)
        self.port = int(m.group(1))
        self.pid = self.proc.pid

    def rss_mb(self):
        return proc_rss_kb(self.pid) / 1024.0

    def hwm_mb(self):
        return proc_rss_kb(self.pid, "VmHWM") / 1024.0

    def fds(self):
        return proc_fds(self.pid)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def small_get(port, path="/small.txt", timeout=5):
    """One GET on a fresh connection: (seconds, ok)."""
    t0 = time.time()
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        s.sendall(b"GET " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        data = b""
        while True:
            d = s.recv(65536)
            if not d:
                break
            data += d
        s.close()
        return time.time() - t0, data.startswith(b"HTTP/1.1 200") and data.endswith(b"small\n")
    except OSError:
        return time.time() - t0, False


def latencies(port, n, gap):
    lat, bad = [], 0
    for _ in range(n):
        dt, ok = small_get(port)
        lat.append(dt)
        bad += not ok
        time.sleep(gap)
    lat.sort()
    return lat[len(lat) // 2] * 1000, lat[-1] * 1000, bad


def make_root():
    d = tempfile.mkdtemp(prefix="fun-abuse-")
    with open(os.path.join(d, "small.txt"), "w") as f:
        f.write("small\n")
    with open(os.path.join(d, "index.html"), "w") as f:
        f.write("<html><body>hello</body></html>\n")
    block = bytes(random.Random(1).getrandbits(8) for _ in range(65536))
    with open(os.path.join(d, "big.bin"), "wb") as f:
        for _ in range(20 * 16):  # 20 MiB
            f.write(block)
    return d


def report(mode, scenario, text, ok=True, why=""):
    print("%-9s %-8s %s%s" % (mode, scenario, text, "" if ok else "   << FAIL: " + why))
    sys.stdout.flush()
    if not ok:
        failures.append("%s %s: %s" % (mode, scenario, why))


# ---------------------------------------------------------------- slowdl

def scenario_slowdl(srv, mode, args):
    sel = selectors.DefaultSelector()
    socks = []
    for _ in range(40):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        s.connect(("127.0.0.1", srv.port))
        s.sendall(b"GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n")
        s.setblocking(False)
        socks.append(s)
    got = [0] * len(socks)
    stop = [False]

    def reader():
        # 64 KiB per client every 100 ms: 640 KB/s each
        while not stop[0]:
            for i, s in enumerate(socks):
                try:
                    d = s.recv(65536)
                    got[i] += len(d)
                except BlockingIOError:
                    pass
                except OSError:
                    pass
            time.sleep(0.1)
    t = threading.Thread(target=reader, daemon=True)
    t.start()
    time.sleep(2.0)
    peak = 0.0
    lat = []
    bad = 0
    t_end = time.time() + 4.0
    while time.time() < t_end:
        dt, ok = small_get(srv.port)
        lat.append(dt)
        bad += not ok
        peak = max(peak, srv.rss_mb())
        time.sleep(0.1)
    stop[0] = True
    t.join()
    for s in socks:
        s.close()
    lat.sort()
    med, mx = lat[len(lat) // 2] * 1000, lat[-1] * 1000
    mb = sum(got) / 1e6
    ok = peak < 100 and mx < 50 and bad == 0
    report(mode, "slowdl", "40 slow 20 MB downloads: RSS peak %.0f MB (VmHWM %.0f MB), small GET "
           "median %.1f ms max %.1f ms (%d requests, %d failed), %.0f MB delivered"
           % (peak, srv.hwm_mb(), med, mx, len(lat), bad, mb), ok,
           "limits RSS < 100 MB, max < 50 ms, no failure")


# ---------------------------------------------------------------- trickle

def scenario_trickle(srv, mode, args):
    n = 1000
    fds0 = srv.fds()
    socks = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", srv.port), timeout=5)
        s.setblocking(False)
        socks.append(s)
    head = b"GET /small.txt HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"y" * 200 + b"\r\n\r\n"
    pos = [0] * n
    closed = [False] * n
    answered = [b""] * n
    stop = [False]

    def trickler():
        while not stop[0]:
            t0 = time.time()
            for i, s in enumerate(socks):
                if closed[i]:
                    continue
                try:
                    d = s.recv(4096)
                    if d == b"":
                        closed[i] = True
                        continue
                    answered[i] += d
                except BlockingIOError:
                    pass
                except OSError:
                    closed[i] = True
                    continue
                if pos[i] < len(head):
                    try:
                        s.send(head[pos[i]:pos[i] + 1])
                        pos[i] += 1
                    except BlockingIOError:
                        pass
                    except OSError:
                        closed[i] = True
            time.sleep(max(0.0, 1.0 - (time.time() - t0)))
    t = threading.Thread(target=trickler, daemon=True)
    t.start()
    time.sleep(1.5)
    peak_fds = srv.fds()
    rss = srv.rss_mb()
    med, mx, bad = latencies(srv.port, 20, 0.1)
    # wait past the header deadline (the server runs with --timeout 10)
    t_end = time.time() + args.trickle_wait
    while time.time() < t_end and not all(closed):
        time.sleep(0.5)
    stop[0] = True
    t.join()
    n408 = sum(1 for a in answered if a.startswith(b"HTTP/1.1 408"))
    nclosed = sum(closed)
    time.sleep(0.5)
    fds1 = srv.fds()
    for s in socks:
        s.close()
    ok = mx < 1000 * (4 if mode == "threads" else 1) and bad == 0 and nclosed == n
    report(mode, "trickle", "1000 tricklers: small GET median %.1f ms max %.1f ms (%d failed); "
           "server fds %d -> %d at the peak -> %d after the deadline; RSS %.0f MB; "
           "%d got 408, %d closed by the server" % (med, mx, bad, fds0, peak_fds, fds1, rss,
                                                    n408, nclosed), ok,
           "others answered meanwhile and every trickler ended by the deadline")


# ---------------------------------------------------------------- load / fault

def wrk(port, seconds, conns=1000, path="/index.html"):
    cmd = ["wrk", "-t2", "-c%d" % conns, "-d%ds" % seconds, "--timeout", "10s",
           "http://127.0.0.1:%d%s" % (port, path)]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=seconds + 60)
    out = p.stdout.decode()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errs = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    nreq = re.search(r"(\d+) requests in", out)
    e = [int(x) for x in errs.groups()] if errs else [0, 0, 0, 0]
    return {"rps": float(rps.group(1)) if rps else 0.0, "errors": e,
            "non2xx": int(non2xx.group(1)) if non2xx else 0,
            "requests": int(nreq.group(1)) if nreq else 0, "out": out}


def sample_rss(srv, stop, samples):
    while not stop[0]:
        samples.append((time.time(), srv.rss_mb(), srv.fds()))
        time.sleep(1.0)


class FaultClient:
    """Keeps 100 connections busy: 90% send a full request and check the answer,
    10% send half a request (or half a body) and reset (SO_LINGER 0)."""

    def __init__(self, port, conns=100):
        self.port = port
        self.conns = conns
        self.ok = self.bad = self.resets = 0
        self.stop = False
        self.lock = threading.Lock()
        self.ts = [threading.Thread(target=self.run, args=(i,), daemon=True)
                   for i in range(conns)]

    def start(self):
        for t in self.ts:
            t.start()

    def join(self):
        self.stop = True
        for t in self.ts:
            t.join(30)

    def run(self, i):
        rnd = random.Random(i)
        req = b"GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n"
        post = b"POST /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n" + b"a" * 50
        while not self.stop:
            try:
                s = socket.create_connection(("127.0.0.1", self.port), timeout=10)
                if rnd.random() < 0.10:
                    part = rnd.choice([req[:rnd.randint(1, len(req) - 3)], post])
                    s.sendall(part)
                    time.sleep(rnd.random() * 0.05)
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    s.close()
                    with self.lock:
                        self.resets += 1
                    continue
                s.sendall(req)
                data = b""
                while b"</html>" not in data:
                    d = s.recv(65536)
                    if not d:
                        break
                    data += d
                s.close()
                with self.lock:
                    if data.startswith(b"HTTP/1.1 200") and b"</html>" in data:
                        self.ok += 1
                    else:
                        self.bad += 1
            except OSError:
                with self.lock:
                    self.bad += 1


def scenario_load(srv, mode, args, fault=False):
    time.sleep(0.5)
    base_rss, base_fds = srv.rss_mb(), srv.fds()
    stop = [False]
    samples = []
    st = threading.Thread(target=sample_rss, args=(srv, stop, samples), daemon=True)
    st.start()
    fc = None
    if fault:
        fc = FaultClient(srv.port)
        fc.start()
    t0 = time.time()
    w = wrk(srv.port, args.seconds)
    if fc:
        fc.join()
    stop[0] = True
    st.join()
    # after warm-up: the first sample at least 20% into the run (2 s at least)
    warm = t0 + max(2.0, 0.2 * args.seconds)
    during = [r for (t, r, f) in samples if t >= warm]
    rss_warm = during[0] if during else 0.0
    rss_end = during[-1] if during else 0.0
    rss_max = max(during) if during else 0.0
    growth = (rss_max - rss_warm) / rss_warm * 100 if rss_warm else 0.0
    # back to baseline: fds exactly (after idle connections time out), RSS
    # within 10% of the warm level (the allocator may keep freed pages)
    t_end = time.time() + args.settle
    while time.time() < t_end and srv.fds() > base_fds:
        time.sleep(0.5)
    fds_after, rss_after = srv.fds(), srv.rss_mb()
    errs = sum(w["errors"])
    alive = srv.proc.poll() is None
    name = "fault" if fault else "load"
    if args.verbose:
        print("    RSS MB / fds per second: " + " ".join("%.0f/%d" % (r, f) for (t, r, f) in samples))
    text = ("wrk c=1000 %ds: %.0f req/s, %d requests, errors %s, non-2xx %d; RSS base %.1f MB, "
            "after warm-up %.1f, max %.1f, end %.1f (growth %.1f%%); fds base %d, after %d; "
            "RSS after %.1f MB" % (args.seconds, w["rps"], w["requests"], w["errors"], w["non2xx"],
                                   base_rss, rss_warm, rss_max, rss_end, growth, base_fds,
                                   fds_after, rss_after))
    ok = alive and errs == 0 and w["non2xx"] == 0 and growth < 10 and fds_after <= base_fds and \
        w["requests"] > 0
    why = "no errors, RSS growth < 10%, fds back to baseline"
    if fc:
        text += "; fault client: %d ok, %d bad, %d resets" % (fc.ok, fc.bad, fc.resets)
        ok = ok and fc.bad == 0 and fc.ok > 0
        why += ", fault client's complete requests all answered"
    report(mode, name, text, ok, why)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", default=os.path.join(ROOT, "build", "fun"))
    ap.add_argument("--src", default=ROOT)
    ap.add_argument("--modes", default="event,threads,scheduler")
    ap.add_argument("--scenarios", default="slowdl,trickle,load,fault")
    ap.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", "60")))
    ap.add_argument("--trickle-wait", type=float, default=14.0)
    ap.add_argument("--settle", type=float, default=15.0)
    ap.add_argument("-v", "--verbose", action="store_true", help="print the RSS samples")
    args = ap.parse_args()
    scen = args.scenarios.split(",")
    if ("load" in scen or "fault" in scen) and not shutil.which("wrk"):
        print("abuse.py: wrk not installed (apt-get install wrk); load and fault skipped")
        scen = [s for s in scen if s not in ("load", "fault")]
    root = make_root()
    fun = os.path.abspath(args.fun)
    try:
        for mode in args.modes.split(","):
            for sc in scen:
                try:
                    srv = Server(fun, os.path.abspath(args.src), mode, root)
                except RuntimeError as e:
                    report(mode, sc, str(e), False, "server start")
                    continue
                try:
                    if sc == "slowdl":
                        scenario_slowdl(srv, mode, args)
                    elif sc == "trickle":
                        scenario_trickle(srv, mode, args)
                    elif sc == "load":
                        scenario_load(srv, mode, args)
                    elif sc == "fault":
                        scenario_load(srv, mode, args, fault=True)
                finally:
                    srv.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if failures:
        print("abuse.py: %d limit(s) missed" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
