// SQLite benchmark: 100 000 rows inserted with bound parameters in one
// transaction, then read back (bench/sqlite.sh). usage: sqlite_bench.fun DB N
db = argv()[0]
n = to_number(argv()[1])
h = sqlite_open(db)
sqlite_exec(h, "DROP TABLE IF EXISTS t; CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL)")
t0 = clock_mono_us()
sqlite_exec(h, "BEGIN")
for i in range(n)
  sqlite_query(h, "INSERT INTO t (id, name, score) VALUES (?, ?, ?)", [i, "name" + to_string(i), i * 0.5])
sqlite_exec(h, "COMMIT")
t1 = clock_mono_us()
rows = sqlite_query(h, "SELECT id, name, score FROM t ORDER BY id")
s = 0
for r in rows
  s += r["id"]
t2 = clock_mono_us()
sqlite_close(h)
print("rows", len(rows), "sum", s)
print("insert", (t1 - t0) / 1000000.0, "read", (t2 - t1) / 1000000.0)
