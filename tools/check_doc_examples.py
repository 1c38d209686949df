#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs the ```fun code blocks of Markdown docs and checks what they print.

Usage: python3 tools/check_doc_examples.py --fun build/fun docs/language.md ...

In a block, `// -> TEXT` (after code or on its own line) is one expected
stdout line, in order; `// error: TEXT` expects TEXT in stderr (then the
exit status may be nonzero). A block preceded by `<!-- norun -->` is not run.
Each block runs on its own, from the repository root. Prints
`N passed, N failed`.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BLOCK = re.compile(r"(<!-- norun -->\s*\n)?```fun\n(.*?)```", re.S)


def blocks(path):
    text = open(path).read()
    for m in BLOCK.finditer(text):
        line = text.count("\n", 0, m.start(2)) + 1
        yield line, m.group(2), bool(m.group(1))


def expectations(code):
    out, err = [], []
    for line in code.split("\n"):
        m = re.search(r"//\s*->\s?(.*)$", line)
        if m:
            out.append(m.group(1).rstrip())
        m = re.search(r"//\s*error:\s?(.*)$", line)
        if m:
            err.append(m.group(1).strip())
    return out, err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", default=os.path.join(ROOT, "build", "fun"))
    ap.add_argument("docs", nargs="+")
    args = ap.parse_args()
    fun = os.path.abspath(args.fun)
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="fun-doc-") as tmp:
        for doc in args.docs:
            for line, code, norun in blocks(doc):
                if norun:
                    continue
                path = os.path.join(tmp, "example.fun")
                with open(path, "w") as f:
                    f.write(code)
                want_out, want_err = expectations(code)
                env = dict(os.environ)
                env.pop("FUN_LIB_DIR", None)
                r = subprocess.run([fun, path], cwd=ROOT, capture_output=True, text=True,
                                   timeout=20, stdin=subprocess.DEVNULL, env=env)
                got = r.stdout.split("\n")
                if got and got[-1] == "":
                    got.pop()
                problems = []
                if got != want_out:
                    problems.append("stdout %r, expected %r" % (got, want_out))
                if want_err:
                    for e in want_err:
                        if e not in r.stderr:
                            problems.append("stderr lacks %r: %r" % (e, r.stderr))
                elif r.returncode != 0 or r.stderr:
                    problems.append("exit %d, stderr %r" % (r.returncode, r.stderr))
                if problems:
                    failed += 1
                    print("FAIL %s:%d: %s" % (os.path.relpath(doc, ROOT), line, "; ".join(problems)))
                else:
                    passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
