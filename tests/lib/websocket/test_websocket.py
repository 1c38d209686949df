#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""WebSocket tests: lib/net/websocket.fun against peers on loopback.

Usage: test_websocket.py --fun build/fun
Starts the Fun servers (fixtures/raw_server.fun: a plain listener handing
sockets to ws_server_handshake; examples/net/ws_echo_server.fun: the HTTP
server library with ws_route) and a Python echo server (ws_peer.py server,
the `websockets` package under /usr/bin/python3). Then ws_peer.py checks
drives the Fun servers, and each fixtures/client_*.fun runs as
`FUN FIXTURE RAW_PORT EXAMPLE_PORT PY_PORT REFUSED_PORT WSS_PORT CA_FILE`, its
stdout compared with its `// expect:` lines (`{raw}`, `{ex}`, `{py}`,
`{refused}`, `{wss}`, `{ca}` stand for them). With TLS built in, a second
Python server speaks wss:// with a certificate made for the run. Every process is stopped by PID at the end.
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
PY = "/usr/bin/python3"  # the Debian python3-websockets package lives there


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def start_fun(fun, args, pattern):
    """Starts a Fun server and reads its port from its first stdout line."""
    proc = subprocess.Popen([fun] + args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    line = proc.stdout.readline().decode()
    m = re.search(pattern, line)
    if not m:
        proc.kill()
        sys.exit("%s did not start: %r %r" % (args[0], line, proc.stderr.read()[-500:]))
    return proc, int(m.group(1))


def start_py_server(tmp, tls=()):
    portfile = os.path.join(tmp, "py%d.port" % len(tls))
    proc = subprocess.Popen([PY, os.path.join(HERE, "ws_peer.py"), "server", portfile] + list(tls))
    deadline = time.monotonic() + 10
    while not os.path.exists(portfile):
        if proc.poll() is not None or time.monotonic() > deadline:
            sys.exit("ws_peer.py server did not start")
        time.sleep(0.02)
    return proc, int(open(portfile).read())


def make_certs(tmp):
    """A CA and a certificate for DNS:localhost, made with the openssl command."""
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


def run_fixture(fun, path, args, timeout):
    want = []
    for line in open(path, encoding="utf-8"):
        m = EXPECT.search(line)
        if m:
            line = m.group(1).rstrip()
            for name, value in zip(("{raw}", "{ex}", "{py}", "{refused}", "{wss}", "{ca}"), args):
                line = line.replace(name, str(value))
            want.append(line)
    try:
        r = subprocess.run([fun, path] + [str(a) for a in args], cwd=ROOT, capture_output=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return "%s: timed out after %ds" % (path, timeout)
    got = [g.rstrip() for g in r.stdout.decode("utf-8", "replace").splitlines()]
    problems = []
    if r.returncode != 0:
        problems.append("exit status %d" % r.returncode)
    if r.stderr:
        problems.append("stderr: " + r.stderr.decode("utf-8", "replace")[-2000:])
    if got != want:
        problems.append("stdout differs:\n  want: %r\n  got:  %r" % (want, got))
    if problems:
        return "%s: %s" % (os.path.relpath(path, ROOT), "; ".join(problems))
    return None


def stop(procs):
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=5)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", default=os.path.join(ROOT, "build", "fun"))
    a = ap.parse_args()
    fun = os.path.abspath(a.fun)
    slow = 5 if os.environ.get("FUN_TEST_ASAN") else 1
    have_websockets = subprocess.run([PY, "-c", "import websockets"], capture_output=True).returncode == 0 \
        if os.path.exists(PY) else False
    tmp = tempfile.mkdtemp(prefix="fun_ws_")
    procs = []
    failed = []
    passed = 0
    try:
        raw, raw_port = start_fun(fun, ["tests/lib/websocket/fixtures/raw_server.fun"], r"listening (\d+)")
        procs.append(raw)
        ex, ex_port = start_fun(fun, ["examples/net/ws_echo_server.fun", "0"], r"Serving at http://127\.0\.0\.1:(\d+)/")
        procs.append(ex)
        fixtures = ["client_fun.fun", "client_tasks.fun"]
        py_port = free_port()
        if have_websockets:
            py, py_port = start_py_server(tmp)
            procs.append(py)
            fixtures.append("client_python.fun")
            r = subprocess.run([PY, os.path.join(HERE, "ws_peer.py"), "checks", str(raw_port), str(ex_port)],
                               capture_output=True, timeout=60 * slow)
            out = r.stdout.decode("utf-8", "replace")
            passed += out.count("\nok ") + out.startswith("ok ")
            if r.returncode != 0:
                failed.append("ws_peer.py checks (exit %d):\n%s%s" % (
                    r.returncode, "\n".join(l for l in out.splitlines() if not l.startswith("ok ")),
                    r.stderr.decode("utf-8", "replace")[-3000:]))
        else:
            print("note: %s has no websockets package (Debian python3-websockets): "
                  "the Python peer checks are skipped" % PY)
        wss_port, ca = 0, ""
        tls = b"openssl" in subprocess.run([fun, "--version"], capture_output=True).stdout
        if have_websockets and tls and shutil.which("openssl"):
            ca, cert, key = make_certs(tmp)
            wss, wss_port = start_py_server(tmp, (cert, key))
            procs.append(wss)
            fixtures.append("client_wss.fun")
        else:
            print("note: no TLS in %s (or no websockets/openssl): client_wss.fun skipped" % fun)
        args = [raw_port, ex_port, py_port, free_port(), wss_port, ca]
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda f: run_fixture(fun, os.path.join(HERE, "fixtures", f), args, 30 * slow),
                                    fixtures))
        for r in results:
            if r:
                failed.append(r)
            else:
                passed += 1
    finally:
        stop(procs)
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failed:
        print("FAIL " + f)
    print("%d passed, %d failed" % (passed, len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
