// substr(s, start, count): byte range, clamped, never a range error
print(substr("hello", 1, 3))        // expect: ell
print(substr("hello", 0, 5))        // expect: hello
print(substr("hello", 0, 99))       // expect: hello
print(substr("hello", -2, 3))       // expect: hel
print(substr("hello", 3, -1) == "") // expect: true
print(len(substr("hello", 9, 2)))   // expect: 0
print(substr("hello", 4, 1))        // expect: o
print(substr("hello", 5, 1) == "")  // expect: true
print(len(substr("", 0, 3)))        // expect: 0
print(typeof(substr("abc", 0, 0)))  // expect: String
print("hello".substr(1, 2))         // expect: el
