// extreme indexes never crash
MIN = -9223372036854775807 - 1
MAX = 9223372036854775807
a = [1, 2, 3]
print(insert(a, MAX, 4), insert(a, MIN, 0))   // expect: 4 5
print(a)                                     // expect: [0, 1, 2, 3, 4]
try
  set(a, MIN, 0)
catch e
  print(e)    // expect: Runtime error: set index out of range: -9223372036854775808 (length 5)
try
  set(a, MAX, 0)
catch e
  print(e)    // expect: Runtime error: set index out of range: 9223372036854775807 (length 5)
try
  remove(a, MIN)
catch e
  print(e)    // expect: Runtime error: remove index out of range: -9223372036854775808 (length 5)
try
  remove(a, MAX)
catch e
  print(e)    // expect: Runtime error: remove index out of range: 9223372036854775807 (length 5)
print(slice(a, MAX, MIN), slice(a, MIN, MAX))  // expect: [] [0, 1, 2, 3, 4]
print(slice("abc", MIN, -1))                  // expect: ab
print(range(MAX - 1, MAX + 0, 1))             // expect: [9223372036854775806]
print(range(MIN, MIN + 2))                    // expect: [-9223372036854775808, -9223372036854775807]
print(range(MAX, MIN, MIN))                   // expect: [9223372036854775807, -1]
print(len(range(0, MAX, 4611686018427387904)))   // expect: 2
