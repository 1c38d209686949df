// A throw in a callee is caught by the caller's try, and the caller's loop
// goes on.
fun risky(n)
  if n == 2
    throw "bad " + to_string(n)
  return n
fun safe(n)
  try
    return risky(n)
  catch e
    return e
for i in range(1, 4)
  print(safe(i))
// expect: 1
// expect: bad 2
// expect: 3
