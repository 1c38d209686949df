// errors raised inside callbacks propagate to the caller's try
fun boom(x)
  if x == 3
    throw "boom at " + to_string(x)
  return x
fun bad_div(x)
  return 10 / (x - 2)
fun bad_acc(acc, x)
  return acc + x
try
  map([1, 2, 3, 4], boom)
catch e
  print(e)    // expect: boom at 3
try
  filter([1, 2, 3], boom)
catch e
  print(e)    // expect: boom at 3
try
  reduce([1, 2, 3], 0, fn(acc, x)
    return acc + boom(x)
  )
catch e
  print(e)    // expect: boom at 3
try
  map([1, 2, 3], bad_div)
catch e
  print(e)    // expect: Runtime error: division by zero
try
  reduce([1, "a"], 0, bad_acc)
catch e
  print(e)    // expect: Runtime type error: ADD expects both numbers, both strings, or both arrays, got int and string
fun cmp_boom(a, b)
  if a == 2 || b == 2
    throw {"code": 42}
  return a < b
arr = [3, 1, 2]
try
  sort(arr, cmp_boom)
catch e
  print(e["code"])    // expect: 42
print(arr)              // expect: [3, 1, 2]
// errors in nested calls: a function calling map inside try-less code
fun outer(xs)
  return map(xs, boom)
try
  outer([5, 3])
catch e
  print(e)    // expect: boom at 3
// the program keeps running normally after caught errors
print(map([1, 2], boom))    // expect: [1, 2]
// finally runs
try
  filter([3], boom)
catch e
  print("caught", e)      // expect: caught boom at 3
finally
  print("finally")        // expect: finally
