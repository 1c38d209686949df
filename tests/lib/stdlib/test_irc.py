#!/usr/bin/env python3
"""net/irc.fun against a small IRC peer started here on loopback.

The peer accepts one client, checks the registration lines, sends a welcome,
a PING, a PRIVMSG split over two TCP writes (a partial line must stay
buffered) and waits for the client's PONG, JOIN, PRIVMSG and QUIT.

usage: python3 tests/lib/stdlib/test_irc.py [--fun build/fun]
Last line `N passed, N failed`; exit status 0 when nothing failed.
"""
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

SCRIPT = r'''
#include <net/irc.fun>
port = to_number(argv()[0])
c = IRCClient("127.0.0.1", port, 0)
print("connect", c.connect(), c.is_connected())
c.register("funbot", "fun", "Fun Bot", "sekret")
got = []
fun on_line(line, msg)
  push(got, msg)
  print("line " + line)
  print("  command=" + msg.command + " prefix=" + msg.prefix + " params=" + to_string(msg.params) + " trailing=" + msg.trailing)
deadline = time_now_ms() + 10000
while len(got) < 3 && time_now_ms() < deadline
  c.pump(on_line)
  sleep(10)
c.join("#fun")
c.privmsg("#fun", "hi\r\nQUIT :injected")
c.notice("peer", "note")
c.part("#fun", "bye")
c.quit("done")
// the peer closes after QUIT: read_lines sees the end and closes the client
while c.is_connected() && time_now_ms() < deadline
  rest = c.read_lines(50)
  for l in rest
    print("after quit " + l)
print("connected", c.is_connected())
'''

EXPECT_FROM_CLIENT = [
    "PASS sekret",
    "NICK funbot",
    "USER fun 0 * :Fun Bot",
    "PONG :tok123",
    "JOIN #fun",
    "PRIVMSG #fun :hiQUIT :injected",
    "NOTICE peer :note",
    "PART #fun :bye",
    "QUIT :done",
]


def peer(srv, received, errors):
    try:
        srv.settimeout(15)
        conn, _ = srv.accept()
        conn.settimeout(15)
        buf = b""

        def read_line():
            nonlocal buf
            while b"\r\n" not in buf:
                d = conn.recv(4096)
                if not d:
                    raise EOFError("client closed early; got %r" % received)
                buf += d
            line, buf = buf.split(b"\r\n", 1)
            received.append(line.decode())
            return received[-1]

        for _ in range(3):
            read_line()
        conn.sendall(b":irc.test 001 funbot :Welcome to the test\r\n")
        conn.sendall(b"PING :tok123\r\n")
        conn.sendall(b":alice!a@host PRIVMSG #fun :hel")
        time.sleep(0.2)
        conn.sendall(b"lo there\r\n")
        while read_line() != "QUIT :done":
            pass
        # a complete line and an unterminated one in one write, then the end
        # of the stream: both must come out as lines, split correctly
        conn.sendall(b"ERROR :Closing link\r\nLAST words")
        conn.close()
    except Exception as e:  # reported by the main thread
        errors.append(repr(e))


def main():
    fun = "build/fun"
    if "--fun" in sys.argv:
        fun = sys.argv[sys.argv.index("--fun") + 1]
    fun = os.path.abspath(fun)
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    port = srv.getsockname()[1]
    received, errors = [], []
    t = threading.Thread(target=peer, args=(srv, received, errors), daemon=True)
    t.start()
    d = tempfile.mkdtemp(prefix="fun-irc-")
    path = os.path.join(d, "irc.fun")
    with open(path, "w") as f:
        f.write(SCRIPT)
    passed = failed = 0

    def check(name, cond, detail=""):
        nonlocal passed, failed
        if cond:
            passed += 1
        else:
            failed += 1
            print("FAIL - %s%s" % (name, ": " + detail if detail else ""))

    try:
        r = subprocess.run([fun, path, str(port)], cwd=ROOT, capture_output=True, text=True,
                           timeout=30)
    except subprocess.TimeoutExpired:
        check("client finished in time", False)
        r = None
    finally:
        os.unlink(path)
        os.rmdir(d)
    t.join(5)
    srv.close()
    check("peer saw no error", not errors, "; ".join(errors))
    check("lines the peer received", received == EXPECT_FROM_CLIENT,
          "%r" % received)
    if r is not None:
        want = [
            "connect true true",
            "line :irc.test 001 funbot :Welcome to the test",
            "  command=001 prefix=irc.test params=[funbot] trailing=Welcome to the test",
            "line PING :tok123",
            "  command=PING prefix= params=[] trailing=tok123",
            "line :alice!a@host PRIVMSG #fun :hello there",
            "  command=PRIVMSG prefix=alice!a@host params=[#fun] trailing=hello there",
            "after quit ERROR :Closing link",
            "after quit LAST words",
            "connected false",
        ]
        check("client output", r.stdout.splitlines() == want,
              "\n%s\nstderr: %s" % (r.stdout, r.stderr))
        check("client exit status", r.returncode == 0 and r.stderr == "", r.stderr)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
