// D3: postfix chains everywhere
a = {"b": {"c": 0}}
a.b.c = 5
print(a)                 // expect: {"b": {"c": 5}}
fun make()
  return fn(x)
    return x * 10

print(make()(1))         // expect: 10
m = {}
m["k"] = fn(x)
  return x + 1
print(m["k"](1))         // expect: 2
cube = [[[0, 0], [0, 0]], [[0, 0], [0, 0]]]
cube[1][0][1] = 7
print(cube)              // expect: [[[0, 0], [0, 0]], [[0, 7], [0, 0]]]
print(cube[1][0][1])     // expect: 7
m2 = {"a": [{"b": 1}]}
m2["a"][0].b = 2
print(m2)                // expect: {"a": [{"b": 2}]}
m2.a[0]["c"] = 3
print(m2.a[0])           // expect: {"b": 2, "c": 3}
