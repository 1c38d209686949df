// D14: a value of the wrong type is a catchable TypeError
fun check(f)
  try
    f()
    return "ok"
  catch e
    return e
print(check(fn()
  number n = 2.5
))
print(check(fn()
  uint8 b = "x"
))
print(check(fn()
  string s = 1
))
print(check(fn()
  float f = "1.5"
))
print(check(fn()
  array a = {}
))
print(check(fn()
  number n = 1
  n = "later"
))
print(check(fn()
  float f = 2
  f = 3
))
// expect: TypeError: expected Number
// expect: TypeError: expected Number
// expect: TypeError: expected String
// expect: TypeError: expected Float
// expect: TypeError: expected Array
// expect: TypeError: expected Number
// expect: ok
