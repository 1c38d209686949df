// Functions print as <function name>.
fun add(a, b)
  return a + b
print(add)              // expect: <function add>
f = fn(x)
  return x
print(f)                // expect: <function <fn>>
print(len)              // expect: <builtin len>
class Point(x, y)
  z = 0
print(Point)            // expect: <class Point>
print(to_string(add))   // expect: <function add>
print([add])            // expect: [<function add>]
