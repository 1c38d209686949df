// needs: sqlite
// lib/io/sqlite.fun: the SQLite class
#include <io/sqlite.fun>
db = SQLite()
print(db.is_open())                         // expect: false
print(db.open(":memory:") > 0, db.is_open()) // expect: true true
print(db.exec("CREATE TABLE kv (k TEXT PRIMARY KEY, v)"))  // expect: 0
fun fill(d)
  for i in range(3)
    d.query("INSERT INTO kv VALUES (?, ?)", ["k" + to_string(i), i * i])
  return d.changes()
print(db.transaction(fill))                 // expect: 1
print(db.query("SELECT * FROM kv WHERE v > ?", [0]))  // expect: [{"k": k1, "v": 1}, {"k": k2, "v": 4}]
print(db.last_id())                         // expect: 3
// an error inside a transaction rolls it back and is raised again
fun bad(d)
  d.query("INSERT INTO kv VALUES ('new', 1)")
  throw "stop"
try
  db.transaction(bad)
catch e
  print(e)                                  // expect: stop
print(db.query("SELECT count(*) AS n FROM kv"))  // expect: [{"n": 3}]
print(db.query("SELECT * FROM nope"), db.error())  // expect: nil no such table: nope
print(db.close(), db.close(), db.is_open())  // expect: 1 1 false
print(db.exec("SELECT 1"))                  // expect: 21
print(db.open("/nonexistent/d/x.db"), db.error())  // expect: 0 unable to open database file
