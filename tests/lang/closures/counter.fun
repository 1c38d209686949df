// Counters made by the same function keep independent captured state.
fun make_counter()
  count = 0
  return fn()
    count += 1
    return count

c1 = make_counter()
c2 = make_counter()
print(c1())   // expect: 1
print(c1())   // expect: 2
print(c1())   // expect: 3
print(c2())   // expect: 1
print(c1())   // expect: 4
