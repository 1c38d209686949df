// x = a op b for a plain local x: the store folds into the arithmetic
// (ADD_SET, SUB_SET, MUL_SET, DIV_SET); every type, error and mixed case
// gives what the separate instructions gave.
fun f(a, b)
  x = a + b
  print(x)
  try
    y = a - b
    z = a * b
    w = a / b
    print(x, y, z, w)
  catch e
    print(e)
f(7, 2)
f(7.5, 2)
f(7, 2.5)
f("ab", "cd")
f([1], [2])
f(-7, 2)
f(7, -2)
f(7, 0)
f(7.0, 0)
try
  f(nil, 1)
catch e
  print(e)
f(9223372036854775807, 1)
fun g()
  s = 0
  i = 0
  while i < 10
    s = s + i * i
    i += 1
  t = s
  t += 0.5
  t -= 2
  t *= 2
  t /= 4
  print(s, t)
g()
fun k(p)
  v = p ? 1 : 2
  u = (p ? 1 : 2) + 3
  x = 1 + (p ? 10 : 20)
  print(v, u, x)
k(true)
k(false)

// what it prints, in order:
// expect: 9
// expect: 9 5 14 3
// expect: 9.5
// expect: 9.5 5.5 15 3.75
// expect: 9.5
// expect: 9.5 4.5 17.5 2.8
// expect: abcd
// expect: Runtime type error: SUB expects numbers, got string and string
// expect: [1, 2]
// expect: Runtime type error: SUB expects numbers, got array and array
// expect: -5
// expect: -5 -9 -14 -3
// expect: 5
// expect: 5 9 -14 -3
// expect: 7
// expect: Runtime error: division by zero
// expect: 7
// expect: Runtime error: division by zero
// expect: Runtime type error: ADD expects both numbers, both strings, or both arrays, got nil and int
// expect: -9223372036854775808
// expect: -9223372036854775808 9223372036854775806 9223372036854775807 9223372036854775807
// expect: 285 141.75
// expect: 1 4 11
// expect: 2 5 21
