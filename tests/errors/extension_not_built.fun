// D31: optional extensions are not part of the core; calling one is a clear catchable error
try
  json_parse("[1]")
catch e
  print(e)   // expect: Runtime error: json_parse: optional extension not built into this interpreter
try
  sqlite_open("x.db")
catch e
  print(e)   // expect: Runtime error: sqlite_open: optional extension not built into this interpreter
curl_get("http://127.0.0.1/")   // expect runtime error: curl_get: optional extension not built
