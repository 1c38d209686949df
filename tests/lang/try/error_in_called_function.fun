// An error two calls deep unwinds to the try around the outer call.
fun inner(x)
  return 10 / x
fun middle(x)
  return inner(x) + 1
try
  print(middle(2))
  print(middle(0))
  print("not reached")
catch e
  print("caught " + e)
// expect: 6
// expect: caught Runtime error: division by zero
