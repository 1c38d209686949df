// A failing compound assignment raises and leaves the target unchanged.
m = {}
try
  m.count += 1
catch e
  print(e)   // expect: Runtime type error: ADD expects both numbers, both strings, or both arrays, got nil and int
x = 1
try
  x /= 0
catch e
  print(e)   // expect: Runtime error: division by zero
print(x)     // expect: 1
