// Array literals: empty, mixed, nested and spread over several lines.
print([])                          // expect: []
print([1, "two", 3.5, [nil, false], {}])   // expect: [1, two, 3.5, [nil, false], {}]
a = [
  1,
  2,
]
print(a)   // note: trailing comma allowed (Python-like)
// expect: [1, 2]
