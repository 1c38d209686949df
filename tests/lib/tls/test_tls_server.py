#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""tls_server_ctx / tls_server with clients not written in Fun: Python's
`ssl` module and `curl --cacert`, on loopback. The same Fun server runs twice:
at top level with blocking fds (tls_handshake, async_recv / async_send_all
blocking as plain polls) and with one task per connection (async_accept +
async_tls_accept), where five Python clients talk to it at once.

Per connection the server reads either an HTTP GET (answered with a small
page) or "N\\n" + N bytes (sent back unchanged); 256 KiB of every byte value
must come back byte for byte. A client that does not trust the CA and one
that closes before the handshake must show up as server-side failures with
OpenSSL's reason, and the server carries on.

usage: test_tls_server.py --fun build/fun   (last line `N passed, N failed`)
"""
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tlscerts  # noqa: E402

SCRIPT = r'''
#include <async/scheduler.fun>
a = argv()
mode = a[0]
dir = a[1]
count = to_number(a[2])
ctx = tls_server_ctx(dir + "/srv.pem", dir + "/srv.key")
lfd = tcp_listen_host("127.0.0.1", 0, 16)
write_file(dir + "/port", to_string(sock_port(lfd)))

// Reads until buf holds marker; nil when the stream ends first.
fun read_until(t, buf, marker)
  while find(buf, marker) < 0
    d = async_recv(t, 65536, 10000)
    if d == nil || d == ""
      return nil
    buf += d
  return buf

fun handle(t)
  buf = read_until(t, "", "\n")
  if buf == nil
    print("short request")
  else if starts_with(buf, "GET ")
    read_until(t, buf, "\r\n\r\n")
    body = "hello over tls\n"
    async_send_all(t, "HTTP/1.1 200 OK\r\nContent-Length: " + to_string(len(body)) + "\r\nConnection: close\r\n\r\n" + body, 10000)
  else
    i = find(buf, "\n")
    n = to_number(substr(buf, 0, i))
    body = substr(buf, i + 1, len(buf) - i - 1)
    while len(body) < n
      d = async_recv(t, 65536, 10000)
      if d == nil || d == ""
        break
      body += d
    print("echo", len(body), async_send_all(t, body, 10000))
  tls_close(t)

fun conn_task(fd)
  t = async_tls_accept(ctx, fd, 10000)
  if t == nil
    print("handshake failed: " + net_last_error())
  else
    handle(t)

if mode == "blocking"
  for i in range(0, count)
    fd = tcp_accept(lfd)
    t = tls_server(ctx, fd)
    if tls_handshake(t) == 1
      handle(t)
    else
      print("handshake failed: " + tls_error(t))
      tls_close(t)
else
  fun acceptor()
    for i in range(0, count)
      fd = async_accept(lfd, 20000)
      if fd <= 0
        print("accept failed")
        break
      spawn(conn_task, fd)
  spawn(acceptor)
  run_until_done()
print("served", count)
'''


def echo_client(port, ca, blob, results, i):
    try:
        ctx = ssl.create_default_context(cafile=ca)
        with socket.create_connection(("127.0.0.1", port), timeout=15) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as t:
                t.sendall(b"%d\n" % len(blob) + blob)
                back = b""
                while len(back) < len(blob):
                    d = t.recv(65536)
                    if not d:
                        break
                    back += d
                results[i] = back == blob
    except Exception as e:  # reported by the checks
        results[i] = repr(e)


def untrusting_client(port, results, i):
    try:
        ctx = ssl.create_default_context()  # the system store: our CA is unknown
        with socket.create_connection(("127.0.0.1", port), timeout=15) as raw:
            ctx.wrap_socket(raw, server_hostname="localhost")
        results[i] = "handshake succeeded"
    except ssl.SSLCertVerificationError:
        results[i] = True
    except Exception as e:
        results[i] = repr(e)


def run_mode(ck, mode, certs, d):
    blob = bytes(range(256)) * 1024
    concurrent = 5 if mode == "tasks" else 1
    count = concurrent + 3  # + curl, the untrusting client, the early close
    port_file = os.path.join(d, "port")
    if os.path.exists(port_file):
        os.unlink(port_file)
    script = os.path.join(d, "server.fun")
    with open(script, "w") as f:
        f.write(SCRIPT)
    proc = subprocess.Popen([tlscerts.fun_path(), script, mode, d, str(count)], cwd=tlscerts.ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        import time
        deadline = time.time() + 10
        while not os.path.exists(port_file) or not open(port_file).read():
            if time.time() > deadline or proc.poll() is not None:
                break
            time.sleep(0.02)
        port = int(open(port_file).read())
        results = [None] * (concurrent + 1)
        threads = [threading.Thread(target=echo_client, args=(port, certs["ca"], blob, results, i))
                   for i in range(concurrent)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        ck.check("%s: python echo clients got their bytes back" % mode,
                 all(r is True for r in results[:concurrent]), results[:concurrent])
        c = subprocess.run(["curl", "-sS", "--max-time", "10", "--cacert", certs["ca"],
                            "--resolve", "localhost:%d:127.0.0.1" % port,
                            "https://localhost:%d/" % port], capture_output=True, text=True,
                           timeout=20)
        ck.check("%s: curl --cacert" % mode, c.returncode == 0 and c.stdout == "hello over tls\n",
                 "%d %r %r" % (c.returncode, c.stdout, c.stderr))
        untrusting_client(port, results, concurrent)
        ck.check("%s: a client without our CA refuses the server" % mode,
                 results[concurrent] is True, results[concurrent])
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass  # closes before sending a ClientHello
        out, err = proc.communicate(timeout=30)
    except Exception:
        proc.kill()
        out, err = proc.communicate()
        raise
    lines = out.splitlines()
    echo = "echo %d %d" % (len(blob), len(blob))
    ck.check("%s: server echoed every client" % mode, lines.count(echo) == concurrent, out)
    ck.check("%s: server names the client's refusal" % mode,
             "handshake failed: tlsv1 alert unknown ca" in lines, out)
    ck.check("%s: server names the early close" % mode,
             "handshake failed: unexpected eof while reading" in lines, out)
    ck.check("%s: server finished" % mode, lines[-1:] == ["served %d" % count], out)
    ck.check("%s: no other output" % mode, len(lines) == concurrent + 3, out)
    ck.check("%s: exit 0, no stderr" % mode, proc.returncode == 0 and err == "",
             "%s %r" % (proc.returncode, err))


def main():
    tlscerts.require_extension("openssl")
    ck = tlscerts.Checker()
    d = tlscerts.tempdir("tls-server")
    try:
        certs = tlscerts.make_certs(d)
        run_mode(ck, "blocking", certs, d)
        run_mode(ck, "tasks", certs, d)
    finally:
        shutil.rmtree(d, ignore_errors=True)
    return ck.finish()


if __name__ == "__main__":
    sys.exit(main())
