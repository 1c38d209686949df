// `x op y` of two locals (fused into one instruction for + - *): the same
// results and errors as the general operators.
a = 6
b = 4
f = 1.5
g = 0.25
s = "ab"
t = "cd"
print(a + b, a - b, a * b)             // expect: 10 2 24
print(f + g, f - g, f * g)             // expect: 1.75 1.25 0.375
print(a + f, a - f, a * f)             // expect: 7.5 4.5 9
print(s + t)                           // expect: abcd
u = [1]
v = [2, 3]
print(u + v)                           // expect: [1, 2, 3]
big = 9223372036854775807
one = 1
print(big + one, big * b)              // expect: -9223372036854775808 -4
try
  print(s * a)
catch e
  print(e)
// expect: Runtime type error: MUL expects numbers, got string and int
try
  print(s - t)
catch e
  print(e)
// expect: Runtime type error: SUB expects numbers, got string and string
// a jump landing between the two reads keeps them apart
c = true
r = (c ? a : b) * b
print(r)                               // expect: 24
r = b * (c ? a : b)
print(r)                               // expect: 24
fun dot(x1, y1, x2, y2)
  return x1 * x2 + y1 * y2
print(dot(1, 2, 3, 4), dot(0.5, 2, 4, 0.25)) // expect: 11 2.5
fun bad(p, q)
  return p - q // expect runtime error: SUB expects numbers, got nil and int
bad(nil, 1)
