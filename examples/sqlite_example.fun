// sqlite_example.fun: a small task list in SQLite (docs/sqlite.md).
// usage: build/fun examples/sqlite_example.fun [DB_PATH]   (default: in memory)
// Bound parameters (?) carry every value, so no text is pasted into SQL.
#include <io/sqlite.fun>

args = argv()
path = ":memory:"
if len(args) > 0
  path = args[0]

db = SQLite()
if db.open(path) == 0
  print("cannot open " + path + ": " + db.error())
  exit(1)

db.exec("CREATE TABLE IF NOT EXISTS tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0)")

fun add_all(d)
  for title in ["Write the report", "Water the plants", "Call O'Neil; it's urgent"]
    d.query("INSERT INTO tasks (title) VALUES (?)", [title])
  return d.last_id()
print("added up to id", db.transaction(add_all))

db.query("UPDATE tasks SET done = 1 WHERE title LIKE ?", ["Water%"])
print("updated", db.changes(), "row")

for row in db.query("SELECT id, title, done FROM tasks ORDER BY id")
  mark = "[ ]"
  if row["done"] == 1
    mark = "[x]"
  print(mark, row["id"], row["title"])

open_count = db.query("SELECT count(*) AS n FROM tasks WHERE done = ?", [0])[0]["n"]
print("open tasks:", open_count)

if db.query("SELECT * FROM no_such_table") == nil
  print("error:", db.error())
db.close()
