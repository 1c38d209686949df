// D20: recursion 100 000 deep works
fun depth(n)
  if n == 0
    return 0
  return 1 + depth(n - 1)
print(depth(100000))   // expect: 100000
