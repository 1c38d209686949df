// A top-level catch variable is a global: a function assigning that name
// changes it.
try
  throw "first"
catch err
  n = 0
fun f()
  err = "changed"
f()
print(err)   // expect: changed
