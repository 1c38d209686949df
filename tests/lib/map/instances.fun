// keys / values / has / entries read the fields of class instances
class Point(number x, number y)
  label = "pt"
  fun norm1(this)
    return abs(this.x) + abs(this.y)
p = Point(3, -4)
ks = keys(p)
print(contains(ks, "x"), contains(ks, "y"), contains(ks, "label"))  // expect: true true true
print(contains(ks, "norm1"))     // expect: false
print(len(keys(p)) == len(values(p)))   // expect: true
print(has(p, "x"), has(p, "label"), has(p, "nope"))   // expect: true true false
print(has(p, "norm1"))           // expect: false
p.extra = 1
print(has(p, "extra"))           // expect: true
print(keys(p)[len(keys(p)) - 1]) // expect: extra
print(values(p)[len(values(p)) - 1])  // expect: 1
e = entries(p)
print(e[len(e) - 1])             // expect: [extra, 1]
