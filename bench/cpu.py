#!/usr/bin/env python3
"""CPU benchmark runner: Fun against Lua 5.4, LuaJIT with its JIT off, and Python 3.

usage: bench/cpu.py FUN_BINARY [BENCH ...]   (make bench runs it through bench/run.sh)

Each benchmark is NAME.fun, NAME.lua and NAME.py in this directory, the same program
three times; each prints one result line and Lua's line is the expected one. A Fun
program that fails, times out or prints another line is reported, not timed.

Time is CPU time (user + system of the finished child, from wait4), not wall time:
the machine is shared, and a program that waits for a core should not be charged
for it. The interpreters run in turn (fun lua jit py fun lua ...) RUNS times after
one warm-up round, so a drift of the machine's speed hits all of them alike; each
figure is the median. Ratios of the medians and their geometric mean close the table.
The first row is start-up: an empty script.

environment: RUNS=5  LUA=lua5.4  LUAJIT=luajit (LUAJIT= to skip)  PYTHON=python3
             FUN_TIMEOUT=60 (seconds for the correctness run of each program)
"""
import math
import os
import shutil
import subprocess
import sys
import tempfile

DEFAULT = ("fib loop strings arrays sort maps maps200k calls nbody spectral "
           "binary_trees delta_blue method_call map_string string_equals for").split()

HERE = os.path.dirname(os.path.abspath(__file__))


def cpu_run(argv):
    """Run argv with output discarded; return its user+system seconds."""
    with open(os.devnull, "wb") as null:
        p = subprocess.Popen(argv, stdout=null, stderr=null, stdin=subprocess.DEVNULL, cwd=HERE)
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise RuntimeError("%s exited %d" % (" ".join(argv), p.returncode))
    return ru.ru_utime + ru.ru_stime


def output(argv, timeout):
    r = subprocess.run(argv, capture_output=True, text=True, cwd=HERE, timeout=timeout,
                       stdin=subprocess.DEVNULL)
    if r.returncode != 0:
        raise RuntimeError("exit %d: %s" % (r.returncode, r.stderr.strip()[:300]))
    return r.stdout


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip())
        return 2
    fun = os.path.abspath(sys.argv[1])
    benches = sys.argv[2:] or DEFAULT
    runs = int(os.environ.get("RUNS", "5"))
    timeout = float(os.environ.get("FUN_TIMEOUT", "60"))
    lua = os.environ.get("LUA", "lua5.4")
    luajit = os.environ.get("LUAJIT", "luajit")
    python = os.environ.get("PYTHON", "python3")
    os.environ.setdefault("FUN_LIB_DIR", os.path.join(os.path.dirname(HERE), "lib"))
    if not shutil.which(lua):
        print("cpu.py: %s not found" % lua, file=sys.stderr)
        return 2
    if luajit and not shutil.which(luajit):
        luajit = ""
    # the real interpreter, not a wrapper script (a pyenv shim adds ~50 ms a start)
    python = subprocess.run([python, "-c", "import sys; print(sys.executable)"],
                            capture_output=True, text=True).stdout.strip()

    cols = [("fun", lambda b: [fun, b + ".fun"]), ("lua5.4", lambda b: [lua, b + ".lua"])]
    if luajit:
        cols.append(("luajit -joff", lambda b: [luajit, "-joff", b + ".lua"]))
    cols.append(("python3", lambda b: [python, b + ".py"]))

    empty = tempfile.mkdtemp()
    start = {"fun": os.path.join(empty, "e.fun"), "lua": os.path.join(empty, "e.lua"),
             "py": os.path.join(empty, "e.py")}
    for path in start.values():
        open(path, "w").close()

    rows, notes = [], []
    for b in ["(start-up)"] + benches:
        if b == "(start-up)":
            argvs = [[fun, start["fun"]], [lua, start["lua"]]]
            if luajit:
                argvs.append([luajit, "-joff", start["lua"]])
            argvs.append([python, start["py"]])
            n = max(runs, 20)  # a start-up is ~1 ms: take more samples
        else:
            argvs = [mk(b) for _, mk in cols]
            n = runs
            expected = output(argvs[1], timeout)
            for (name, _), argv in zip(cols, argvs):
                if name == "lua5.4":
                    continue
                try:
                    got = output(argv, timeout)
                except (RuntimeError, subprocess.TimeoutExpired) as e:
                    got = "<%s>" % e
                if got != expected:
                    notes.append("%s: %s printed %r, lua5.4 printed %r" %
                                 (b, name, got[:200], expected[:200]))
                    if name == "fun":
                        argvs[0] = None
        print(">> %s" % b, file=sys.stderr, flush=True)
        times = [[] for _ in argvs]
        for i in range(n + 1):
            for j, argv in enumerate(argvs):
                if argv is None:
                    continue
                t = cpu_run(argv)
                if i > 0:
                    times[j].append(t)
        rows.append((b, [median(t) if t else None for t in times]))
    shutil.rmtree(empty)

    names = [name for name, _ in cols]
    ratio_of = [k for k in ("lua5.4", "luajit -joff", "python3") if k in names]
    print("CPU seconds (user+sys), median of %d interleaved runs; start-up: median of %d, ms"
          % (runs, max(runs, 20)))
    print()
    print("| benchmark | " + " | ".join(names) + " | " +
          " | ".join("fun/" + k for k in ratio_of) + " |")
    print("|---|" + "---:|" * (len(names) + len(ratio_of)))
    logs = {k: [] for k in ratio_of}
    for b, meds in rows:
        startup = b == "(start-up)"
        cells = ["-" if m is None else ("%.2f" % (m * 1000) if startup else "%.3f" % m)
                 for m in meds]
        rs = []
        for k in ratio_of:
            m_other = meds[names.index(k)]
            if meds[0] is None or not m_other:
                rs.append("-")
                continue
            r = meds[0] / m_other
            rs.append("%.2f" % r)
            if not startup:
                logs[k].append(math.log(r))
        print("| %s | %s | %s |" % (b, " | ".join(cells), " | ".join(rs)))
    geo = ["%.2f" % math.exp(sum(v) / len(v)) if v else "-" for v in logs.values()]
    print("| geometric mean |" + " |" * len(names) + " " + " | ".join(geo) + " |")
    for n_ in notes:
        print("note: " + n_)
    return 1 if notes else 0


if __name__ == "__main__":
    sys.exit(main())
