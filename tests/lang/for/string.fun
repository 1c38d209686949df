// For ch in a String visits one-byte Strings; an empty String runs no
// iteration.
for ch in "abc"
  print(ch)
// expect: a
// expect: b
// expect: c
n = 0
for ch in ""
  n += 1
print(n)   // expect: 0
for ch in "x1"
  print(typeof(ch) + " " + to_string(len(ch)))
// expect: String 1
// expect: String 1
