// x / k with k a small positive Int literal (one instruction, DIVI): Ints
// truncate toward zero as Int / Int does, Floats divide as doubles, other
// values raise DIV's error.
x = 7
print(x / 2)          // expect: 3
x = -7
print(x / 2)          // expect: -3
x = 7.0
print(x / 2)          // expect: 3.5
x = -0.5
print(x / 1)          // expect: -0.5
x = 9223372036854775807
print(x / 8388607)    // expect: 1099511758848
x = -9223372036854775807 - 1
print(x / 1)          // expect: -9223372036854775808
fun half(v)
  try
    return v / 2
  catch e
    return e
print(half("a"))      // expect: Runtime type error: DIV expects numbers, got string and int
print(half(nil))      // expect: Runtime type error: DIV expects numbers, got nil and int
print(half(true))     // expect: Runtime type error: DIV expects numbers, got boolean and int
