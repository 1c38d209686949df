try
  throw "first"
catch err
  n = 0
fun f()
  err = "changed"
f()
print(err)   // expect: changed
