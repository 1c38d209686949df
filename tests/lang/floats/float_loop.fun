// A while loop stepping a Float by 0.25 stops exactly at 1.
x = 0.0
n = 0
while x < 1.0
  x += 0.25
  n += 1
print(n)   // expect: 4
print(x)   // expect: 1
