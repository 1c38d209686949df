// ToString() controls print and to_string of an instance.
class Point(x, y)
  fun toString()
    return "(" + to_string(this.x) + ", " + to_string(this.y) + ")"
p = Point(1, 2)
print(p)              // expect: (1, 2)
print(to_string(p))   // expect: (1, 2)
print([p, p])         // expect: [(1, 2), (1, 2)]
print({"p": p})       // expect: {"p": (1, 2)}
