// Return from a try body runs finally and returns the try's value.
fun f()
  try
    return "value"
  finally
    print("finally runs")
  return "not this"
print(f())
// expect: finally runs
// expect: value
fun g(x)
  try
    if x
      return 1
  catch e
    return 2
  finally
    print("g finally")
  return 3
print(g(true))
print(g(false))
// expect: g finally
// expect: 1
// expect: g finally
// expect: 3
