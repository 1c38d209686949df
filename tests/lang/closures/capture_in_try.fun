// Closures made inside a try in a loop share the function's variable: each
// sees its last value.
fun f()
  fs = []
  for i in [1, 2, 3]
    try
      v = i * 10
      if i == 2
        throw "skip"
      fs += [fn()
        return v
      ]
    catch e
      v = -1
  return fs
fs = f()
print(fs[0]())   // expect: 30
print(fs[1]())   // expect: 30
