# JSON benchmark in Python (json module, C accelerator): same steps as json_bench.fun
import json, sys, time
text = open(sys.argv[1], encoding="utf-8").read()
t0 = time.process_time()
v = json.loads(text)
t1 = time.process_time()
s = json.dumps(v, ensure_ascii=False, separators=(",", ":"))
t2 = time.process_time()
print("records", len(v), "bytes", len(text), "out", len(s))
print("parse", t1 - t0, "stringify", t2 - t1)
