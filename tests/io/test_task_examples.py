#!/usr/bin/env python3
"""The straight-line task examples against real peers, loopback only.

usage: python3 tests/io/test_task_examples.py [--fun build/fun]

- examples/io/echo_server.fun on a free port: 50 clients at once, each sending
  binary data (NUL bytes, 256 KiB) in pieces; every byte must come back in
  order; a client that connects and closes at once does not disturb the others.
- examples/io/task_http_client.fun against `python3 -m http.server`: the
  response body equals the served file byte for byte; a refused port gives exit
  status 1 and one `error:` line.
Every process started here is stopped by PID at the end; every wait is bounded.
"""
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
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


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def stop(p):
    if p.poll() is None:
        p.terminate()
        try:
            p.wait(5)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def echo_tests(fun):
    p = subprocess.Popen([fun, "examples/io/echo_server.fun", "0"], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = p.stdout.readline().decode()
        m = re.search(r"127\.0\.0\.1:(\d+)", line)
        check("echo server prints its address", m is not None, repr(line))
        if not m:
            return
        port = int(m.group(1))
        errors = []

        def client(i):
            data = bytes((i + k) % 256 for k in range(256 * 1024))
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=20) as c:
                    got = bytearray()
                    for off in range(0, len(data), 32768):
                        c.sendall(data[off:off + 32768])
                        while len(got) < off + 32768 and len(got) < len(data):
                            chunk = c.recv(65536)
                            if not chunk:
                                break
                            got += chunk
                    c.shutdown(socket.SHUT_WR)
                    while True:
                        chunk = c.recv(65536)
                        if not chunk:
                            break
                        got += chunk
                    if bytes(got) != data:
                        errors.append("client %d: %d bytes back, want %d" % (i, len(got), len(data)))
            except Exception as e:  # noqa
                errors.append("client %d: %r" % (i, e))

        # a client that goes away at once
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
        ts = [threading.Thread(target=client, args=(i,)) for i in range(50)]
        for t in ts:
            t.start()
        for t in ts:
            t.join(60)
        check("echo: 50 concurrent clients get every byte back", not errors and
              not any(t.is_alive() for t in ts), str(errors[:3]))
        check("echo server still running", p.poll() is None)
    finally:
        stop(p)
        err = p.stderr.read().decode()
        check("echo server: nothing on stderr", err == "", err[:500])


def client_tests(fun):
    d = tempfile.mkdtemp(prefix="fun-task-client-")
    body = bytes(range(256)) * 400 + b"\0end\0"
    with open(os.path.join(d, "bin.dat"), "wb") as f:
        f.write(body)
    port = free_port()
    srv = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
                           cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        r = subprocess.run([fun, "examples/io/task_http_client.fun", "127.0.0.1", str(port), "/bin.dat"],
                           cwd=ROOT, capture_output=True, timeout=30)
        head, _, got = r.stdout.partition(b"\r\n\r\n")
        check("task client: exit 0", r.returncode == 0, r.stderr.decode()[:300])
        check("task client: body byte for byte", got == body, "%d bytes" % len(got))
        check("task client: status line", head.startswith(b"HTTP/1.0 200"), head[:40].decode("latin1"))
        check("task client: summary on stderr", r.stderr.decode().startswith("done: HTTP/1.0 200 OK, "),
              r.stderr.decode()[:200])
    finally:
        stop(srv)
    r = subprocess.run([fun, "examples/io/task_http_client.fun", "127.0.0.1", str(free_port()), "/"],
                       cwd=ROOT, capture_output=True, timeout=30)
    err = r.stderr.decode()
    check("task client: refused port -> exit 1 and one error line",
          r.returncode == 1 and err.startswith("error: cannot connect to 127.0.0.1:") and
          err.count("\n") == 1 and "connection refused" in err, err[:300])


def main():
    fun = os.path.join(ROOT, "build", "fun")
    if "--fun" in sys.argv:
        fun = os.path.abspath(sys.argv[sys.argv.index("--fun") + 1])
    echo_tests(fun)
    client_tests(fun)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
