// Out-of-range Array indexes raise an error naming the index and the length.
a = [1, 2]
fun get(i)
  try
    return a[i]
  catch e
    return e
print(get(2))     // expect: Runtime error: index out of range: 2 (length 2)
print(get(-3))    // expect: Runtime error: index out of range: -3 (length 2)
print(get(100))   // expect: Runtime error: index out of range: 100 (length 2)
try
  x = [][0]
catch e
  print(e)        // expect: Runtime error: index out of range: 0 (length 0)
