// Return from inside a for loop in a function.
fun find(a, t)
  for (i, x) in a
    if x == t
      return i
  return -1
print(find([5, 6, 7], 7))   // expect: 2
print(find([5, 6, 7], 9))   // expect: -1
