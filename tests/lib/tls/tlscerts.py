# SPDX-License-Identifier: MIT
"""Shared by the TLS tests (not a test itself): a throw-away CA and server
certificates made with the `openssl` command in a temporary directory, and
small helpers to run Fun scripts and loopback peers.

Files made by make_certs(d):
  ca.pem / ca.key       the test CA (EC P-256, two days)
  srv.pem / srv.key     CN=localhost, SAN DNS:localhost + IP:127.0.0.1, signed by the CA
  expired.pem           the same key and names, signed by the CA, expired yesterday
  self.pem              the same key and names, self-signed
"""
import os
import socket
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def openssl(*args, cwd):
    subprocess.run(["openssl"] + list(args), cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=30)


def make_certs(d):
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]
    openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=Fun Test CA", cwd=d)
    openssl("req", *ec, "-keyout", "srv.key", "-out", "srv.csr", "-subj", "/CN=localhost", cwd=d)
    with open(os.path.join(d, "ext.cnf"), "w") as f:
        f.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "srv.pem", "-days", "2", "-extfile", "ext.cnf", cwd=d)
    # -days -1: notAfter is a day before now, so verification says "expired"
    openssl("x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "expired.pem", "-days", "-1", "-extfile", "ext.cnf", cwd=d)
    openssl("req", "-x509", "-key", "srv.key", "-out", "self.pem", "-days", "2",
            "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", cwd=d)
    files = {"ca": "ca.pem", "ca_key": "ca.key", "srv": "srv.pem", "key": "srv.key",
             "expired": "expired.pem", "self": "self.pem"}
    return {k: os.path.join(d, f) for k, f in files.items()}


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def fun_path():
    fun = "build/fun"
    if "--fun" in sys.argv:
        fun = sys.argv[sys.argv.index("--fun") + 1]
    return os.path.abspath(fun)


def run_fun(script, args, d, timeout=30, name="t.fun"):
    """Runs a Fun script text with args from the repository root."""
    path = os.path.join(d, name)
    with open(path, "w") as f:
        f.write(script)
    try:
        return subprocess.run([fun_path(), path] + [str(a) for a in args], cwd=ROOT,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return subprocess.CompletedProcess(e.cmd, -9, e.stdout or "", "timed out")


class Checker:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, cond, detail=""):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL - %s%s" % (name, ": " + str(detail) if detail != "" else ""))

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        return 1 if self.failed else 0


def tempdir(tag):
    return tempfile.mkdtemp(prefix="fun-%s-" % tag)


def require_extension(name):
    """Exits with a skip message (status 0) when `fun --version` does not list name."""
    r = subprocess.run([fun_path(), "--version"], capture_output=True, text=True, timeout=10)
    lines = r.stdout.splitlines()
    if len(lines) < 2 or name not in lines[1].split()[1:]:
        print("SKIP: %s is not built into this interpreter" % name)
        print("0 passed, 0 failed")
        sys.exit(0)
