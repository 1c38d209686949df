// Strings with NUL bytes compare, slice and print by bytes.
print("a\0b" < "a\0c")     // expect: true
print("a" < "a\0")         // expect: true
print("a\0" == "a")        // expect: false
s = "x\0yz"
print(len(s[1:3]))         // expect: 2
print(s[1:3] == "\0y")     // expect: true
