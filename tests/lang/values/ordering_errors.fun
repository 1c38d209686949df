// D8: any other ordering is a catchable type error
fun try_cmp(f)
  try
    return f()
  catch e
    return e
print(try_cmp(fn()
  return "a" < 1
))
print(try_cmp(fn()
  return nil > 1
))
print(try_cmp(fn()
  return [1] <= [2]
))
print(try_cmp(fn()
  return true >= false
))
print(try_cmp(fn()
  return {} < 1.5
))
// expect: Runtime type error: LT expects two numbers or two strings, got string and int
// expect: Runtime type error: GT expects two numbers or two strings, got nil and int
// expect: Runtime type error: LE expects two numbers or two strings, got array and array
// expect: Runtime type error: GE expects two numbers or two strings, got boolean and boolean
// expect: Runtime type error: LT expects two numbers or two strings, got map and float
