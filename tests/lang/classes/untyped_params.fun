// D19/Q45: untyped header parameters
class Pair(first, second)
  fun swap()
    return Pair(this.second, this.first)
p = Pair("a", [1])
q = p.swap()
print(q.first)    // expect: [1]
print(q.second)   // expect: a
