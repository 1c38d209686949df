#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Start-up maps no optional library (docs/extensions.md, "Loading on first
use"): the binary's NEEDED entries are only the C library's own (libc, libm,
libpthread, libdl, the loader) and the sanitizer runtimes, and a script that
calls no optional builtin has none of libedit, sqlite, pcre2, libxml2, zlib
or OpenSSL in its address space; the first gzip call then maps zlib. A new
DT_NEEDED would bring its load cost back to every run of every script.
usage: test_startup_libs.py --fun build/fun"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

ALLOWED = re.compile(r"^(libc|libm|libpthread|libdl|librt|libresolv|libgcc_s|ld-linux[-\w]*|"
                     r"lib[atl]san|libubsan)\.so(\.\d+)*$")
OPTIONAL = re.compile(r"/lib(edit|sqlite3|pcre2-8|xml2|z|ssl|crypto|icu\w*|lzma|tinfo|bsd)\.so")


def needed(path):
    out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True,
                         timeout=10, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def mapped_after(fun, code):
    """Runs code, which must print /proc/self/maps, and returns the optional
    libraries mapped then."""
    with tempfile.NamedTemporaryFile("w", suffix=".fun", delete=False) as f:
        f.write(code)
    try:
        p = subprocess.run([fun, f.name], capture_output=True, text=True, timeout=30)
    finally:
        os.unlink(f.name)
    if p.returncode != 0:
        raise RuntimeError("script failed: %r" % p.stderr)
    return sorted(set(m.group(0) for m in OPTIONAL.finditer(p.stdout)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", default="build/fun")
    fun = ap.parse_args().fun
    failures = []
    names = needed(fun)
    if not any(n.startswith("libc.so") for n in names):
        failures.append("readelf found no libc in NEEDED: %r" % names)
    extra = [n for n in names if not ALLOWED.match(n)]
    if extra:
        failures.append("%s links %s: load it on first use instead" % (fun, ", ".join(extra)))
    at_start = mapped_after(fun, 'print(read_file("/proc/self/maps"))\n')
    if at_start:
        failures.append("mapped by a script that uses none of them: %s" % ", ".join(at_start))
    r = subprocess.run([fun, "--version"], capture_output=True, text=True, timeout=10)
    if " zlib" in r.stdout:
        after = mapped_after(fun, 'gzip_compress("x")\nprint(read_file("/proc/self/maps"))\n')
        if "/libz.so" not in after:
            failures.append("gzip_compress ran without mapping libz: %r" % after)
    for f in failures:
        print(f)
    print("%d passed, %d failed" % (3 - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
