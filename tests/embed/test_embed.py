#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The embedding example (examples/embed/host.c) prints what the API promises.

Usage: python3 tests/embed/test_embed.py --fun BUILD/fun
Runs BUILD/embed-host (built by `make test` and `make asan` next to the fun
binary) and compares its whole output: a native registered from C called by
the script (and its error caught there), a Fun callback called from C with
C-made values, the Map it returns read back, an uncaught runtime error and a
compile error reported with file and line, and the VM still usable after them.
Then builds tests/embed/api_test.c against BUILD/libfun.a with the compiler
and flags of that build (BUILD/flags.stamp) and compares its output too: the
corners of the API the example does not reach.
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

EXPECTED = """\
script caught: Runtime error: host_scale: expected an Int, got String
script: batch-1 has 4 values
host: batch-1 total = 100
host: result {"label": batch-1, "total": 100}
host: error at setup.fun:4: Runtime error: host_scale: expected an Int, got String
host: compile error at broken.fun:2: Parse error: expected an expression, got '='
script: still running, 70
"""

API_EXPECTED = """\
from C from C
script ran 1999
kept: value 0 / value 99
field: 40
through host_apply: 42
call an Int: Runtime type error: CALL expects function, got int (line 0)
missing file: Error: cannot read file: /nonexistent/x.fun
throw: Uncaught: {"code": 7} at t.fun:3
error cleared: yes
exited: 1 3
after exit: Runtime error: VM has exited
"""


def run_api_test(build):
    with open(os.path.join(build, "flags.stamp")) as f:
        stamp = f.read().strip()
    cc = stamp.split()[0]
    ldflags = stamp.split("|", 1)[1].split()
    with tempfile.TemporaryDirectory(prefix="fun-embed-") as tmp:
        exe = os.path.join(tmp, "api_test")
        cmd = ([cc, "-std=c11", "-Wall", "-Wextra", "-Werror", "-I" + os.path.join(ROOT, "include"),
                "-o", exe, os.path.join(HERE, "api_test.c"), os.path.join(build, "libfun.a")]
               + ldflags)
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            print("FAIL embed: building api_test.c: %s\n%s" % (" ".join(cmd), r.stderr))
            return False
        r = subprocess.run([exe, os.path.join(HERE, "api_script.fun")], capture_output=True,
                           text=True, timeout=60)
    if r.returncode != 0 or r.stdout != API_EXPECTED or r.stderr != "":
        print("FAIL embed api_test: rc=%d\n--- stdout\n%s--- expected\n%s--- stderr\n%s"
              % (r.returncode, r.stdout, API_EXPECTED, r.stderr))
        return False
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", required=True)
    args = ap.parse_args()
    host = os.path.join(os.path.dirname(os.path.abspath(args.fun)), "embed-host")
    if not os.access(host, os.X_OK):
        print("FAIL embed: %s is missing (make builds it with `make test`)" % host)
        return 1
    r = subprocess.run([host], capture_output=True, text=True, timeout=60)
    ok = r.returncode == 0 and r.stdout == EXPECTED and r.stderr == ""
    if not ok:
        print("FAIL embed: rc=%d\n--- stdout\n%s--- expected\n%s--- stderr\n%s"
              % (r.returncode, r.stdout, EXPECTED, r.stderr))
        return 1
    return 0 if run_api_test(os.path.dirname(host)) else 1


if __name__ == "__main__":
    sys.exit(main())
