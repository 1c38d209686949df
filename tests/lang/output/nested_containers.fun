// A shared Array inside a Map prints wherever it appears.
a = [1]
m = {"a": a, "l": [a, [a]]}
print(m)     // expect: {"a": [1], "l": [[1], [[1]]]}
