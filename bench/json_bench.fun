// JSON benchmark: parse and stringify the document named by argv()[0]
// (bench/json_gen.py); prints the seconds of each step.
text = read_file(argv()[0])
t0 = clock_mono_us()
v = json_parse(text)
t1 = clock_mono_us()
s = json_stringify(v)
t2 = clock_mono_us()
print("records", len(v), "bytes", len(text), "out", len(s))
print("parse", (t1 - t0) / 1000000.0, "stringify", (t2 - t1) / 1000000.0)
