// a captured local survives when its frame is left by an error
holder = [nil]
fun f()
  x = "captured"
  holder[0] = fn()
    return x
  throw "boom"
try
  f()
catch e
  print(e)   // expect: boom
fun clobber(a, b, c, d)
  return a
clobber(1, 2, 3, 4)
print(holder[0]())   // expect: captured
