// A closure two levels deep keeps a variable alive after both frames return.
fun outer()
  n = 0
  return fn()
    return fn()
      n += 1
      return n

mid = outer()
inner1 = mid()
inner2 = mid()
inner1()
inner1()
print(inner2())   // expect: 3
