// needs: sqlite
// failures: result codes, nil from query, and the error text of the last failure
h = sqlite_open(":memory:")
print(sqlite_error(h) == "")                 // expect: true
print(sqlite_exec(h, "garbage"))             // expect: 1
print(sqlite_error(h))                       // expect: near "garbage": syntax error
print(sqlite_exec(h, "SELECT 1"), sqlite_error(h) == "")  // expect: 0 true
print(sqlite_query(h, "SELECT * FROM nosuch;"))  // expect: nil
print(sqlite_error(h))                       // expect: no such table: nosuch
sqlite_exec(h, "CREATE TABLE u (k TEXT PRIMARY KEY NOT NULL)")
print(sqlite_exec(h, "INSERT INTO u VALUES ('a'); INSERT INTO u VALUES ('a');"))  // expect: 19
print(sqlite_error(h))                       // expect: UNIQUE constraint failed: u.k
// an error part-way through the rows is a failure, not a short result
print(sqlite_query(h, "SELECT 1 AS x UNION ALL SELECT abs(-9223372036854775808)"))  // expect: nil
print(sqlite_error(h))                       // expect: integer overflow
// bad handles: 21 from exec, nil from query, nil from close
print(sqlite_exec(999, "SELECT 1"), sqlite_query(999, "SELECT 1"), sqlite_close(999)) // expect: 21 nil nil
print(sqlite_error(999))                     // expect: bad or closed handle
print(sqlite_exec("1", "SELECT 1"))          // expect: 21
print(sqlite_changes(999), sqlite_last_id(999))  // expect: -1 -1
sqlite_close(h)
print(sqlite_exec(h, "SELECT 1;"), sqlite_query(h, "SELECT 1"))  // expect: 21 nil
// a database that cannot be opened gives 0 and the reason
print(sqlite_open("/nonexistent/d/x.db"))    // expect: 0
print(sqlite_error(0))                       // expect: unable to open database file
try
  sqlite_exec(h, 42)
catch e
  print(e)   // expect: Runtime type error: sqlite_exec: argument 2 must be a String, got Int
try
  sqlite_query(h, "SELECT 1", "x")
catch e
  print(e)   // expect: Runtime type error: sqlite_query: argument 3 must be an Array or Map, got String
