// D17: without a global assigned above, assignment creates a local
fun setl()
  h = 20
  return h
h = 10
print(setl())   // expect: 20
print(h)        // expect: 10
