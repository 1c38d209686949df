#!/usr/bin/env python3
"""Every module of lib/ is included by library_keeps_program_globals.fun (the
D17a test), so a new module cannot skip that check.

usage: python3 tests/lib/stdlib/test_every_module_listed.py [--fun build/fun]
Last line `N passed, N failed`; exit status 0 when nothing failed.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def main():
    lib = os.path.join(ROOT, "lib")
    modules = set()
    for d, _, files in os.walk(lib):
        for f in files:
            if f.endswith(".fun"):
                modules.add(os.path.relpath(os.path.join(d, f), lib))
    test = os.path.join(os.path.dirname(os.path.abspath(__file__)), "library_keeps_program_globals.fun")
    with open(test) as fh:
        included = set(re.findall(r"^#include <([^>]+)>", fh.read(), re.M))
    missing = sorted(modules - included)
    unknown = sorted(included - modules)
    failed = 0
    if missing:
        failed += 1
        print("FAIL - modules of lib/ not included by the D17a test: " + ", ".join(missing))
    if unknown:
        failed += 1
        print("FAIL - the D17a test includes files that are not in lib/: " + ", ".join(unknown))
    print("%d passed, %d failed" % (0 if failed else 1, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
