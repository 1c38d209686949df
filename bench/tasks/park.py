# 100 000 asyncio tasks parked on one Event: bytes per task (RSS growth / N)
# and the time to create and park them. Same output as park.fun.
import asyncio, sys, time

def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

async def parked(ev):
    await ev.wait()

async def main(n):
    ev = asyncio.Event()
    before = rss_kb()
    t0 = time.process_time()
    tasks = [asyncio.ensure_future(parked(ev)) for _ in range(n)]
    await asyncio.sleep(0)       # every task starts and parks
    t1 = time.process_time()
    after = rss_kb()
    ev.set()
    await asyncio.gather(*tasks)
    print("tasks %d bytes_per_task %d ms %d" % (n, (after - before) * 1024 // n, int((t1 - t0) * 1000)))

asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000))
