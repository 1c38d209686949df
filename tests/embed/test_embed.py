#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The embedding example (examples/embed/host.c) prints what the API promises.

Usage: python3 tests/embed/test_embed.py --fun BUILD/fun
Runs BUILD/embed-host (built by `make test` and `make asan` next to the fun
binary) and compares its whole output: a native registered from C called by
the script (and its error caught there), a Fun callback called from C with
C-made values, the Map it returns read back, an uncaught runtime error and a
compile error reported with file and line, and the VM still usable after them.
"""

import argparse
import os
import subprocess
import sys

EXPECTED = """\
script caught: Runtime error: host_scale: expected an Int, got String
script: batch-1 has 4 values
host: batch-1 total = 100
host: result {"label": batch-1, "total": 100}
host: error at setup.fun:4: Runtime error: host_scale: expected an Int, got String
host: compile error at broken.fun:2: Parse error: expected an expression, got '='
script: still running, 70
"""


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
