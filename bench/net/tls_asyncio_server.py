#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""bench/net/tls_bench.sh's Python side: the same HTTPS responder as
tls_server.fun with asyncio streams + ssl. usage: PORT CERT KEY"""
import asyncio
import ssl
import sys

RESP = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n\r\nok"


async def conn(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            if not head:
                break
            writer.write(RESP)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
        pass
    writer.close()


async def main():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(sys.argv[2], sys.argv[3])
    srv = await asyncio.start_server(conn, "127.0.0.1", int(sys.argv[1]), ssl=ctx, backlog=1024)
    async with srv:
        await srv.serve_forever()


asyncio.run(main())
