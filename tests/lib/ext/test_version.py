#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`fun --version` names the optional extensions built in, and a listed
extension is really there while an unlisted one raises D31's "not built"
error. usage: test_version.py --fun build/fun"""

import argparse
import os
import subprocess
import sys
import tempfile

# extension name in --version -> a call that only the built extension answers
PROBES = {
    "json": 'print(json_stringify([1]))',
    "ini": 'print(ini_load("/nonexistent"))',
    "sqlite": 'h = sqlite_open(":memory:")\nprint(h > 0)',
    "pcre2": 'print(pcre2_test("b+", "abbc", 0))',
    "xml": 'print(xml_name(xml_root(xml_parse("<a/>"))))',
    "openssl": 'print(openssl_md5("abc"))',
    "redis": 'print(redis_connect("127.0.0.1", 0))',
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", default="build/fun")
    fun = ap.parse_args().fun
    r = subprocess.run([fun, "--version"], capture_output=True, text=True, timeout=10)
    lines = r.stdout.splitlines()
    failures = []
    if r.returncode != 0 or len(lines) != 2 or not lines[0].startswith("Fun ") or \
            not lines[1].startswith("extensions: "):
        failures.append("unexpected --version output: %r" % r.stdout)
        built = set()
    else:
        built = set(lines[1].split()[1:])
    if "json" not in built:
        failures.append("json is always built: %r" % r.stdout)
    for name, code in PROBES.items():
        with tempfile.NamedTemporaryFile("w", suffix=".fun", delete=False) as f:
            f.write(code + "\n")
        try:
            p = subprocess.run([fun, f.name], capture_output=True, text=True, timeout=30)
        finally:
            os.unlink(f.name)
        not_built = "optional extension not built" in p.stderr
        if name in built and (p.returncode != 0 or not_built):
            failures.append("%s listed but the probe fails: %r" % (name, p.stderr))
        if name not in built and not not_built:
            failures.append("%s not listed but no 'not built' error: %r %r" % (name, p.stdout, p.stderr))
    for f in failures:
        print(f)
    print("%d passed, %d failed" % (len(PROBES) + 1 - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
