#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The non-Fun side of the WebSocket tests: the `websockets` package (Debian
python3-websockets, run with /usr/bin/python3) plus raw sockets for frames a
correct client never sends.

Usage:
  ws_peer.py checks RAW_PORT EXAMPLE_PORT   drive the Fun servers, print one
                                            line per check ("ok NAME" or
                                            "FAIL NAME: why"), exit 1 on a FAIL
  ws_peer.py server PORTFILE [CERT KEY]     an echo server for the Fun client
                                            (wss:// with CERT and KEY):
                                            /echo echoes, /close closes 4002,
                                            /unmasked-check reports whether
                                            frames arrived masked (always, or
                                            websockets refuses them)
Every step has a timeout; only 127.0.0.1 is used.
"""
import asyncio
import base64
import os
import socket
import struct
import sys

import websockets

T = 5
FAILED = []


def check(name, cond, why=""):
    if cond:
        print("ok " + name)
    else:
        print("FAIL %s: %s" % (name, why))
        FAILED.append(name)


async def echo_checks(base):
    async with websockets.connect(base + "/echo", subprotocols=["superchat"], max_size=None) as ws:
        check("subprotocol", ws.subprotocol == "superchat", ws.subprotocol)
        await ws.send("héllo wörld")
        check("text echo", await asyncio.wait_for(ws.recv(), T) == "héllo wörld")
        data = bytes(range(256)) * 3
        await ws.send(data)
        got = await asyncio.wait_for(ws.recv(), T)
        check("binary echo", got == data, repr(got[:20]))
        for n in (125, 126, 65535, 65536, 300000):
            msg = "".join(chr(97 + i % 26) for i in range(n))
            await ws.send(msg)
            check("length %d" % n, await asyncio.wait_for(ws.recv(), T) == msg)
        # a fragmented message from the client (continuation frames)
        await ws.send(["frag", "men", "ted"])
        check("fragmented from client", await asyncio.wait_for(ws.recv(), T) == "fragmented")
        # a ping from the client gets its pong
        waiter = await ws.ping(b"p1")
        await asyncio.wait_for(waiter, T)
        check("pong to client ping", True)
        await ws.close(1000, "done")
        check("client close code", ws.close_code == 1000, ws.close_code)


async def frag_checks(base):
    async with websockets.connect(base + "/frag") as ws:
        msg = "a message longer than seven bytes, sent back in fragments"
        await ws.send(msg)
        check("fragmented from server", await asyncio.wait_for(ws.recv(), T) == msg)


async def ping_checks(base):
    async with websockets.connect(base + "/ping") as ws:
        await ws.send("x")
        check("server ping answered", await asyncio.wait_for(ws.recv(), T) == "pong:are you there")


async def close_checks(base):
    async with websockets.connect(base + "/close") as ws:
        await ws.send("x")
        try:
            await asyncio.wait_for(ws.recv(), T)
            check("server close", False, "got a message")
        except websockets.ConnectionClosed as e:
            check("server close", e.rcvd.code == 4001 and e.rcvd.reason == "bye", str(e))


async def size_checks(base):
    async with websockets.connect(base + "/small") as ws:
        await ws.send("y" * 1000)
        check("at the size limit", await asyncio.wait_for(ws.recv(), T) == "y" * 1000)
        await ws.send("y" * 1001)
        try:
            await asyncio.wait_for(ws.recv(), T)
            check("over the size limit", False, "no close")
        except websockets.ConnectionClosed as e:
            check("over the size limit", e.rcvd is not None and e.rcvd.code == 1009, str(e))


def raw_connect(port, path="/echo", key=None, version="13", extra=b""):
    s = socket.create_connection(("127.0.0.1", port), timeout=T)
    key = key if key is not None else base64.b64encode(os.urandom(16)).decode()
    req = ("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: %s\r\n" % (path, key, version)).encode()
    s.sendall(req + extra + b"\r\n")
    head = b""
    while b"\r\n\r\n" not in head:
        d = s.recv(4096)
        if not d:
            break
        head += d
    return s, head


def read_frame(s):
    buf = b""
    try:
        while True:
            d = s.recv(4096)
            if not d:
                break
            buf += d
    except socket.timeout:
        pass
    return buf


def frame(op, payload, mask=True, fin=True, rsv=0):
    b0 = (0x80 if fin else 0) | rsv | op
    n = len(payload)
    if n < 126:
        head = struct.pack("!BB", b0, (0x80 if mask else 0) | n)
    else:
        head = struct.pack("!BBH", b0, (0x80 if mask else 0) | 126, n)
    if not mask:
        return head + payload
    key = os.urandom(4)
    return head + key + bytes(b ^ key[i % 4] for i, b in enumerate(payload))


def close_code_of(buf):
    # the server's frames are unmasked: 0x88, length, code
    if len(buf) >= 4 and buf[0] == 0x88:
        return struct.unpack("!H", buf[2:4])[0]
    return None


def raw_checks(port):
    s, head = raw_connect(port)
    check("raw handshake", head.startswith(b"HTTP/1.1 101 "), head[:40])
    s.sendall(frame(1, b"plain", mask=False))
    check("unmasked client frame refused (1002)", close_code_of(read_frame(s)) == 1002)
    s.close()
    s, head = raw_connect(port)
    s.sendall(frame(1, b"\xff\xfe bad"))
    check("invalid UTF-8 refused (1007)", close_code_of(read_frame(s)) == 1007)
    s.close()
    s, head = raw_connect(port)
    s.sendall(frame(1, b"x", rsv=0x40))
    check("reserved bit refused (1002)", close_code_of(read_frame(s)) == 1002)
    s.close()
    s, head = raw_connect(port)
    s.sendall(frame(9, b"p" * 126))
    check("long ping refused (1002)", close_code_of(read_frame(s)) == 1002)
    s.close()
    s, head = raw_connect(port)
    s.sendall(frame(0, b"cont"))
    check("stray continuation refused (1002)", close_code_of(read_frame(s)) == 1002)
    s.close()
    s, head = raw_connect(port)
    s.sendall(frame(8, struct.pack("!H", 1005)))
    check("invalid close code refused (1002)", close_code_of(read_frame(s)) == 1002)
    s.close()
    # a ping between two fragments is answered at once; the message still arrives whole
    s, head = raw_connect(port)
    s.sendall(frame(1, b"ab", fin=False) + frame(9, b"hi") + frame(0, b"cd"))
    buf = b""
    while len(buf) < 10:
        buf += s.recv(100)
    check("ping inside a fragmented message", buf[:4] == b"\x8a\x02hi" and buf[4:10] == b"\x81\x04abcd", buf)
    s.sendall(frame(8, struct.pack("!H", 1000) + b"ok"))
    rest = read_frame(s)
    check("close echoed", close_code_of(rest) == 1000, rest)
    s.close()
    # the first frame right behind the handshake (it arrives with the head)
    s, head = raw_connect(port, extra=b"", key=None)
    s.close()
    s = socket.create_connection(("127.0.0.1", port), timeout=T)
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall(("GET /echo HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % key).encode() + frame(1, b"early"))
    buf = b""
    while b"early" not in buf:
        d = s.recv(4096)
        if not d:
            break
        buf += d
    check("frame right behind the handshake", buf.endswith(b"\x81\x05early"), buf[-20:])
    s.close()
    s, head = raw_connect(port, version="12")
    check("version 12 refused (426)", head.startswith(b"HTTP/1.1 426 ") and b"Sec-WebSocket-Version: 13" in head, head[:80])
    s.close()
    s, head = raw_connect(port, key="short")
    check("bad key refused (400)", head.startswith(b"HTTP/1.1 400 "), head[:40])
    s.close()


async def chat_checks(base):
    async with websockets.connect(base + "/chat") as a, websockets.connect(base + "/chat") as b:
        await a.send("hi from a")
        ga = await asyncio.wait_for(a.recv(), T)
        gb = await asyncio.wait_for(b.recv(), T)
        check("chat broadcast", ga == gb and ga.endswith(": hi from a"), (ga, gb))


async def example_checks(port):
    base = "ws://127.0.0.1:%d" % port
    async with websockets.connect(base + "/echo") as ws:
        await ws.send("via the HTTP server")
        check("example echo", await asyncio.wait_for(ws.recv(), T) == "via the HTTP server")
        await ws.send(b"\x00bin")
        check("example binary echo", await asyncio.wait_for(ws.recv(), T) == b"\x00bin")
    await chat_checks(base)
    try:
        async with websockets.connect(base + "/nope"):
            check("not a websocket route", False, "connected")
    except websockets.InvalidStatusCode as e:
        check("not a websocket route", e.status_code == 404, e.status_code)
    # a plain GET of the route: 426
    s = socket.create_connection(("127.0.0.1", port), timeout=T)
    s.sendall(b"GET /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    head = read_frame(s)
    check("plain GET of a websocket route (426)", head.startswith(b"HTTP/1.1 426 "), head[:40])
    s.close()


async def checks(raw_port, ex_port):
    base = "ws://127.0.0.1:%d" % raw_port
    await echo_checks(base)
    await frag_checks(base)
    await ping_checks(base)
    await close_checks(base)
    await size_checks(base)
    raw_checks(raw_port)
    await example_checks(ex_port)


async def serve(portfile, cert=None, key=None):
    async def handler(ws, path):
        if path == "/close":
            await ws.recv()
            await ws.close(4002, "server bye")
            return
        async for msg in ws:
            await ws.send(msg)

    ctx = None
    if cert:
        import ssl
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
    async with websockets.serve(handler, "127.0.0.1", 0, max_size=None, ssl=ctx) as srv:
        port = srv.sockets[0].getsockname()[1]
        with open(portfile + ".tmp", "w") as f:
            f.write(str(port))
        os.rename(portfile + ".tmp", portfile)
        await asyncio.Future()


def main():
    if sys.argv[1] == "checks":
        asyncio.run(checks(int(sys.argv[2]), int(sys.argv[3])))
        return 1 if FAILED else 0
    if sys.argv[1] == "server":
        asyncio.run(serve(*sys.argv[2:5]))
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
