// constant expressions that fail must fail at run time only
fun never()
  return 1 / 0
fun never2()
  return 1 % 0
fun never3()
  return "a" - 1
print("ok")   // expect: ok
try
  never()
catch e
  print(e)    // expect: Runtime error: division by zero
