// Arithmetic on mismatched types raises type errors that name the operator and
// types.
fun e(f)
  try
    f()
    return "no error"
  catch err
    return err
print(e(fn()
  return "n=" + 5
))
print(e(fn()
  return nil + 1
))
print(e(fn()
  return 1.5 + true
))
print(e(fn()
  return {} + {}
))
print(e(fn()
  return [1] + "a"
))
print(e(fn()
  return "a" - 1
))
print(e(fn()
  return "a" * 2
))
print(e(fn()
  return [1] / 2
))
print(e(fn()
  return 5 % "a"
))
// expect: Runtime type error: ADD expects both numbers, both strings, or both arrays, got string and int
// expect: Runtime type error: ADD expects both numbers, both strings, or both arrays, got nil and int
// expect: Runtime type error: ADD expects both numbers, both strings, or both arrays, got float and boolean
// expect: Runtime type error: ADD expects both numbers, both strings, or both arrays, got map and map
// expect: Runtime type error: ADD expects both numbers, both strings, or both arrays, got array and string
// expect: Runtime type error: SUB expects numbers, got string and int
// expect: Runtime type error: MUL expects numbers, got string and int
// expect: Runtime type error: DIV expects numbers, got array and int
// expect: Runtime type error: MOD expects numbers, got int and string
