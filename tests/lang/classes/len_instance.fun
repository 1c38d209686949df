// compat: len(instance) is its field count
class P(x, y)
  z = 0
  fun m()
    return 1
print(len(P(1, 2)))   // expect: 3
