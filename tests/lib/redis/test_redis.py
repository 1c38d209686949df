#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The Redis builtins against a real redis-server started here on a free
loopback port with no persistence (--save '' --appendonly no), stopped by
PID afterwards. Covers the reference's results (strings, integers, nil
replies, arrays, errors as plain Strings, space splitting without quotes),
binary-safe Array commands, pipelining, RESP3 after HELLO 3, a connection
dropped by the server, bad handles, and the task forms of lib/net/redis.fun
(ten tasks at once, a server that never answers: "timed out").

usage: test_redis.py --fun build/fun   (last line `N passed, N failed`)
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

SCRIPT = r'''
#include <net/redis.fun>
port = to_number(argv()[0])
silent = to_number(argv()[1])
h = redis_connect("127.0.0.1", port)
print("handle", h, typeof(h))
print(redis_cmd(h, "PING"))
print(redis_cmd(h, "SET k hello"), redis_cmd(h, "GET k"), redis_cmd(h, "GET nokey"))
print(redis_cmd(h, "INCR cnt"), redis_cmd(h, "INCRBY cnt 41"), typeof(redis_cmd(h, "INCR cnt")))
print(redis_cmd(h, "RPUSH l a b c"), redis_cmd(h, "LRANGE l 0 -1"))
print(redis_cmd(h, "HSET hh f1 v1 f2 v2"), redis_cmd(h, "HGETALL hh"))
print(redis_cmd(h, "MGET k nokey cnt"))
print(redis_cmd(h, "LRANGE nolist 0 -1"), len(redis_cmd(h, "LRANGE nolist 0 -1")))
print(redis_cmd(h, "INCRBYFLOAT f 1.5"))
print(redis_cmd(h, "NOSUCHCMD a"))
print(redis_last_error(h))
print(redis_cmd(h, "GET k"), redis_last_error(h) == "")
print(redis_cmd(h, "SET sp 'a b'"))
print(redis_cmd(h, "  ECHO   spaced  "))
print(redis_cmd(h, "ECHO 100%%"))
print(redis_cmd(h, ""), redis_last_error(h))
// binary-safe values through the Array form
bin = "a b" + chr(0) + "c\r\n" + chr(255)
print(redis_cmd(h, ["SET", "bin", bin]), redis_cmd(h, ["STRLEN", "bin"]), redis_cmd(h, ["GET", "bin"]) == bin)
print(redis_cmd(h, ["SET", "num", 42]), redis_cmd(h, ["GET", "num"]))
big = repeat("x", 1000000)
print(redis_cmd(h, ["SET", "big", big]), len(redis_cmd(h, "GET big")))
// pipelining: one write, replies in order
print(redis_pipeline(h, ["DEL p", "INCR p", "INCR p", ["GET", "p"], "NOSUCH", "PING"]))
// EXEC gives an array of replies
print(redis_pipeline(h, ["MULTI", "INCR t", "INCR t", "EXEC"]))
// RESP3 after HELLO 3: maps, doubles, nulls
r = redis_cmd(h, "HELLO 3")
print(r["proto"], r["server"])
print(redis_cmd(h, "HGETALL hh"), redis_cmd(h, "GET nokey"), redis_cmd(h, "INCRBYFLOAT f 1"))
// a connection dropped by the server
h2 = redis_connect("127.0.0.1", port)
id = redis_cmd(h, "CLIENT ID")
print(redis_cmd(h2, "CLIENT KILL ID " + to_string(id)))
print(redis_cmd(h, "PING"), redis_last_error(h))
print(redis_cmd(h, "PING"), redis_fd(h))
// bad handles
print(redis_cmd(0, "PING"), redis_cmd(99, "PING"), redis_cmd("1", "PING"), redis_cmd(nil, "PING"))
print(redis_close(h2), redis_cmd(h2, "PING"), redis_close(h2), redis_close(12345))
print(redis_connect("127.0.0.1", silent) > 0)
print(redis_connect("127.0.0.1", "6379"), redis_last_error(0))
print(redis_connect("no.such.host.invalid", port), redis_last_error(0))
// tasks: each with its own connection, parked while waiting
h3 = redis_connect("127.0.0.1", port)
redis_cmd(h3, "DEL tc")
fun worker(i)
  c = redis_connect("127.0.0.1", port)
  for j in range(0, 50)
    async_redis_cmd(c, "INCR tc", 5000)
  r = async_redis_pipeline(c, ["PING", ["ECHO", "w" + to_string(i)]], 5000)
  redis_close(c)
  return r
ts = []
for i in range(0, 10)
  push(ts, spawn(worker, i))
res = gather(ts)
print(res[0], res[9])
print("tc", redis_cmd(h3, "GET tc"))
fun slow()
  c = redis_connect("127.0.0.1", silent)
  r = async_redis_cmd(c, "PING", 200)
  return [r, redis_last_error(c), redis_cmd(c, "PING")]
print(gather([spawn(slow)])[0])
// top level (no task): the same helpers block as plain polls
print(async_redis_cmd(h3, ["ECHO", "top"], 2000))
redis_close(h3)
'''

WANT = """handle 1 Number
PONG
OK hello nil
1 42 Number
3 [a, b, c]
2 [f1, v1, f2, v2]
[hello, nil, 43]
[] 0
1.5
ERR unknown command 'NOSUCHCMD', with args beginning with: 'a' 
ERR unknown command 'NOSUCHCMD', with args beginning with: 'a' 
hello true
ERR syntax error
spaced
100%%
nil empty command
OK 8 true
OK 42
OK 1000000
[0, 1, 2, 2, ERR unknown command 'NOSUCH', with args beginning with: , PONG]
[OK, QUEUED, QUEUED, [1, 2]]
3 redis
{"f1": v1, "f2": v2} nil 2.5
1
nil connection closed by the server
nil -1
nil nil nil nil
nil nil nil nil
true
0 invalid port 0
0 unknown host 'no.such.host.invalid'
[PONG, w0] [PONG, w9]
tc 500
[nil, timed out, nil]
top
""".splitlines()


def main():
    fun = "build/fun"
    if "--fun" in sys.argv:
        fun = sys.argv[sys.argv.index("--fun") + 1]
    fun = os.path.abspath(fun)
    server = shutil.which("redis-server")
    if not server:
        print("SKIP: redis-server is not installed")
        print("0 passed, 0 failed")
        return 0
    d = tempfile.mkdtemp(prefix="fun-redis-")
    passed = failed = 0
    proc = None
    silent = socket.socket()  # accepts (backlog) and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)

    def check(name, cond, detail=""):
        nonlocal passed, failed
        if cond:
            passed += 1
        else:
            failed += 1
            print("FAIL - %s%s" % (name, ": " + detail if detail else ""))

    try:
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        proc = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                 "--appendonly", "no", "--dir", d, "--daemonize", "no"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 10
        up = False
        while time.time() < deadline and not up:
            try:
                with socket.create_connection(("127.0.0.1", port), 0.5) as c:
                    c.sendall(b"PING\r\n")
                    up = c.recv(100).startswith(b"+PONG")
            except OSError:
                time.sleep(0.05)
        check("redis-server started", up)
        path = os.path.join(d, "redis_test.fun")
        with open(path, "w") as f:
            f.write(SCRIPT)
        try:
            r = subprocess.run([fun, path, str(port), str(silent.getsockname()[1])], cwd=ROOT,
                               capture_output=True, text=True, timeout=60)
            out = r.stdout.splitlines()
            for i, w in enumerate(WANT):
                got = out[i] if i < len(out) else "<missing>"
                check("line %d" % (i + 1), got == w, "want %r, got %r" % (w, got))
            check("no extra output", len(out) == len(WANT), repr(out[len(WANT):]))
            check("exit 0, no stderr", r.returncode == 0 and r.stderr == "",
                  "%s %r" % (r.returncode, r.stderr))
        except subprocess.TimeoutExpired:
            check("script finished in time", False)
    finally:
        silent.close()
        if proc:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(d, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
