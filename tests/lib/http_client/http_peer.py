#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Loopback HTTP/1.1 peer for the HTTP client tests (standard library only).

Usage: http_peer.py PORTFILE [--tls CERT KEY]
Listens on 127.0.0.1 (a free port, written to PORTFILE), keep-alive HTTP/1.1,
one thread per connection. Paths:
  /hello                 "hello\\n" with Content-Length
  /conn                  the connection's serial number (keep-alive reuse check)
  /echo                  JSON of the request: method, path, headers, body
  /chunked               a chunked body with an extension and a trailer
  /bigchunked            200 000 bytes in 7-byte.. chunks
  /redirect/N            302 to /redirect/N-1 ... /redirect/0 -> "done"
  /rel/a/b               302 with the relative Location "../hello"
  /see-other             303 to /echo (a POST becomes a GET)
  /temp                  307 to /echo (the method and body are kept)
  /loop                  302 to itself
  /slow                  the head, then the body in 3 pieces 300 ms apart
  /truncated             Content-Length 100, 10 bytes, then close
  /badchunk              a chunked body with a bad size line
  /hang                  reads the request and never answers
  /close                 HTTP/1.1 with Connection: close, body until EOF
  /status/N              status N with a short body
  /nul                   a body with a NUL byte in the middle
"""
import json
import os
import socket
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SERIAL = [0]
LOCK = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        # no Nagle delay between the head and the body of a keep-alive response
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().setup()
        with LOCK:
            SERIAL[0] += 1
            self.serial = SERIAL[0]

    def log_message(self, *args):
        pass

    def send_body(self, code, body, ctype="text/plain", extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, code, where):
        self.send_body(code, b"moved", extra=[("Location", where)])

    def handle_any(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        p = self.path
        if p == "/hello":
            self.send_body(200, b"hello\n")
        elif p == "/conn":
            self.send_body(200, str(self.serial).encode())
        elif p.startswith("/echo"):
            doc = {"method": self.command, "path": p,
                   "headers": {k.lower(): v for k, v in self.headers.items()},
                   "body": body.decode("latin-1")}
            self.send_body(200, json.dumps(doc, sort_keys=True).encode(), "application/json")
        elif p == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Trailer", "X-Sum")
            self.end_headers()
            self.wfile.write(b"5;ext=1\r\nhello\r\n1\r\n \r\nA\r\nchunked!!\n\r\n0\r\nX-Sum: 1\r\n\r\n")
        elif p == "/bigchunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            data = bytes(i % 251 for i in range(200000))
            i, size = 0, 7
            while i < len(data):
                part = data[i:i + size]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
                i += size
                size = size * 3 % 10007 + 1
            self.wfile.write(b"0\r\n\r\n")
        elif p.startswith("/redirect/"):
            k = int(p.rsplit("/", 1)[1])
            if k == 0:
                self.send_body(200, b"done")
            else:
                self.redirect(302, "/redirect/%d" % (k - 1))
        elif p == "/rel/a/b":
            self.redirect(302, "../hello")
        elif p == "/rel/hello":
            self.send_body(200, b"relative ok")
        elif p == "/see-other":
            self.redirect(303, "/echo")
        elif p == "/temp":
            self.redirect(307, "/echo")
        elif p == "/loop":
            self.redirect(302, "/loop")
        elif p == "/slow":
            self.send_response(200)
            self.send_header("Content-Length", "9")
            self.end_headers()
            for piece in (b"abc", b"def", b"ghi"):
                self.wfile.flush()
                time.sleep(0.3)
                self.wfile.write(piece)
        elif p == "/truncated":
            self.send_response(200)
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b"0123456789")
            self.wfile.flush()
            self.close_connection = True
        elif p == "/badchunk":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"zz\r\nhello\r\n0\r\n\r\n")
            self.close_connection = True
        elif p == "/hang":
            self.wfile.flush()
            time.sleep(5)
            self.close_connection = True
        elif p == "/close":
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"until eof")
            self.close_connection = True
        elif p.startswith("/status/"):
            code = int(p.rsplit("/", 1)[1])
            self.send_body(code, b"status body")
        elif p == "/nul":
            self.send_body(200, b"ab\0cd")
        else:
            self.send_body(404, b"not found")

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = handle_any


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # fan-out tests open many connections at once

    def handle_error(self, request, client_address):
        pass  # clients that give up (timeouts) are part of the tests


def main():
    portfile = sys.argv[1]
    srv = Server(("127.0.0.1", 0), Handler)
    if len(sys.argv) == 5 and sys.argv[2] == "--tls":
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(sys.argv[3], sys.argv[4])
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    tmp = portfile + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(srv.server_address[1]))
    os.rename(tmp, portfile)
    srv.serve_forever()


if __name__ == "__main__":
    main()
