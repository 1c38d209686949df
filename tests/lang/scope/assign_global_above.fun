// D17: assignment in a function hits a global assigned above the function
g = 10
fun setg()
  g = 20
setg()
print(g)   // expect: 20
