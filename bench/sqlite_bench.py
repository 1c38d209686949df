# SQLite benchmark with Python's sqlite3 module: same steps as sqlite_bench.fun
import sqlite3, sys, time
db, n = sys.argv[1], int(sys.argv[2])
c = sqlite3.connect(db, isolation_level=None)
c.executescript("DROP TABLE IF EXISTS t; CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL)")
t0 = time.perf_counter()
c.execute("BEGIN")
for i in range(n):
    c.execute("INSERT INTO t (id, name, score) VALUES (?, ?, ?)", (i, "name" + str(i), i * 0.5))
c.execute("COMMIT")
t1 = time.perf_counter()
cur = c.execute("SELECT id, name, score FROM t ORDER BY id")
cur.row_factory = lambda cur, row: {d[0]: v for d, v in zip(cur.description, row)}
rows = cur.fetchall()
s = 0
for r in rows:
    s += r["id"]
t2 = time.perf_counter()
c.close()
print("rows", len(rows), "sum", s)
print("insert", t1 - t0, "read", t2 - t1)
