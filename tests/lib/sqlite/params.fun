// needs: sqlite
// bound parameters: positional ? from an Array, :name/@name/$name from a Map
h = sqlite_open(":memory:")
sqlite_exec(h, "CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB, flag)")
q = "INSERT INTO p (name, score, data, flag) VALUES (?, ?, ?, ?)"
print(sqlite_query(h, q, ["O'Brien; DROP TABLE p; --", 1.5, {"blob": "\x00\x01\xff"}, true]))  // expect: []
print(sqlite_query(h, q, ["nul\x00inside", 9223372036854775807, nil, false]))                 // expect: []
rows = sqlite_query(h, "SELECT name, score, data, flag, typeof(data) AS t FROM p ORDER BY id")
print(rows[0]["name"])                  // expect: O'Brien; DROP TABLE p; --
print(rows[0]["score"], rows[0]["flag"], rows[0]["t"])  // expect: 1.5 1 blob
d = rows[0]["data"]
print(len(d), ord(d, 0), ord(d, 1), ord(d, 2))          // expect: 3 0 1 255
print(len(rows[1]["name"]), ord(rows[1]["name"], 3))    // expect: 10 0
// score has REAL affinity: the Int is stored as a Float
print(rows[1]["score"], rows[1]["data"], rows[1]["flag"])  // expect: 9.223372036854776e+18 nil 0
print(sqlite_query(h, "SELECT name FROM p WHERE id = :id", {"id": 2})[0]["name"] == "nul\x00inside")  // expect: true
print(sqlite_query(h, "SELECT @a + $b AS s", {"a": 2, "b": 3}))  // expect: [{"s": 5}]
// wrong counts and types are failures with a reason
print(sqlite_query(h, "SELECT ?, ?", [1]), sqlite_error(h))      // expect: nil fewer parameters than placeholders
print(sqlite_query(h, "SELECT ?", [1, 2]), sqlite_error(h))      // expect: nil more parameters than placeholders
print(sqlite_query(h, "SELECT ?"), sqlite_error(h))              // expect: nil the statement has placeholders but no parameters were given
print(sqlite_query(h, "SELECT :x", {"y": 1}), sqlite_error(h))   // expect: nil a named placeholder has no value in the Map
print(sqlite_query(h, "SELECT ?", [[1]]), sqlite_error(h))       // expect: nil a parameter must be nil, a Bool, an Int, a Float, a String or {"blob": String}
print(sqlite_query(h, "SELECT ?", [{"x": "y"}]), sqlite_error(h)) // expect: nil a Map parameter must be {"blob": String}
print(sqlite_query(h, "SELECT count(*) AS n FROM p"))            // expect: [{"n": 2}]
sqlite_close(h)
