// io/sqlite.fun: the SQLite class over the sqlite_* builtins (docs/sqlite.md),
// in the style of the INI class: one open database per object.
//   db = SQLite()
//   db.open(path)            -> handle (0 on failure; db.error() says why)
//   db.is_open()             -> Boolean
//   db.exec(sql)             -> SQLite result code of every statement (0 OK)
//   db.query(sql, params)    -> Array of row Maps, or nil on failure;
//                               params: nil, an Array for ? or a Map for :name
//   db.error()               -> text of the last failure ("" after a success)
//   db.changes(), db.last_id()
//   db.transaction(f)        -> runs f(db) between BEGIN and COMMIT; an
//                               error in f rolls back and is raised again
//   db.close()               -> 1, safe to repeat

class SQLite()
  h = 0
  path = ""

  fun open(this, path)
    this.close()
    this.path = to_string(path)
    this.h = sqlite_open(this.path)
    return this.h

  fun is_open(this)
    return this.h != 0

  fun exec(this, sql)
    return sqlite_exec(this.h, to_string(sql))

  fun query(this, sql, params)
    return sqlite_query(this.h, to_string(sql), params)

  fun error(this)
    return sqlite_error(this.h)

  fun changes(this)
    return sqlite_changes(this.h)

  fun last_id(this)
    return sqlite_last_id(this.h)

  fun transaction(this, f)
    if sqlite_exec(this.h, "BEGIN") != 0
      throw "SQLite.transaction: BEGIN failed: " + sqlite_error(this.h)
    try
      r = f(this)
    catch e
      sqlite_exec(this.h, "ROLLBACK")
      throw e
    if sqlite_exec(this.h, "COMMIT") != 0
      msg = sqlite_error(this.h)
      sqlite_exec(this.h, "ROLLBACK")
      throw "SQLite.transaction: COMMIT failed: " + msg
    return r

  fun close(this)
    if this.h != 0
      sqlite_close(this.h)
    this.h = 0
    return 1
