a = [1]
m = {"a": a, "l": [a, [a]]}
print(m)     // expect: {"a": [1], "l": [[1], [[1]]]}
