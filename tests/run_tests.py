#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Test runner for Fun in C (Python 3 standard library only).

Usage:
    python3 tests/run_tests.py --fun build/fun [--asan] [-j N] [-v] [PATH ...]

PATH may be a .fun file or a directory (searched recursively for *.fun and
for test_*.py / test_*.sh scripts: each script is one test, run as
`SCRIPT --fun FUN` from the repository root, passing when it exits 0; with
--asan it gets FUN_TEST_ASAN=1 in its environment).
Default: every tests/**/*.fun. A file whose first line is `// fixture` (or
that lives in a directory named `fixtures`) is a helper included by other
tests, not a test itself.

Each test runs as `FUN tests/dir/x.fun ARGS...` with the repository root as
the working directory, so messages show paths relative to the root.

Expectation comments (anywhere in the file, `//` comments):
    // expect: TEXT                one stdout line, in order (`// expect:` alone
                                   is an empty line)
    // expect runtime error: TEXT  the first stderr line contains TEXT, exit 1;
                                   if code precedes the comment on its line, the
                                   first stderr line must also contain `:LINE:`
    // expect error: TEXT          compile error: a stderr line contains
                                   `:LINE:` (this line) and TEXT; exit 1
    // expect stderr: TEXT         a stderr line matches TEXT (these lines must
                                   appear in this order); `{file}` is replaced
                                   by the test's path, `*` matches anything
    // expect exit: N              exit status (default 0, or 1 with an error)
    (At most one `expect error` and one `expect runtime error` per test, each
    with a non-empty TEXT: a test breaking either rule fails as malformed.)
    // stdin: TEXT                 a line fed on stdin (may repeat)
    // args: a b c                 command-line arguments (shell-like quoting)
    // env: NAME=VALUE             environment variable (`{dir}` = the test's
                                   directory, `{root}` = repository root)
    // allow-stderr                do not require an empty stderr
    // timeout: N                  seconds (default 10, x5 with --asan)
    // skip: REASON                do not run
    // asan-skip: REASON           do not run under --asan
    // needs: netns                run only inside a private network namespace
                                   (tools/netns.py), skipped with a message elsewhere
    // needs: sqlite               (or pcre2, xml, zlib, openssl) run only when `fun --version`
                                   lists that optional extension, skipped with a
                                   message otherwise
Without an error expectation the exit status must be 0 (or `expect exit`)
and stderr must be empty (unless `allow-stderr` or `expect stderr` is given).

The runner re-runs itself through tools/netns.py (a private network namespace
with only loopback up, FUN_NETNS=1) unless FUN_NETNS is already set or
--no-netns is given, so no test can send a packet off the machine.

Output: one block per failure (reason + diff), then exactly the line
`N passed, N failed` (plus `, N skipped`). Exit status 1 if any failed.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")

DIRECTIVE = re.compile(
    r"//\s*(expect runtime error|expect error|expect stderr|expect exit|expect|"
    r"stdin|args|env|skip|asan-skip|needs|timeout|allow-stderr)\b(:\s?(.*))?$"
)


class Test:
    def __init__(self, path):
        self.path = path  # absolute
        self.rel = os.path.relpath(path, ROOT)
        self.expect = []
        self.runtime_error = None  # (text, line or None)
        self.compile_error = None  # (text, line)
        self.stderr_lines = []
        self.exit = None
        self.stdin = []
        self.args = []
        self.env = {}
        self.allow_stderr = False
        self.timeout = 10.0
        self.skip = None
        self.asan_skip = None
        self.needs_netns = False
        self.needs_ext = []
        self.bad = None  # malformed test
        self.script = False


def is_fixture(path):
    if "fixtures" in path.split(os.sep):
        return True
    try:
        with open(path, "rb") as f:
            first = f.readline()
    except OSError:
        return False
    return first.strip().startswith(b"// fixture")


def is_script_test(name):
    # tests/**/test_*.py and test_*.sh drive the interpreter from outside
    # (pseudo-terminals, servers, installs); each is one test, exit 0 = pass
    return name.startswith("test_") and (name.endswith(".py") or name.endswith(".sh"))


def run_script(t, fun, asan):
    interp = [sys.executable] if t.path.endswith(".py") else ["bash"]
    env = dict(os.environ)
    if asan:
        env["FUN_TEST_ASAN"] = "1"
    timeout = t.timeout * (3 if asan else 1)
    try:
        p = subprocess.Popen(interp + [t.rel, "--fun", fun], cwd=ROOT, env=env,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, start_new_session=True)
    except OSError as e:
        return ["cannot run %s: %s" % (t.rel, e)]
    try:
        out, _ = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        p.communicate()
        return ["timeout after %.0fs" % timeout]
    if p.returncode != 0:
        tail = decode(out).splitlines()[-30:]
        return ["exit status %d; last output:\n%s" % (p.returncode, show("\n".join(tail)))]
    return []


def parse_test(path):
    t = Test(path)
    if is_script_test(os.path.basename(path)):
        t.script = True
        t.timeout = 600.0
        return t
    with open(path, "rb") as f:
        data = f.read().decode("utf-8", "surrogateescape")
    lines = re.split(r"\r\n|\r|\n", data)
    for lineno, raw in enumerate(lines, 1):
        pos = raw.find("//")
        while pos >= 0:
            m = DIRECTIVE.match(raw, pos)
            if m:
                break
            pos = raw.find("//", pos + 2)
        if pos < 0:
            continue
        kind, has_colon, val = m.group(1), m.group(2), m.group(3)
        val = val if val is not None else ""
        code_before = raw[:pos].strip() != ""
        if kind == "expect":
            if has_colon is None:
                continue
            t.expect.append(val)
        elif kind == "expect runtime error":
            # one program stops at one error: a second expectation could
            # never be checked, so it is a mistake in the test
            if t.runtime_error is not None:
                t.bad = "line %d: a second expect runtime error" % lineno
            elif not val.strip():
                t.bad = "line %d: expect runtime error without a message" % lineno
            t.runtime_error = (val.strip(), lineno if code_before else None)
        elif kind == "expect error":
            if t.compile_error is not None:
                t.bad = "line %d: a second expect error" % lineno
            elif not val.strip():
                t.bad = "line %d: expect error without a message" % lineno
            t.compile_error = (val.strip(), lineno)
        elif kind == "expect stderr":
            t.stderr_lines.append(val)
        elif kind == "expect exit":
            try:
                t.exit = int(val.strip())
            except ValueError:
                t.bad = "line %d: bad expect exit" % lineno
        elif kind == "stdin":
            t.stdin.append(val)
        elif kind == "args":
            t.args = shlex.split(val)
        elif kind == "env":
            k, _, v = val.strip().partition("=")
            t.env[k] = v
        elif kind == "skip":
            t.skip = val.strip() or "skipped"
        elif kind == "asan-skip":
            t.asan_skip = val.strip() or "skipped under asan"
        elif kind == "needs":
            if val.strip() == "netns":
                t.needs_netns = True
            elif val.strip() in ("sqlite", "pcre2", "xml", "zlib", "openssl"):
                t.needs_ext.append(val.strip())
            else:
                t.bad = "line %d: unknown need %r" % (lineno, val.strip())
        elif kind == "timeout":
            try:
                t.timeout = float(val.strip())
            except ValueError:
                t.bad = "line %d: bad timeout" % lineno
        elif kind == "allow-stderr":
            t.allow_stderr = True
    return t


def decode(b):
    return b.decode("utf-8", "surrogateescape")


def out_lines(s):
    if s == "":
        return []
    ls = s.split("\n")
    if ls[-1] == "":
        ls.pop()
    return ls


def vis(s):
    """Printable form: undecodable bytes as \\xNN."""
    return s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def show(s, limit=2000):
    s = vis(s)
    s = s if len(s) <= limit else s[:limit] + "...[truncated]"
    return "\n".join("    | " + l for l in s.split("\n"))


def run_test(t, fun, asan):
    reldir = os.path.dirname(t.rel) or "."
    env = dict(os.environ)
    for k, v in t.env.items():
        env[k] = v.replace("{dir}", reldir).replace("{root}", ROOT)
    timeout = t.timeout * (5 if asan else 1)
    stdin = ("\n".join(t.stdin) + "\n").encode() if t.stdin else b""
    start = time.time()
    try:
        p = subprocess.Popen(
            [fun, t.rel] + t.args,
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except OSError as e:
        return ["cannot run %s: %s" % (fun, e)]
    try:
        out, err = p.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = p.communicate()
        return ["timeout after %.0fs" % timeout]
    _ = time.time() - start
    out, err = decode(out), decode(err)
    rc = p.returncode
    problems = []

    got = out_lines(out)
    if got != t.expect:
        diff = difflib.unified_diff([vis(l) for l in t.expect], [vis(l) for l in got], "expected stdout", "actual stdout", lineterm="", n=2)
        problems.append("stdout differs:\n" + "\n".join("    " + l for l in diff))

    err_lines = out_lines(err)
    if rc < 0:
        problems.append("killed by signal %d" % -rc)
    if t.compile_error is not None:
        want_rc = 1 if t.exit is None else t.exit
        text, line = t.compile_error
        tag = ":%d:" % line
        if not any(tag in l and text in l for l in err_lines):
            problems.append("expected compile error at line %d containing %r; stderr:\n%s" % (line, text, show(err)))
    elif t.runtime_error is not None:
        want_rc = 1 if t.exit is None else t.exit
        text, line = t.runtime_error
        first = err_lines[0] if err_lines else ""
        if text not in first:
            problems.append("expected runtime error %r on the first stderr line; stderr:\n%s" % (text, show(err)))
        elif line is not None and (":%d:" % line) not in first:
            problems.append("expected runtime error at line %d; stderr:\n%s" % (line, show(err)))
    else:
        want_rc = 0 if t.exit is None else t.exit
        if err and not t.allow_stderr and not t.stderr_lines:
            problems.append("unexpected stderr:\n" + show(err))
    if t.stderr_lines:
        want = [s.replace("{file}", t.rel) for s in t.stderr_lines]
        pats = [re.compile("".join(".*" if c == "*" else re.escape(c) for c in re.split(r"(\*)", w)) + r"\Z", re.S)
                for w in want]
        i = 0
        for l in err_lines:
            if i < len(pats) and pats[i].match(l):
                i += 1
        if i < len(want):
            problems.append("stderr lacks line %r (in order); stderr:\n%s" % (want[i], show(err)))
    if rc >= 0 and rc != want_rc:
        msg = "exit status %d, expected %d" % (rc, want_rc)
        if err and not any(p.startswith("unexpected stderr") or "stderr:" in p for p in problems):
            msg += "; stderr:\n" + show(err)
        problems.append(msg)
    return problems


def collect(paths):
    files = []
    for p in paths:
        ap = os.path.abspath(p)
        if os.path.isdir(ap):
            for d, dirs, names in os.walk(ap):
                dirs[:] = sorted(x for x in dirs if x != "fixtures" and not x.startswith("."))
                for n in sorted(names):
                    if is_script_test(n):
                        files.append(os.path.join(d, n))
                    elif n.endswith(".fun"):
                        f = os.path.join(d, n)
                        if not is_fixture(f):
                            files.append(f)
        elif os.path.isfile(ap):
            files.append(ap)
        else:
            print("no such test: %s" % p, file=sys.stderr)
            sys.exit(2)
    seen = set()
    out = []
    for f in files:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


def main():
    ap = argparse.ArgumentParser(description="Run the Fun test suite.")
    ap.add_argument("--fun", default=os.path.join(ROOT, "build", "fun"), help="interpreter binary")
    ap.add_argument("--asan", action="store_true", help="sanitizer build: x5 timeouts, honour asan-skip")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1, help="parallel jobs")
    ap.add_argument("-v", action="store_true", help="list every test")
    ap.add_argument("--no-netns", action="store_true", help="do not enter a private network namespace")
    ap.add_argument("paths", nargs="*")
    a = ap.parse_args()
    if not a.no_netns and os.environ.get("FUN_NETNS") not in ("0", "1"):
        sys.stdout.flush()
        os.execv(sys.executable, [sys.executable, os.path.join(ROOT, "tools", "netns.py"),
                                  sys.executable, os.path.abspath(__file__)] + sys.argv[1:])
    in_netns = os.environ.get("FUN_NETNS") == "1"
    try:
        sys.stdout.reconfigure(errors="backslashreplace")
    except AttributeError:
        pass
    fun = os.path.abspath(a.fun)
    if not os.access(fun, os.X_OK):
        print("interpreter not found or not executable: %s" % fun, file=sys.stderr)
        print("0 passed, 1 failed")
        return 1
    tests = [parse_test(f) for f in collect(a.paths or [TESTS])]
    built = set()
    try:
        ver = subprocess.run([fun, "--version"], capture_output=True, text=True, timeout=30).stdout
        for line in ver.splitlines():
            if line.startswith("extensions:"):
                built = set(line.split()[1:])
    except (OSError, subprocess.SubprocessError):
        pass

    passed = failed = skipped = 0
    todo = []
    for t in tests:
        if t.bad:
            failed += 1
            print("FAIL %s: %s" % (t.rel, t.bad))
        elif t.needs_netns and not in_netns:
            skipped += 1
            print("SKIP %s: needs a private network namespace (not inside one: see tools/netns.py)" % t.rel)
        elif any(e not in built for e in t.needs_ext):
            skipped += 1
            print("SKIP %s: the %s extension is not built (see docs/extensions.md)"
                  % (t.rel, ", ".join(e for e in t.needs_ext if e not in built)))
        elif t.skip or (a.asan and t.asan_skip):
            skipped += 1
            if a.v:
                print("SKIP %s: %s" % (t.rel, t.skip or t.asan_skip))
        else:
            todo.append(t)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.j)) as ex:
        futs = {ex.submit(run_script if t.script else run_test, t, fun, a.asan): t for t in todo}
        results = {}
        for fu in concurrent.futures.as_completed(futs):
            results[futs[fu].rel] = fu.result()
    for t in todo:
        probs = results[t.rel]
        if probs:
            failed += 1
            print("FAIL %s: %s" % (t.rel, probs[0]))
            for p in probs[1:]:
                print("  also: " + p)
        else:
            passed += 1
            if a.v:
                print("ok   %s" % t.rel)
    line = "%d passed, %d failed" % (passed, failed)
    if skipped:
        line += ", %d skipped" % skipped
    print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
