// needs: sqlite
// sqlite_open/exec/query/close: the reference's result shapes
h = sqlite_open(":memory:")
print(h > 0)                  // expect: true
print(sqlite_exec(h, "CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n, d NUMERIC);"))  // expect: 0
print(sqlite_exec(h, "INSERT INTO t VALUES (1, 2.5, 'x', x'4142', NULL, '10'), (-3, 1.0, '', x'00ff', 7, 'abc');")) // expect: 0
rows = sqlite_query(h, "SELECT * FROM t;")
print(len(rows), keys(rows[0]))   // expect: 2 [i, r, s, b, n, d]
print(rows[0])                    // expect: {"i": 1, "r": 2.5, "s": x, "b": AB, "n": nil, "d": 10}
print(typeof(rows[1]["r"]), typeof(rows[0]["d"]), typeof(rows[1]["d"]))  // expect: Float Number String
// BLOBs come back as binary-safe Strings
b = rows[1]["b"]
print(len(b), ord(b, 0), ord(b, 1))   // expect: 2 0 255
// column names as SQLite reports them; a duplicate name keeps its first place
print(sqlite_query(h, "SELECT 1, 1+1, 'x' || 'y'"))   // expect: [{"1": 1, "1+1": 2, "'x' || 'y'": xy}]
print(sqlite_query(h, "SELECT 1 AS a, 2 AS a, 3 AS b")) // expect: [{"a": 2, "b": 3}]
print(sqlite_query(h, "SELECT * FROM t WHERE i > 100")) // expect: []
// a non-SELECT through query runs and gives []
print(sqlite_query(h, "INSERT INTO t (i) VALUES (9)"), sqlite_changes(h), sqlite_last_id(h))  // expect: [] 1 3
print(sqlite_query(h, "SELECT count(*) AS c FROM t"))  // expect: [{"c": 3}]
print(sqlite_close(h))            // expect: nil
// handles are never reused
h2 = sqlite_open("")
print(h2 == h + 1)                // expect: true
sqlite_close(h2)
