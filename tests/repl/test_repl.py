#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""REPL and --trace tests: drive `fun` through a pseudo-terminal.

Usage: python3 tests/repl/test_repl.py [--fun build/fun] [-v] [NAME ...]
Prints one line per failure and finally `N passed, N failed`; exit status 1
if any test failed. Standard library only (pty, select, subprocess).
"""

import argparse
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ANSI = re.compile(rb"\x1b(\[[0-9;?]*[ -/]*[@-~]|[()][0-9A-Za-z]|[=>78])")
TIMEOUT = 5.0


class Failure(Exception):
    pass


class Session:
    """A `fun` process on a pseudo-terminal with a temporary HOME."""

    def __init__(self, fun, args=(), home=None, cwd=None):
        self.home = home or tempfile.mkdtemp(prefix="fun-repl-home-")
        self.own_home = home is None
        env = dict(os.environ)
        env.update(HOME=self.home, TERM="dumb")
        env.pop("FUN_LIB_DIR", None)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # child
            try:
                if cwd:
                    os.chdir(cwd)
                os.execve(fun, [fun] + list(args), env)
            finally:
                os._exit(127)
        self.raw = b""
        self.pos = 0  # consumed part of the cleaned text
        self.status = None
        self.editing = None  # line editor in use (it turns terminal echo off)

    def _read(self, deadline):
        while True:
            left = deadline - time.time()
            if left <= 0:
                return False
            r, _, _ = select.select([self.fd], [], [], min(left, 0.1))
            if r:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:  # EIO: the child closed the terminal
                    return None
                if not data:
                    return None
                self.raw += data
                return True

    def text(self):
        t = ANSI.sub(b"", self.raw).decode("utf-8", "replace")
        return t.replace("\r\n", "\n").replace("\r", "")

    def expect(self, pattern, timeout=TIMEOUT):
        """Waits until regex `pattern` matches the unconsumed output; consumes
        up to the end of the match and returns the match."""
        rx = re.compile(pattern, re.M)
        deadline = time.time() + timeout
        while True:
            m = rx.search(self.text(), self.pos)
            if m:
                self.pos = m.end()
                return m
            got = self._read(deadline)
            if not got:
                m = rx.search(self.text(), self.pos)
                if m:
                    self.pos = m.end()
                    return m
                raise Failure("expected /%s/, got: %r" % (pattern, self.text()[self.pos:]))

    def not_in(self, pattern, upto):
        """The output consumed between `upto` and now does not match."""
        if re.search(pattern, self.text()[upto:self.pos], re.M):
            raise Failure("unexpected /%s/ in %r" % (pattern, self.text()[upto:self.pos]))

    def echo_off(self):
        try:
            return not termios.tcgetattr(self.fd)[3] & termios.ECHO
        except termios.error:
            return False

    def wait_editor(self):
        """A line editor switches the terminal to raw mode after printing the
        prompt; typing earlier would be echoed twice (by the kernel and by the
        editor). Wait for raw mode when an editor is in use."""
        limit = 0.5 if self.editing is None else TIMEOUT
        if self.editing is False:
            return
        deadline = time.time() + limit
        while time.time() < deadline:
            if self.echo_off():
                self.editing = True
                return
            time.sleep(0.002)
        if self.editing is None:
            self.editing = False

    def send(self, line):
        self.wait_editor()
        os.write(self.fd, line.encode() + b"\r")

    def prompt(self):
        return self.expect(r"fun> ")

    def run(self, line):
        """Sends a line at the prompt; returns the output up to the next prompt."""
        start = self.pos
        self.send(line)
        self.prompt()
        out = self.text()[start:self.pos]
        # drop the echoed input line and the final prompt
        out = out.split("\n", 1)[1] if "\n" in out else ""
        return out[: -len("fun> ")] if out.endswith("fun> ") else out

    def eof(self):
        self.wait_editor()
        os.write(self.fd, b"\x04")

    def wait(self, timeout=TIMEOUT):
        deadline = time.time() + timeout
        while time.time() < deadline:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                return self.status
            self._read(min(deadline, time.time() + 0.05))
        self.kill()
        raise Failure("fun did not exit")

    def kill(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            self.status = -9

    def close(self):
        self.kill()
        try:
            os.close(self.fd)
        except OSError:
            pass
        if self.own_home:
            shutil.rmtree(self.home, ignore_errors=True)


def lines(s):
    return [l for l in s.split("\n") if l != ""]


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def eq(got, want, what="output"):
    if got != want:
        raise Failure("%s: expected %r, got %r" % (what, want, got))


# ---------------------------------------------------------------- tests
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


@test
def banner_and_prompt(s):
    s.expect(r"^Fun \d+\.\d+\.\d+ REPL\n")
    s.prompt()


@test
def expression_values(s):
    s.prompt()
    eq(lines(s.run("1 + 2")), ["3"])
    eq(lines(s.run("[1, \"a\"] + [2.5]")), ["[1, a, 2.5]"])
    eq(lines(s.run('{"k": true}')), ['{"k": true}'])
    eq(lines(s.run("x = 5")), [], "assignment prints nothing")
    eq(lines(s.run("x * 2")), ["10"])
    eq(lines(s.run("nil")), [], "nil is not printed")
    eq(lines(s.run('print("hi")')), ["hi"], "print's nil result is not printed")
    eq(lines(s.run('"str"')), ["str"])


@test
def functions_persist(s):
    s.prompt()
    s.send("fun sq(a)")
    s.expect(r"\.\.\.> ")
    s.send("  return a * a")
    s.expect(r"\.\.\.> ")
    s.send("")
    s.prompt()
    eq(lines(s.run("sq(7)")), ["49"])
    eq(lines(s.run("sq")), ["<function sq>"])
    s.send("cube = fn(v)")  # a fn literal at the end of a line opens a block
    s.expect(r"\.\.\.> ")
    s.send("  return v * v * v")
    s.expect(r"\.\.\.> ")
    s.send("")
    s.prompt()
    eq(lines(s.run("cube(3)")), ["27"])


@test
def continuation_block(s):
    s.prompt()
    s.send("if 2 > 1")
    s.expect(r"^\.\.\.> ")
    s.send('  print("big")')
    s.expect(r"^\.\.\.> ")
    s.send("else")
    s.expect(r"^\.\.\.> ")
    s.send('  print("small")')
    s.expect(r"^\.\.\.> ")
    start = s.pos
    s.send("")
    s.prompt()
    eq(lines(s.text()[start:s.pos - 5]), ["big"])


@test
def continuation_nested(s):
    s.prompt()
    for line in ["fun count(n)", "  total = 0", "  for i in range(n)", "    total += i",
                 "  return total"]:
        s.send(line)
        s.expect(r"\.\.\.> ")
    s.send("")
    s.prompt()
    eq(lines(s.run("count(5)")), ["10"])


@test
def continuation_bracket(s):
    s.prompt()
    s.send("a = [1,")
    s.expect(r"\.\.\.> ")
    s.send("  2,")
    s.expect(r"\.\.\.> ")
    s.send("  3]")  # closing the bracket submits without an empty line
    s.prompt()
    eq(lines(s.run("a")), ["[1, 2, 3]"])
    s.send('s = "multi')
    s.expect(r"\.\.\.> ")
    s.send('line"')
    s.prompt()
    eq(lines(s.run("len(s)")), ["10"])


@test
def incomplete_then_empty_line(s):
    s.prompt()
    s.send("b = [1,")
    s.expect(r"\.\.\.> ")
    s.send("")
    s.expect(r"Parse error <repl>:\d+:\d+: .*unclosed bracket")
    s.prompt()
    eq(lines(s.run("1")), ["1"])


@test
def runtime_error_recovery(s):
    s.prompt()
    out = s.run('"s" + 1')
    check("<repl>:1: Runtime type error: ADD expects both numbers, both strings, or both arrays, "
          "got string and int" in out, "error text: %r" % out)
    check("  at <repl> (<repl>:1)" in out, "trace line: %r" % out)
    eq(lines(s.run("[1][5] == 0")), ["<repl>:1: Runtime error: index out of range: 5 (length 1)",
                                     "  at <repl> (<repl>:1)"])
    eq(lines(s.run("40 + 2")), ["42"], "session goes on")
    out = s.run("throw {\"a\": 1}")
    check('Uncaught: {"a": 1}' in out, out)


@test
def ctrl_c_interrupts_running_code(s):
    s.prompt()
    s.send("n = 0")
    s.prompt()
    s.send("while true")
    s.expect(r"\.\.\.> ")
    s.send("  n += 1")
    s.expect(r"\.\.\.> ")
    s.send("")
    time.sleep(0.3)
    os.write(s.fd, b"\x03")  # Ctrl-C: interrupts the loop, not the session
    s.expect(r"Runtime error: interrupted")
    s.prompt()
    out = s.run("n > 0")
    eq(lines(out), ["true"], "the loop ran and the session goes on")


@test
def error_keeps_earlier_state(s):
    s.prompt()
    s.run("n = 1")
    s.send("fun deep(k)")
    s.expect(r"\.\.\.> ")
    s.send("  return deep(k + 1)")
    s.expect(r"\.\.\.> ")
    s.send("")
    s.prompt()
    out = s.run("deep(0)")
    check("Runtime error: stack overflow" in out, out)
    eq(lines(s.run("n + 1")), ["2"])
    s.send("try")
    s.expect(r"\.\.\.> ")
    s.send("  deep(0)")
    s.expect(r"\.\.\.> ")
    s.send("catch e")
    s.expect(r"\.\.\.> ")
    s.send("  print(e)")
    s.expect(r"\.\.\.> ")
    start = s.pos
    s.send("")
    s.prompt()
    eq(lines(s.text()[start:s.pos - 5]), ["Runtime error: stack overflow"])


@test
def parse_error_recovery(s):
    s.prompt()
    out = s.run("y = = 2")
    check(re.search(r"Parse error <repl>:1:\d+: expected an expression", out), out)
    eq(lines(s.run("y")), [], "y stays nil")
    eq(lines(s.run("7")), ["7"])


@test
def type_command(s):
    s.prompt()
    eq(lines(s.run(":type 1")), ["Number"])
    eq(lines(s.run(":type 1.5")), ["Float"])
    eq(lines(s.run(':type "a"')), ["String"])
    eq(lines(s.run(":type [1]")), ["Array"])
    eq(lines(s.run(":type nil")), ["Nil"])
    eq(lines(s.run(":type len")), ["Function"])
    s.run("uint8 small = 7")
    eq(lines(s.run(":type small")), ["Uint8"])
    s.send("class Pt(x, y)")
    s.expect(r"\.\.\.> ")
    s.send("")
    s.prompt()
    eq(lines(s.run(":type Pt(1, 2)")), ["Pt"])
    out = s.run(":type x = 1")
    check(":type expects one expression" in out, out)


@test
def globals_command(s):
    s.prompt()
    eq(lines(s.run(":globals")), ["(no globals)"])
    s.run("alpha = 1")
    s.run('beta = [1, "two"]')
    s.send("fun gamma()")
    s.expect(r"\.\.\.> ")
    s.send("  return 3")
    s.expect(r"\.\.\.> ")
    s.send("")
    s.prompt()
    out = lines(s.run(":globals"))
    eq(out, ["alpha = 1", "beta = [1, two]", "gamma = <function gamma>"], ":globals")


@test
def load_command(s):
    d = tempfile.mkdtemp(prefix="fun-repl-load-")
    try:
        path = os.path.join(d, "defs.fun")
        with open(path, "w") as f:
            f.write('print("loading")\nLOADED = 11\nfun twice(v)\n  return v * 2\n7 * 6\n')
        bad = os.path.join(d, "bad.fun")
        with open(bad, "w") as f:
            f.write("ok = 1\nz = = 3\n")
        s.prompt()
        eq(lines(s.run(":load " + path)), ["loading"], ":load output (no value echo)")
        eq(lines(s.run("twice(LOADED)")), ["22"])
        out = s.run(":load " + bad)
        check(re.search(r"Parse error .*bad\.fun:2:\d+: expected an expression", out), out)
        eq(lines(s.run("ok")), [], "nothing of a file with a parse error runs")
        out = s.run(":load /nonexistent/x.fun")
        check("Error: cannot read file: /nonexistent/x.fun" in out, out)
    finally:
        shutil.rmtree(d)


@test
def trace_command(s):
    s.prompt()
    eq(lines(s.run(":trace on")), ["trace is on"])
    out = lines(s.run("1 + 1"))
    check(any(l.startswith("TRACE <repl>:1 <repl> ip=0 ") for l in out), out)
    check(out[-1] == "2", out)
    eq(lines(s.run(":trace off")), ["trace is off"])
    eq(lines(s.run("1 + 1")), ["2"])


@test
def help_and_unknown_command(s):
    s.prompt()
    out = s.run(":help")
    for cmd in [":quit", ":load FILE", ":type EXPR", ":trace on|off", ":globals"]:
        check(cmd in out, "help lacks %s: %r" % (cmd, out))
    out = s.run(":frobnicate")
    check("Unknown command ':frobnicate'" in out, out)


@test
def quit_command(s):
    s.prompt()
    s.send(":quit")
    eq(s.wait(), 0, "exit status")


@test
def quit_short(s):
    s.prompt()
    s.send(":q")
    eq(s.wait(), 0, "exit status")


@test
def eof_exits_zero(s):
    s.prompt()
    s.run("1")
    s.eof()
    eq(s.wait(), 0, "exit status")


@test
def exit_statement(s):
    s.prompt()
    s.send("exit 3")
    eq(s.wait(), 3, "exit status")


@test
def history_file(s):
    s.prompt()
    s.run("hist_one = 1")
    s.run(":type hist_one")
    s.send("if true")
    s.expect(r"\.\.\.> ")
    s.send("  hist_two = 2")
    s.expect(r"\.\.\.> ")
    s.send("")
    s.prompt()
    s.send(":quit")
    s.wait()
    with open(os.path.join(s.home, ".fun_history")) as f:
        hist = f.read().splitlines()
    eq(hist, ["hist_one = 1", ":type hist_one", "if true", "  hist_two = 2", ":quit"], "history")


def history_across_sessions(fun):
    home = tempfile.mkdtemp(prefix="fun-repl-home-")
    try:
        a = Session(fun, home=home)
        try:
            a.prompt()
            a.run("answer = 40 + 2")
            a.send(":q")
            a.wait()
        finally:
            a.close()
        b = Session(fun, home=home)
        try:
            b.prompt()
            b.run("answer = 0")
            # with line editing, Up 3 times recalls the first session's line
            b.wait_editor()
            if b.editing:
                os.write(b.fd, b"\x1b[A\x1b[A\x1b[A\r")
                b.expect(r"answer = 40 \+ 2\nfun> ")  # the editor redraws the line
                eq(lines(b.run("answer")), ["42"], "recalled line ran")
            b.send(":q")
            b.wait()
        finally:
            b.close()
        with open(os.path.join(home, ".fun_history")) as f:
            hist = f.read().splitlines()
        check(hist[0] == "answer = 40 + 2" and "answer = 0" in hist, hist)
    finally:
        shutil.rmtree(home)


def repl_on_error(fun):
    d = tempfile.mkdtemp(prefix="fun-roe-")
    try:
        path = os.path.join(d, "crash.fun")
        with open(path, "w") as f:
            f.write('total = 42\nnames = ["a", "b"]\nfun boom(k)\n  return k / 0\n'
                    'print("before")\nboom(1)\nprint("never")\n')
        s = Session(fun, ["--repl-on-error", path])
        try:
            s.expect(r"^before\n")
            s.expect(re.escape(path) + r":4: Runtime error: division by zero\n")
            s.expect(r"  at boom \(" + re.escape(path) + r":4\)\n")
            s.prompt()
            eq(lines(s.run("total + 1")), ["43"])
            eq(lines(s.run("names")), ["[a, b]"])
            eq(lines(s.run(":globals")),
               ["boom = <function boom>", "names = [a, b]", "total = 42"])
            check("never" not in s.text(), "rest of the script ran")
            s.send(":q")
            eq(s.wait(), 1, "exit status after an error")
        finally:
            s.close()
        s = Session(fun, ["--repl-on-error", path])
        try:
            s.prompt()
            s.send("exit 5")
            eq(s.wait(), 5, "exit n from the error REPL")
        finally:
            s.close()
        # without the flag: no REPL, exit 1
        r = subprocess.run([fun, path], stdin=subprocess.DEVNULL, capture_output=True,
                           text=True, timeout=TIMEOUT)
        eq(r.returncode, 1, "exit status without the flag")
    finally:
        shutil.rmtree(d)


def piped_stdin(fun):
    """Not a terminal: no banner, no prompts, values still printed."""
    src = 'x = 2\nx * 21\nif x\n  print("blk")\n\n"a" + 1\n:type x\nprint("end")\n'
    r = subprocess.run([fun], input=src, capture_output=True, text=True, timeout=TIMEOUT,
                       env=dict(os.environ, HOME=tempfile.gettempdir()))
    eq(r.stdout.splitlines(), ["42", "blk", "Number", "end"], "piped stdout")
    check("Runtime type error: ADD" in r.stderr, r.stderr)
    eq(r.returncode, 0, "exit status")


def piped_line_numbers(fun):
    """Piped input: errors name the line of the input stream, not of the chunk."""
    src = ('x = 2\n\nfun f(a)\n  return a + "s"\n\nprint(f(1))\n"a" + 1\ny = = 2\n'
           '[1,\n 2,\n = ]\nprint("end")\n')
    r = subprocess.run([fun], input=src, capture_output=True, text=True, timeout=TIMEOUT,
                       env=dict(os.environ, HOME=tempfile.gettempdir()))
    err = r.stderr.splitlines()
    check("<repl>:4: Runtime type error: ADD" in err[0], r.stderr)
    eq(err[1:3], ["  at f (<repl>:4)", "  at <repl> (<repl>:6)"], "trace lines")
    check(err[3].startswith("<repl>:7: Runtime type error: ADD"), r.stderr)
    eq(err[5], "Parse error <repl>:8:5: expected an expression, got '='", "parse error line")
    eq(err[6], "Parse error <repl>:11:2: expected an expression, got '='",
       "parse error inside a continued input")
    eq(r.stdout.splitlines(), ["end"], "piped stdout")


TRACE_LINE = re.compile(
    r"^TRACE (\S+):(\d+) (\S+) ip=(\d+) ([A-Z_0-9]+)( -?\d+)*( \| stack\[(\d+)\]=\[(.*)\])$")


def trace_format(fun):
    """--trace / -t: one line per instruction on stdout (output.md section 6)."""
    d = tempfile.mkdtemp(prefix="fun-trace-")
    try:
        path = os.path.join(d, "t.fun")
        with open(path, "w") as f:
            # b * 1 keeps b off the fused ADD_L form: the trace shows a plain ADD
            f.write('fun add(a, b)\n  return a + b * 1\nprint(add(2, 3))\n')
        for flag in ["--trace", "-t"]:
            r = subprocess.run([fun, flag, path], capture_output=True, text=True,
                               timeout=TIMEOUT)
            eq(r.returncode, 0, "trace exit status")
            eq(r.stderr, "", "trace stderr")
            out = r.stdout.splitlines()
            check("5" in out, "program output missing")
            traces = [l for l in out if l.startswith("TRACE ")]
            check(len(traces) >= 5, "too few TRACE lines: %r" % out)
            for l in traces:
                check(TRACE_LINE.match(l), "bad trace line %r" % l)
            first = TRACE_LINE.match(traces[0])
            eq((first.group(1), first.group(2), first.group(3), first.group(4)),
               (path, "1", "<main>", "0"), "first trace line")
            funcs = {TRACE_LINE.match(l).group(3) for l in traces}
            check("add" in funcs, "no trace line inside add(): %r" % funcs)
            ops = [TRACE_LINE.match(l).group(5) for l in traces]
            check("ADD" in ops and "CALL" in ops and "RETURN" in ops, ops)
            # the trace comes before the instruction runs: the ADD line shows 2 and 3 on the stack
            add = [l for l in traces if " ADD " in l or l.split(" | ")[0].endswith(" ADD")]
            check(add and add[0].endswith("2, 3]"), "stack at ADD: %r" % add)
        r = subprocess.run([fun, path], capture_output=True, text=True, timeout=TIMEOUT)
        eq(r.stdout, "5\n", "no trace without the flag")
    finally:
        shutil.rmtree(d)


def without_libedit(fun):
    """libedit is loaded when a terminal session starts (docs/extensions.md):
    when it cannot be, one note says so and the session reads plain lines."""
    with open(fun, "rb") as f:
        built_with = b"libedit.so" in f.read()  # the soname it would open
    os.environ["FUN_DLOPEN_LIBEDIT"] = "/nonexistent/libedit.so.2"
    try:
        s = Session(fun)
    finally:
        del os.environ["FUN_DLOPEN_LIBEDIT"]
    try:
        s.expect(r"^Fun \d+\.\d+\.\d+ REPL\n")
        note = "fun: no line editing: cannot load libedit (/nonexistent/libedit.so.2: "
        s.prompt()
        check((note in s.text()) == built_with, "note %r in %r" % (note, s.text()))
        check(not s.echo_off(), "terminal in raw mode without a line editor")
        s.editing = False
        eq(lines(s.run("print(6 * 7)")), ["42"], "plain line ran")
        s.send(":q")
        eq(s.wait(), 0, "exit status")
    finally:
        s.close()


STANDALONE = [history_across_sessions, repl_on_error, piped_stdin, piped_line_numbers,
              trace_format, without_libedit]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", default=os.path.join(ROOT, "build", "fun"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    fun = os.path.abspath(args.fun)
    if not os.access(fun, os.X_OK):
        print("no executable at %s" % fun)
        print("0 passed, 1 failed")
        return 1
    passed = failed = 0
    all_tests = [(t.__name__, t, True) for t in TESTS] + [(t.__name__, t, False) for t in STANDALONE]
    for name, fn, session in all_tests:
        if args.names and name not in args.names:
            continue
        s = None
        try:
            if session:
                s = Session(fun)
                fn(s)
            else:
                fn(fun)
            passed += 1
            if args.verbose:
                print("PASS repl/%s" % name)
        except Exception as e:  # Failure or an unexpected exception
            failed += 1
            print("FAIL repl/%s: %s" % (name, e))
        finally:
            if s:
                s.close()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
