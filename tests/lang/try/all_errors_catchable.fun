// Every kind of runtime error (arithmetic, index, type, call) is caught by
// try/catch with its message.
fun catch_it(f)
  try
    f()
    return "no error"
  catch e
    return e
print(catch_it(fn()
  return 1 / 0
))
print(catch_it(fn()
  return 1 % 0
))
print(catch_it(fn()
  return [1, 2][2]
))
print(catch_it(fn()
  return "a" + 1
))
print(catch_it(fn()
  x = nil
  return x()
))
print(catch_it(fn()
  return 1 < "b"
))
print(catch_it(fn()
  return 2
))
// expect: Runtime error: division by zero
// expect: Runtime error: modulo by zero
// expect: Runtime error: index out of range: 2 (length 2)
// expect: Runtime type error: ADD expects both numbers, both strings, or both arrays, got string and int
// expect: Runtime type error: CALL expects function, got nil
// expect: Runtime type error: LT expects two numbers or two strings, got int and string
// expect: no error
