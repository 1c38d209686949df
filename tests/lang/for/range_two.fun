// Range(start, end) counts up to end - 1; an empty range runs nothing.
for i in range(0, 3)
  print(i)
for i in range(5, 5)
  print("empty")
for i in range(3, 1)
  print("empty too")
for i in range(-2, 0)
  print(i)
// expect: 0
// expect: 1
// expect: 2
// expect: -2
// expect: -1
