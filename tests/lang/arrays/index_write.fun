// Assigning Array elements by positive and negative index.
a = [1, 2, 3]
a[0] = "x"
a[-1] = "z"
print(a)    // expect: [x, 2, z]
try
  a[3] = 4
catch e
  print(e)  // expect: Runtime error: index out of range: 3 (length 3)
try
  a[-4] = 4
catch e
  print(e)  // expect: Runtime error: index out of range: -4 (length 3)
print(a)    // expect: [x, 2, z]
