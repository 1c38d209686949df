// \0 puts a NUL byte into a String, which keeps its full length.
s = "a\0b"
print(len(s))             // expect: 3
print(s == "a\x00b")      // expect: true
print(s == "ab")          // expect: false
print(len("\0"))          // expect: 1
