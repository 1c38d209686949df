#!/usr/bin/env python3
"""The `fun` command line: -e CODE, - (script from stdin), --, unknown options,
--help, --version.

usage: python3 tests/cli/test_cli.py [--fun build/fun]
Last line `N passed, N failed`; exit status 0 when nothing failed.
"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
USAGE = "usage: fun [options] [script.fun | -e CODE | -] [args...]"
passed = failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL - %s%s" % (name, ": " + detail if detail else ""))


def run(fun, args, stdin=""):
    return subprocess.run([fun] + args, input=stdin, capture_output=True, text=True, timeout=20,
                          cwd=ROOT)


def expect(name, r, out=None, err=None, code=0):
    ok = r.returncode == code
    if out is not None:
        ok = ok and r.stdout == out
    if err is not None:
        ok = ok and r.stderr == err
    check(name, ok, "status %r, stdout %r, stderr %r" % (r.returncode, r.stdout, r.stderr))


def main():
    fun = "build/fun"
    if "--fun" in sys.argv:
        fun = sys.argv[sys.argv.index("--fun") + 1]
    fun = os.path.abspath(fun)

    expect("-e runs code", run(fun, ["-e", 'print("hi", 1 + 2)']), "hi 3\n", "")
    expect("-e: the rest are the program's arguments",
           run(fun, ["-e", "print(argv())", "a", "-x", "--y"]), "[a, -x, --y]\n", "")
    expect("-e with includes and exit", run(fun, ["-e", "#include <hello.fun>\nexit 3"]), "", "", 3)
    expect("-e parse error", run(fun, ["-e", "x = "]), "",
           "Parse error <string>:1:5: expected an expression, got end of line\n"
           "Failed to compile script: <string>\n", 1)
    r = run(fun, ["-e", "print(1)\nprint(1 / 0)"])
    expect("-e runtime error names <string>:LINE", r, "1\n",
           "<string>:2: Runtime error: division by zero\n  at <main> (<string>:2)\n", 1)
    expect("-e without code", run(fun, ["-e"]), "",
           "fun: option -e needs an argument\n" + USAGE + "\n", 2)

    expect("- reads the script from stdin", run(fun, ["-"], 'x = 20\nprint(x + 1)\n'), "21\n", "")
    expect("- with arguments", run(fun, ["-", "p", "q"], "print(argv())\n"), "[p, q]\n", "")
    expect("- error names <stdin>", run(fun, ["-"], "\nprint(1 / 0)\n"), "",
           "<stdin>:2: Runtime error: division by zero\n  at <main> (<stdin>:2)\n", 1)
    expect("- on empty stdin runs nothing", run(fun, ["-"], ""), "", "")

    d = tempfile.mkdtemp(prefix="fun-cli-")
    try:
        odd = os.path.join(d, "-odd.fun")
        with open(odd, "w") as f:
            f.write('print("odd", argv())\n')
        r = subprocess.run([fun, "--", "-odd.fun", "-e"], capture_output=True, text=True,
                           timeout=20, cwd=d)
        expect("-- ends the options", r, "odd [-e]\n", "")
        r = subprocess.run([fun, "-t", "--", "-odd.fun"], capture_output=True, text=True,
                           timeout=20, cwd=d)
        check("options before --", r.returncode == 0 and "TRACE " in r.stdout, r.stdout)
    finally:
        os.unlink(odd)
        os.rmdir(d)

    expect("unknown option", run(fun, ["-x", "script.fun"]), "",
           "fun: unknown option '-x'\n" + USAGE + "\n", 2)
    expect("unknown long option", run(fun, ["--nope"]), "",
           "fun: unknown option '--nope'\n" + USAGE + "\n", 2)
    r = run(fun, ["--help"])
    check("--help", r.returncode == 0 and r.stdout.startswith(USAGE + "\n") and "-e CODE" in r.stdout
          and r.stderr == "", repr(r.stdout))
    r = run(fun, ["-h"])
    check("-h", r.returncode == 0 and r.stdout.startswith(USAGE), repr(r.stdout))
    r = run(fun, ["--version"])
    check("--version", r.returncode == 0 and r.stdout.startswith("Fun "), repr(r.stdout))
    expect("a missing script", run(fun, ["nope.fun"]), "",
           "Error: cannot read file: nope.fun\nFailed to compile script: nope.fun\n", 1)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
