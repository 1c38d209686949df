// Closures made in a for loop share the loop variable: after the loop each
// sees its last value.
fun build()
  fs = []
  for x in [10, 20, 30]
    fs = fs + [fn()
      return x
    ]
  return fs
fs = build()
print(fs[0]() + fs[2]())   // expect: 60
