// Sized integer variables wrap on every assignment, += included.
uint8 b = 10
b = b + 250
print(b)     // expect: 4
b += 300
print(b)     // expect: 48
int8 s = 0
s -= 129
print(s)     // expect: 127
fun setb()
  b = 257
setb()
print(b)     // expect: 1
