// D15: strings are length-counted bytes
s = "a\0b\0c"
print(len(s))          // expect: 5
print(s[2])            // expect: b
print(len(s[1]))       // expect: 1
print(s[1] == "\0")    // expect: true
print(len(s + s))      // expect: 10
print("\xff" == "\xfe")   // expect: false
print("\x01" < "\x02")    // expect: true
