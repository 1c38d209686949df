// A thrown String passes through a catch that rethrows it.
fun check(x)
  if x < 0
    throw "negative: " + to_string(x)
  return x
fun wrap(x)
  try
    return check(x)
  catch e
    throw "wrapped(" + e + ")"
try
  wrap(-3)
catch e
  print(e)   // expect: wrapped(negative: -3)
