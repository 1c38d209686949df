// Reading and writing through nested Maps and Arrays.
m = {"a": {"b": {"c": 1}}}
print(m.a.b.c)         // expect: 1
print(m["a"]["b"])     // expect: {"c": 1}
m.a.b.c = 2
print(m)               // expect: {"a": {"b": {"c": 2}}}
m["a"]["x"] = [1]
m.a.x[0] = 5
print(m.a)             // expect: {"b": {"c": 2}, "x": [5]}
