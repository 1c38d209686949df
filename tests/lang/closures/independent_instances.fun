// Closures of one call share its captured variable; separate calls keep
// separate state.
fun make_acc()
  total = 0
  acc = {}
  acc.add = fn(x)
    total += x
    return total
  acc.get = fn()
    return total
  return acc
a = make_acc()
b = make_acc()
a.add(5)
a.add(6)
b.add(1)
print(a.get())   // expect: 11
print(b.get())   // expect: 1
