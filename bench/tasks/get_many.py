# N concurrent HTTP GETs with asyncio streams, a new connection each.
# usage: get_many.py PORT N  ->  "gets N ok K ms T"
import asyncio, sys, time
REQ = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
async def get(port):
    try:
        r, w = await asyncio.open_connection("127.0.0.1", port)
        w.write(REQ)
        await w.drain()
        got = len(await r.read())
        w.close()
        return 1 if got > 0 else 0
    except OSError:
        return 0
async def main(port, n):
    t0 = time.monotonic()
    res = await asyncio.gather(*[get(port) for _ in range(n)])
    print("gets %d ok %d ms %d" % (n, sum(res), int((time.monotonic() - t0) * 1000)))
asyncio.run(main(int(sys.argv[1]), int(sys.argv[2])))
