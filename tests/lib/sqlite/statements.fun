// needs: sqlite
// every statement of an exec and of a query runs; transactions
path = "/tmp/fun_sqlite_stmts_" + to_string(pid()) + ".db"
remove_file(path)
h = sqlite_open(path)
print(sqlite_exec(h, "CREATE TABLE a (x); INSERT INTO a VALUES (1); INSERT INTO a VALUES (2);"))  // expect: 0
print(sqlite_query(h, "SELECT sum(x) AS s FROM a"))       // expect: [{"s": 3}]
// query: statements run in order, Array parameters consumed left to right,
// the rows are those of the last statement with result columns
print(sqlite_query(h, "INSERT INTO a VALUES (?); INSERT INTO a VALUES (?); SELECT x FROM a ORDER BY x DESC LIMIT 2;", [10, 20]))
// expect: [{"x": 20}, {"x": 10}]
print(sqlite_query(h, "SELECT 1 AS one; SELECT 2 AS two;"))  // expect: [{"two": 2}]
// a transaction that rolls back leaves nothing behind
print(sqlite_exec(h, "BEGIN; INSERT INTO a VALUES (100);"))   // expect: 0
print(sqlite_query(h, "SELECT count(*) AS n FROM a"))        // expect: [{"n": 5}]
print(sqlite_exec(h, "ROLLBACK"))                            // expect: 0
print(sqlite_query(h, "SELECT count(*) AS n FROM a"))        // expect: [{"n": 4}]
// a committed transaction is in the file for another connection
sqlite_exec(h, "BEGIN")
for i in range(100)
  sqlite_query(h, "INSERT INTO a VALUES (?)", [i])
print(sqlite_exec(h, "COMMIT"))                              // expect: 0
h2 = sqlite_open(path)
print(sqlite_query(h2, "SELECT count(*) AS n FROM a"))       // expect: [{"n": 104}]
// COMMIT without BEGIN is an error with its text
print(sqlite_exec(h2, "COMMIT"), sqlite_error(h2))          // expect: 1 cannot commit - no transaction is active
sqlite_close(h)
sqlite_close(h2)
remove_file(path)
