// needs: sqlite
// prepared statements are reused by exact SQL text: results stay right
// across schema changes, many distinct statements and failed steps
h = sqlite_open(":memory:")
sqlite_exec(h, "CREATE TABLE c (a)")
q = "SELECT * FROM c"
sqlite_query(h, "INSERT INTO c VALUES (?)", [1])
print(sqlite_query(h, q))                    // expect: [{"a": 1}]
sqlite_exec(h, "ALTER TABLE c ADD COLUMN b DEFAULT 7")
print(sqlite_query(h, q))                    // expect: [{"a": 1, "b": 7}]
// more distinct statements than the cache holds, then the first again
for i in range(40)
  sqlite_query(h, "SELECT " + to_string(i) + " AS n")
print(sqlite_query(h, q))                    // expect: [{"a": 1, "b": 7}]
print(sqlite_query(h, "SELECT 39 AS n"))     // expect: [{"n": 39}]
// a reused statement gets fresh bindings every time
s = "SELECT ? AS v"
print(sqlite_query(h, s, [1]), sqlite_query(h, s, ["x"]), sqlite_query(h, s, [nil]))  // expect: [{"v": 1}] [{"v": x}] [{"v": nil}]
print(sqlite_query(h, s), sqlite_error(h))   // expect: nil the statement has placeholders but no parameters were given
// a statement that failed while stepping works again afterwards
f = "SELECT abs(?) AS v"
print(sqlite_query(h, f, [-9223372036854775807 - 1]), sqlite_error(h))  // expect: nil integer overflow
print(sqlite_query(h, f, [-5]))              // expect: [{"v": 5}]
// a cached SELECT does not hold a lock: the table can be dropped
print(sqlite_exec(h, "DROP TABLE c"))        // expect: 0
print(sqlite_query(h, q), sqlite_error(h))   // expect: nil no such table: c
sqlite_close(h)
