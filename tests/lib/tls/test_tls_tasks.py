#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""async_tls_connect / async_tls_accept and the TLS forms of async_recv /
async_send_all. One Fun process runs a TLS echo server task and 20 client
tasks at once against it; then async_tls_connect reports its failures
through net_last_error() (a wrong name, a refused port, a peer that never
answers the handshake: "timed out"), and at top level (no task) it talks to
a Python `ssl` echo server, blocking as plain polls.

usage: test_tls_tasks.py --fun build/fun   (last line `N passed, N failed`)
"""
import os
import shutil
import socket
import ssl
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tlscerts  # noqa: E402

SCRIPT = r'''
#include <async/scheduler.fun>
a = argv()
dir = a[0]
silent = to_number(a[1])
pyport = to_number(a[2])
refused = to_number(a[3])
ca = {"ca_file": dir + "/ca.pem"}
ctx = tls_server_ctx(dir + "/srv.pem", dir + "/srv.key")
lfd = tcp_listen_host("127.0.0.1", 0, 64)
port = sock_port(lfd)
NCLIENTS = 20

failures = []
fun echo_conn(fd)
  t = async_tls_accept(ctx, fd, 5000)
  if t == nil
    push(failures, net_last_error())
    return nil
  while true
    d = async_recv(t, 65536, 5000)
    if d == nil || d == ""
      break
    async_send_all(t, d, 5000)
  tls_close(t)

fun server()
  for i in range(0, NCLIENTS + 1)
    fd = async_accept(lfd, 10000)
    if fd <= 0
      break
    spawn(echo_conn, fd)

fun client(i)
  t = async_tls_connect("localhost", port, 5000, ca)
  if t == nil
    return "connect failed: " + net_last_error()
  msg = repeat("task " + to_string(i) + " ", 1000)
  sent = async_send_all(t, msg, 5000)
  back = ""
  while len(back) < len(msg)
    d = async_recv(t, 65536, 5000)
    if d == nil || d == ""
      break
    back += d
  tls_close(t)
  return sent == len(msg) && back == msg

spawn(server)
tasks = []
for i in range(0, NCLIENTS)
  push(tasks, spawn(client, i))
fun wrong_name()
  t = async_tls_connect("localhost", port, 5000, {"ca_file": dir + "/ca.pem", "server_name": "wrong.example"})
  return [t, net_last_error()]
wn = spawn(wrong_name)
push(tasks, wn)
results = gather(tasks)
run_until_done()   // the server's tasks too
print("server-side failures", failures)
ok = 0
for r in results
  if r == true
    ok += 1
print("clients ok", ok)
print("wrong name", results[NCLIENTS][0], results[NCLIENTS][1])

fun failing(host, p, ms)
  t = async_tls_connect(host, p, ms, ca)
  return [t, net_last_error()]
r = gather([spawn(failing, "127.0.0.1", refused, 2000), spawn(failing, "127.0.0.1", silent, 300)])
print("refused", r[0][0], r[0][1])
print("silent", r[1][0], r[1][1])

// top level: no task, the helpers block as plain polls
t = async_tls_connect("localhost", pyport, 5000, ca)
print("top level", t, net_last_error() == "")
print("sent", async_send_all(t, "ping from top level", 5000))
print("got", async_recv(t, 100, 5000))
print("end", async_recv(t, 100, 5000) == "")
tls_close(t)
'''


def py_echo(ctx, lsock):
    while True:
        try:
            c, _ = lsock.accept()
        except OSError:
            return
        try:
            c.settimeout(10)
            t = ctx.wrap_socket(c, server_side=True)
            t.sendall(b"echo: " + t.recv(1000))
            t.unwrap()
        except (OSError, ssl.SSLError):
            pass
        c.close()


def main():
    tlscerts.require_extension("openssl")
    ck = tlscerts.Checker()
    d = tlscerts.tempdir("tls-tasks")
    socks = []
    try:
        certs = tlscerts.make_certs(d)
        silent = socket.socket()  # listens, never accepts: the handshake hangs
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        py = socket.socket()
        py.bind(("127.0.0.1", 0))
        py.listen(4)
        socks += [silent, py]
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(certs["srv"], certs["key"])
        threading.Thread(target=py_echo, args=(ctx, py), daemon=True).start()
        refused = tlscerts.free_port()
        r = tlscerts.run_fun(SCRIPT, [d, silent.getsockname()[1], py.getsockname()[1], refused], d)
        want = [
            "server-side failures [sslv3 alert bad certificate]",
            "clients ok 20",
            "wrong name nil certificate verify failed: hostname mismatch",
            "refused nil connection refused",
            "silent nil timed out",
            "top level <tls connection> true",
            "sent 19",
            "got echo: ping from top level",
            "end true",
        ]
        out = r.stdout.splitlines()
        ck.check("output", out == want, "\n".join(out) + "\nstderr: " + r.stderr)
        ck.check("exit 0, no stderr", r.returncode == 0 and r.stderr == "",
                 "%s %r" % (r.returncode, r.stderr))
    finally:
        for s in socks:
            s.close()
        shutil.rmtree(d, ignore_errors=True)
    return ck.finish()


if __name__ == "__main__":
    sys.exit(main())
