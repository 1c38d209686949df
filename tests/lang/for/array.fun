// For x in an Array visits each element in order; an empty Array runs no
// iteration.
for x in [10, "a", nil, [1]]
  print(x)
for x in []
  print("never")
// expect: 10
// expect: a
// expect: nil
// expect: [1]
a = [1, 2, 3]
for x in a
  last = x
print(last)   // expect: 3
