a = [1, 2]
fun get(i)
  try
    return a[i]
  catch e
    return e
print(get(2))     // expect: Runtime error: index out of range
print(get(-3))    // expect: Runtime error: index out of range
print(get(100))   // expect: Runtime error: index out of range
try
  x = [][0]
catch e
  print(e)        // expect: Runtime error: index out of range
