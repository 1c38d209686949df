// methods may declare this explicitly (reference style)
class Counter(number start)
  fun get(this)
    return this.start
  fun add(this, n)
    this.start = this.start + n
    return this
c = Counter(5)
c.add(2)
print(c.get())          // expect: 7
print(c.add(1).get())   // expect: 8
