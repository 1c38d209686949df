#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""tls_client against peers not written in Fun, on loopback: Python `ssl`
servers (good, expired and self-signed certificates) and `openssl s_server`.
Certificates come from tlscerts.make_certs (a CA made for this run).

Checks: verification on by default (system store: our CA is unknown), a
good certificate with ca_file (by name and by IP address), a wrong host
name, expired and self-signed certificates refused with OpenSSL's reason,
verify:false accepted, 256 KiB of binary data (every byte value, NULs
included) both ways, a handshake driven step by step on a non-blocking fd
(tls_want + fd_poll_*), and a peer that closes in the middle of the handshake.

usage: test_tls_client.py --fun build/fun   (last line `N passed, N failed`)
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
a = argv()
good = to_number(a[0])
expired = to_number(a[1])
selfsigned = to_number(a[2])
sserver = to_number(a[3])
dropper = to_number(a[4])
dir = a[5]
ca = {"ca_file": dir + "/ca.pem"}

fun send_all(t, data)
  sent = 0
  while sent < len(data)
    n = tls_send(t, substr(data, sent, len(data) - sent))
    if n <= 0
      return sent
    sent += n
  return sent

fun recv_all(t)
  parts = []
  while true
    d = tls_recv(t, 65536)
    if d == nil
      push(parts, "<error " + tls_error(t) + ">")
      break
    if d == ""
      break
    push(parts, d)
  return join(parts, "")

fun attempt(label, port, name, opts)
  fd = tcp_connect("127.0.0.1", port)
  t = tls_client(fd, name, opts)
  r = tls_handshake(t)
  print(label + " " + to_string(r) + " " + tls_error(t))
  return t

// an echo exchange with the Python server: "N\n" + N bytes -> the bytes reversed
fun exchange(label, t, data)
  send_all(t, to_string(len(data)) + "\n" + data)
  back = recv_all(t)
  print(label + " got " + to_string(len(back)) + " bytes, end error '" + tls_error(t) + "'")
  return back

t = attempt("default-store", good, "localhost", nil)
tls_close(t)
t = attempt("good", good, "localhost", ca)
info = tls_info(t)
print("info " + info["version"] + " " + info["peer_subject"] + " verified=" + to_string(info["verified"]))
blob = read_file(dir + "/blob.bin")
write_file(dir + "/back.bin", exchange("good", t, blob))
print("close", tls_close(t), tls_close(t))
t = attempt("by-ip", good, "127.0.0.1", ca)
exchange("by-ip", t, "ping")
tls_close(t)
tls_close(attempt("wrong-name", good, "wrong.example", ca))
tls_close(attempt("expired", expired, "localhost", ca))
tls_close(attempt("self-signed", selfsigned, "localhost", ca))
t = attempt("self-signed-noverify", selfsigned, "localhost", {"verify": false})
exchange("noverify", t, "x")
tls_close(t)
t = attempt("expired-noverify", expired, "wrong.example", {"verify": false})
print("info verified=" + to_string(tls_info(t)["verified"]))
tls_close(t)

// openssl s_server -rev sends each line back reversed
t = attempt("s_server", sserver, "localhost", ca)
send_all(t, "hello tls\n")
got = ""
while find(got, "\n") < 0
  d = tls_recv(t, 100)
  if d == nil || d == ""
    break
  got += d
print("s_server reply " + trim(got))
tls_close(t)

// step by step on a non-blocking fd
fd = tcp_connect_nb("127.0.0.1", good)
fd_poll_write(fd, 5000)
t = tls_client(fd, "localhost", ca)
waits = 0
r = tls_handshake(t)
while r == 0
  waits += 1
  w = tls_want(t)
  if w == "r"
    fd_poll_read(tls_fd(t), 5000)
  else
    fd_poll_write(tls_fd(t), 5000)
  r = tls_handshake(t)
// (usually waits > 0, but a descheduled client may find the whole answer
// already there: tls_errors.fun checks the 0 / "r" step deterministically)
print("nonblocking " + to_string(r))
print("nothing yet", tls_recv(t, 10) == nil, tls_want(t), tls_error(t) == "")
tls_close(t)

tls_close(attempt("dropped", dropper, "localhost", ca))
'''


def serve(ctx, lsock, errors):
    """Python ssl server: per connection, "N\\n" + N bytes -> the bytes reversed."""
    while True:
        try:
            c, _ = lsock.accept()
        except OSError:
            return
        c.settimeout(10)
        try:
            t = ctx.wrap_socket(c, server_side=True)
            buf = b""
            while b"\n" not in buf:
                d = t.recv(65536)
                if not d:
                    raise EOFError("no header")
                buf += d
            head, buf = buf.split(b"\n", 1)
            n = int(head)
            while len(buf) < n:
                d = t.recv(65536)
                if not d:
                    raise EOFError("short body")
                buf += d
            t.sendall(buf[::-1])
            t.unwrap()  # close_notify: the client sees a clean end ("")
            c.close()
        except (ssl.SSLError, OSError, EOFError, ValueError) as e:
            errors.append(repr(e))
            c.close()


def dropper(lsock):
    """Reads the ClientHello and closes: the handshake ends early."""
    while True:
        try:
            c, _ = lsock.accept()
        except OSError:
            return
        c.settimeout(5)
        try:
            c.recv(65536)
        except OSError:
            pass
        c.close()


def listener():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(16)
    return s


def main():
    tlscerts.require_extension("openssl")
    ck = tlscerts.Checker()
    d = tlscerts.tempdir("tls-client")
    socks, proc = [], None
    try:
        certs = tlscerts.make_certs(d)
        blob = bytes(range(256)) * 1024  # 256 KiB, every byte value
        with open(os.path.join(d, "blob.bin"), "wb") as f:
            f.write(blob)
        ports, server_errors = [], {}
        for name in ("srv", "expired", "self"):
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(certs[name], certs["key"])
            s = listener()
            socks.append(s)
            ports.append(s.getsockname()[1])
            server_errors[name] = []
            threading.Thread(target=serve, args=(ctx, s, server_errors[name]), daemon=True).start()
        sport = tlscerts.free_port()
        # without -quiet s_server prints ACCEPT once it listens
        proc = subprocess.Popen(["openssl", "s_server", "-accept", "127.0.0.1:%d" % sport,
                                 "-cert", certs["srv"], "-key", certs["key"], "-rev",
                                 "-naccept", "1"], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = b""
        while line and line.strip() != b"ACCEPT" or not line:
            line = proc.stdout.readline()
            if not line:
                break
        ck.check("s_server started", line.strip() == b"ACCEPT")
        ds = listener()
        socks.append(ds)
        threading.Thread(target=dropper, args=(ds,), daemon=True).start()
        r = tlscerts.run_fun(SCRIPT, ports + [sport, ds.getsockname()[1], d], d)
        out = r.stdout.splitlines()
        want = [
            "default-store -1 certificate verify failed: unable to get local issuer certificate",
            "good 1 ",
            "info TLSv1.3 /CN=localhost verified=true",
            "good got 262144 bytes, end error ''",
            "close 1 0",
            "by-ip 1 ",
            "by-ip got 4 bytes, end error ''",
            "wrong-name -1 certificate verify failed: hostname mismatch",
            "expired -1 certificate verify failed: certificate has expired",
            "self-signed -1 certificate verify failed: self-signed certificate",
            "self-signed-noverify 1 ",
            "noverify got 1 bytes, end error ''",
            "expired-noverify 1 ",
            "info verified=false",
            "s_server 1 ",
            "s_server reply slt olleh",
            "nonblocking 1",
            "nothing yet true r true",
            "dropped -1 unexpected eof while reading",
        ]
        for i, w in enumerate(want):
            got = out[i] if i < len(out) else "<missing>"
            ck.check("line %d" % (i + 1), got == w, "want %r, got %r" % (w, got))
        ck.check("no extra output", len(out) == len(want), out[len(want):])
        ck.check("exit status 0, no stderr", r.returncode == 0 and r.stderr == "",
                 "%s %s" % (r.returncode, r.stderr))
        back = open(os.path.join(d, "back.bin"), "rb").read() if os.path.exists(
            os.path.join(d, "back.bin")) else b""
        ck.check("binary data came back reversed, byte for byte", back == blob[::-1],
                 "%d bytes" % len(back))
    finally:
        for s in socks:
            s.close()
        if proc and proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(d, ignore_errors=True)
    return ck.finish()


if __name__ == "__main__":
    sys.exit(main())
