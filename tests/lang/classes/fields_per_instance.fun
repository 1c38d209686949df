// Field initializers run per instance: a [] field is not shared, even with +=.
class Bag
  items = []
  fun add(x)
    this.items = this.items + [x]
a = Bag()
b = Bag()
a.add(1)
a.add(2)
print(a.items)   // expect: [1, 2]
print(b.items)   // expect: []
class Shared
  items = []
s1 = Shared()
s2 = Shared()
s1.items += [1]
print(s2.items)  // expect: []
