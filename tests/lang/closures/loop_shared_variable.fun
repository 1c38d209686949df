// closures created in a loop share the (single) function-level variable
fun build()
  fs = []
  i = 0
  while i < 3
    fs = fs + [fn()
      return i
    ]
    i += 1
  return fs
fs = build()
print(fs[0]())   // expect: 3
print(fs[1]())   // expect: 3
print(fs[2]())   // expect: 3
