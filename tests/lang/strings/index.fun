// String indexing gives one-byte Strings, negative from the end.
s = "hello"
print(s[0])          // expect: h
print(s[4])          // expect: o
print(s[-1])         // expect: o
print(s[-5])         // expect: h
print(typeof(s[1]))  // expect: String
print(len(s[1]))     // expect: 1
print("abc"[1])      // expect: b
