// Returning out of a try removes its handler: a later error is not caught by
// it.
fun f()
  try
    return 1
  catch e
    print("stale")
  return 2
fun g()
  f()
  y = [][0]
  return "not reached"
try
  g()
catch e
  print("outer caught: " + e)
// expect: outer caught: Runtime error: index out of range: 0 (length 0)
