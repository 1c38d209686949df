// \xHH escapes make single bytes, NUL and 0xff included.
print("\x41\x42")        // expect: AB
print("\x7a")            // expect: z
print(len("\x00\xff"))   // expect: 2
print("a\x2Cb")          // expect: a,b
