// += on Strings in loops, up to 20000 bytes.
s = ""
for i in range(0, 5)
  s += to_string(i)
print(s)                // expect: 01234
print(len(s))           // expect: 5
print(s == "01234")     // expect: true
big = ""
for i in range(0, 10000)
  big += "ab"
print(len(big))         // expect: 20000
print(big[19999])       // expect: b
