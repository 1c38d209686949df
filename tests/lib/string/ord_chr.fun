// ord(s [, i]) byte value 0..255, chr(n) 1-byte string
print(ord("A"))                     // expect: 65
print(ord("abc", 1))                // expect: 98
print(ord("abc", -1))               // expect: 99
print(ord("\xff"))                  // expect: 255
print(ord("\x00"))                  // expect: 0
print(chr(65))                      // expect: A
print(chr(97) + chr(98))            // expect: ab
print(len(chr(0)))                  // expect: 1
print(chr(0) == "\x00")             // expect: true
print(ord(chr(200)))                // expect: 200
s = ""
for i in range(5)
  s = s + chr(ord("a") + i)
print(s)                            // expect: abcde
try
  ord("")
catch e
  print(e)                        // expect: Runtime error: ord: index out of range: 0 (length 0)
try
  ord("abc", 3)
catch e
  print(e)                        // expect: Runtime error: ord: index out of range: 3 (length 3)
try
  ord("abc", -4)
catch e
  print(e)                        // expect: Runtime error: ord: index out of range: -4 (length 3)
try
  chr(256)
catch e
  print(e)                        // expect: Runtime error: chr: value 256 out of range 0..255
try
  chr(-1)
catch e
  print(e)                        // expect: Runtime error: chr: value -1 out of range 0..255
