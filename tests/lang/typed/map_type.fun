// `map m` declares a Map variable: later stores must be Maps
map m = {"a": 1}
m = {"b": 2}
print(m)        // expect: {"b": 2}
try
  m = [1]
catch e
  print(e)      // expect: TypeError: expected Map
try
  map z = 3
catch e
  print(e)      // expect: TypeError: expected Map
// `map(...)` the builtin is unaffected
fun dbl(x)
  return x * 2
print(map([1, 2], dbl))   // expect: [2, 4]
