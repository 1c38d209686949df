#!/usr/bin/env python3
"""Ctrl-C (SIGINT) in a running script: a catchable "Runtime error: interrupted"
whose finally blocks run; uncaught, exit status 130. A thread's VM never takes
the interrupt meant for the main program. Every child is bounded in time and
stopped by PID."""
import os
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
passed = failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
        print("ok   - " + name)
    else:
        failed += 1
        print("FAIL - " + name + (": " + detail if detail else ""))


def run_interrupted(fun, src, delay=0.5):
    with tempfile.NamedTemporaryFile("w", suffix=".fun", delete=False) as f:
        f.write(src)
        path = f.name
    p = subprocess.Popen([fun, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        time.sleep(delay)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        return None, out.decode(), err.decode()
    finally:
        os.unlink(path)
    return p.returncode, out.decode(), err.decode()


def main():
    fun = os.path.join(ROOT, "build", "fun")
    if "--fun" in sys.argv:
        fun = os.path.abspath(sys.argv[sys.argv.index("--fun") + 1])
    rc, out, err = run_interrupted(fun, 'print("start")\ni = 0\nwhile true\n  i += 1\n')
    check("busy loop: uncaught interrupt exits 130", rc == 130, "rc=%r err=%r" % (rc, err))
    check("busy loop: message names the error", "Runtime error: interrupted" in err, err)
    # a loop whose test (a comparison, then its back edge) is one instruction
    rc, out, err = run_interrupted(fun, 'print("start")\ni = 0\nwhile i != -1\n  i += 1\n')
    check("comparison loop: uncaught interrupt exits 130", rc == 130, "rc=%r err=%r" % (rc, err))
    rc, out, err = run_interrupted(fun, 'try\n  print("start")\n  sleep(15000)\n  print("not reached")\ncatch e\n  print("caught", e)\nfinally\n  print("finally")\nprint("after")\n')
    check("sleep: interrupt is catchable, finally runs, the script goes on",
          rc == 0 and out.split("\n")[1:4] == ["caught Runtime error: interrupted", "finally", "after"],
          "rc=%r out=%r err=%r" % (rc, out, err))
    src = ('fun spin(n)\n  k = 0\n  while k < n\n    k += 1\n  return k\n'
           't = thread_spawn(spin, [300000000])\n'
           'try\n  while true\n    sleep(10)\ncatch e\n  print("main caught", e)\n')
    rc, out, err = run_interrupted(fun, src, delay=0.8)
    check("threads: the main program gets the interrupt", "main caught Runtime error: interrupted" in out,
          "rc=%r out=%r err=%r" % (rc, out, err))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
