// A top-level for loop variable is a global, visible after the loop.
for i in [1, 2, 3]
  x = i
fun show()
  return x
print(show())   // expect: 3
print(i)        // expect: 3
