// note: an error raised in finally replaces the pending one (Python/Lua-like)
try
  try
    throw "first"
  finally
    throw "second"
catch e
  print(e)   // expect: second
