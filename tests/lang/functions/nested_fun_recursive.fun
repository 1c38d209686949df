// A fun declared inside a function can call itself.
fun outer(n)
  fun count(k)
    if k == 0
      return 0
    return 1 + count(k - 1)
  return count(n)
print(outer(50))   // expect: 50
