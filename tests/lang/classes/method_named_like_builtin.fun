// on an instance, a method wins over the builtin of the same name
class Stack
  items = []
  fun push(x)
    this.items += [x]
    return "pushed"
  fun len()
    return len(this.items)
s = Stack()
print(s.push(1))   // expect: pushed
s.push(2)
print(s.len())     // expect: 2
