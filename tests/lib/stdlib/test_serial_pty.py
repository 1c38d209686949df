#!/usr/bin/env python3
"""io/serial.fun against a pseudo-terminal: the Serial class opens the slave
side, configures it, sends a line and reads the reply that this script writes
on the master side.

usage: python3 tests/lib/stdlib/test_serial_pty.py [--fun build/fun]
Last line `N passed, N failed`; exit status 0 when nothing failed.
"""
import os
import select
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

SCRIPT = r'''
#include <io/serial.fun>
s = Serial(argv()[0], 115200)
print(s.open(), s.is_open())
print(s.config(8, 0, 1, 0))
print(s.send("PING 42\n"))
reply = ""
while find(reply, "\n") < 0
  part = s.recv(64)
  if part == ""
    break
  reply += part
print("got " + trim(reply))
print(s.close(), s.is_open())
'''


def main():
    fun = "build/fun"
    if "--fun" in sys.argv:
        fun = sys.argv[sys.argv.index("--fun") + 1]
    fun = os.path.abspath(fun)
    master, slave = os.openpty()
    slave_path = os.ttyname(slave)
    d = tempfile.mkdtemp(prefix="fun-serial-")
    path = os.path.join(d, "serial.fun")
    with open(path, "w") as f:
        f.write(SCRIPT)
    proc = subprocess.Popen([fun, path, slave_path], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    passed = failed = 0
    got = b""
    deadline = time.time() + 20
    try:
        while b"\n" not in got and time.time() < deadline:
            r, _, _ = select.select([master], [], [], 0.2)
            if r:
                got += os.read(master, 1024)
        if got.strip() == b"PING 42":
            passed += 1
        else:
            failed += 1
            print("FAIL - the port received %r" % got)
        os.write(master, b"PONG 42\n")
        out, err = proc.communicate(timeout=max(1, deadline - time.time()))
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        print("FAIL - timeout")
        failed += 1
    finally:
        os.close(master)
        os.close(slave)
        os.unlink(path)
        os.rmdir(d)
    want = b"1 true\n1\n8\ngot PONG 42\n1 false\n"
    if out == want and proc.returncode == 0 and err == b"":
        passed += 1
    else:
        failed += 1
        print("FAIL - output %r (want %r), status %r, stderr %r" % (out, want, proc.returncode, err))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
