// Len counts keys; reassigning a key keeps its place.
m = {}
print(len(m))    // expect: 0
m.x = 1
m.y = 2
m.x = 3
print(len(m))    // expect: 2
print(m)         // expect: {"x": 3, "y": 2}
