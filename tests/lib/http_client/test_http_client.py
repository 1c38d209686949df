#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""HTTP client tests: lib/net/http_client.fun against real peers on loopback.

Usage: test_http_client.py --fun build/fun [FIXTURE ...]
Starts http_peer.py (keep-alive HTTP/1.1, chunked, redirects, slow and broken
responses) and `python3 -m http.server` (HTTP/1.0, a binary file), then runs
each fixtures/*.fun as
`FUN FIXTURE PEER_PORT PYSERVER_PORT DOCROOT REFUSED_PORT TLS_PORT CA_FILE`
(the https* fixtures need TLS built in: a CA and a localhost certificate are
made with the openssl command, and a second peer serves HTTPS with them)
and compares its stdout with the fixture's `// expect:` lines (where `{peer}`,
`{py}`, `{docroot}`, `{refused}`, `{tls}` and `{ca}` stand for those arguments); stderr must be
empty and the exit status 0. Both servers are stopped by PID at the end.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
EXPECT = re.compile(r"//\s*expect:\s?(.*)$")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_port(port, proc, what):
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit("%s exited early" % what)
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    sys.exit("%s did not start" % what)


def start_peer(tmp, extra=()):
    portfile = os.path.join(tmp, "peer%d.port" % len(os.listdir(tmp)))
    proc = subprocess.Popen([sys.executable, os.path.join(HERE, "http_peer.py"), portfile] + list(extra))
    deadline = time.monotonic() + 10
    while not os.path.exists(portfile):
        if proc.poll() is not None or time.monotonic() > deadline:
            sys.exit("http_peer.py did not start")
        time.sleep(0.02)
    return proc, int(open(portfile).read())


def make_certs(tmp):
    """A CA and a certificate for DNS:localhost only (so 127.0.0.1 mismatches)."""
    def ossl(*a):
        subprocess.run(["openssl"] + list(a), cwd=tmp, check=True, capture_output=True)
    ossl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
         "-days", "2", "-subj", "/CN=fun test CA")
    ossl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "srv.key", "-out", "srv.csr", "-subj", "/CN=localhost")
    with open(os.path.join(tmp, "ext.cnf"), "w") as f:
        f.write("subjectAltName=DNS:localhost\n")
    ossl("x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
         "-out", "srv.pem", "-days", "2", "-extfile", "ext.cnf")
    return os.path.join(tmp, "ca.pem"), os.path.join(tmp, "srv.pem"), os.path.join(tmp, "srv.key")


def tls_built(fun):
    r = subprocess.run([fun, "--version"], capture_output=True)
    return b"openssl" in r.stdout and shutil.which("openssl") is not None


def run_fixture(fun, path, args, timeout):
    want = []
    for line in open(path, encoding="utf-8"):
        m = EXPECT.search(line)
        if m:
            line = m.group(1).rstrip()
            for name, value in zip(("{peer}", "{py}", "{docroot}", "{refused}", "{tls}", "{ca}"), args):
                line = line.replace(name, str(value))
            want.append(line)
    t0 = time.monotonic()
    try:
        r = subprocess.run([fun, path] + [str(a) for a in args], cwd=ROOT, capture_output=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return "%s: timed out after %ds" % (path, timeout)
    got = r.stdout.decode("utf-8", "replace").splitlines()
    got = [g.rstrip() for g in got]
    problems = []
    if r.returncode != 0:
        problems.append("exit status %d" % r.returncode)
    if r.stderr:
        problems.append("stderr: " + r.stderr.decode("utf-8", "replace")[-2000:])
    if got != want:
        problems.append("stdout differs:\n  want: %r\n  got:  %r" % (want, got))
    if problems:
        return "%s (%.1fs): %s" % (os.path.relpath(path, ROOT), time.monotonic() - t0, "; ".join(problems))
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", default=os.path.join(ROOT, "build", "fun"))
    ap.add_argument("fixtures", nargs="*")
    a = ap.parse_args()
    fun = os.path.abspath(a.fun)
    slow = 5 if os.environ.get("FUN_TEST_ASAN") else 1
    fixtures = a.fixtures or sorted(
        os.path.join(HERE, "fixtures", f) for f in os.listdir(os.path.join(HERE, "fixtures"))
        if f.endswith(".fun") and not f.startswith("_"))
    tmp = tempfile.mkdtemp(prefix="fun_http_client_")
    procs = []
    try:
        peer, peer_port = start_peer(tmp)
        procs.append(peer)
        docroot = os.path.join(tmp, "www")
        os.mkdir(docroot)
        with open(os.path.join(docroot, "bin.dat"), "wb") as f:
            f.write(bytes((i * 7 + i // 256) % 256 for i in range(300000)))
        with open(os.path.join(docroot, "empty.txt"), "wb"):
            pass
        py_port = free_port()
        py = subprocess.Popen([sys.executable, "-m", "http.server", str(py_port), "--bind", "127.0.0.1",
                               "--directory", docroot], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(py)
        wait_port(py_port, py, "http.server")
        refused = free_port()
        tls_port, ca = 0, ""
        https = [f for f in fixtures if os.path.basename(f).startswith("https")]
        if https and tls_built(fun):
            certdir = os.path.join(tmp, "certs")
            os.mkdir(certdir)
            ca, cert, key = make_certs(certdir)
            tls_peer, tls_port = start_peer(tmp, ["--tls", cert, key])
            procs.append(tls_peer)
        elif https:
            print("note: TLS is not built into %s (or no openssl command): %s skipped" % (fun, ", ".join(
                os.path.basename(f) for f in https)))
            fixtures = [f for f in fixtures if f not in https]
        args = [peer_port, py_port, docroot, refused, tls_port, ca]
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
            results = list(ex.map(lambda f: run_fixture(fun, f, args, 20 * slow), fixtures))
        failed = [r for r in results if r]
        for r in failed:
            print("FAIL " + r)
        print("%d passed, %d failed" % (len(results) - len(failed), len(failed)))
        return 1 if failed else 0
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=5)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
