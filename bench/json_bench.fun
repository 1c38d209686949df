// JSON benchmark: parse and stringify the document named by argv()[0]
// (bench/json_gen.py); prints the CPU seconds of each step (as Lua's
// os.clock() does: on a loaded machine wall time measures the load).
text = read_file(argv()[0])
t0 = cpu_time_ms()
v = json_parse(text)
t1 = cpu_time_ms()
s = json_stringify(v)
t2 = cpu_time_ms()
print("records", len(v), "bytes", len(text), "out", len(s))
print("parse", (t1 - t0) / 1000.0, "stringify", (t2 - t1) / 1000.0)
