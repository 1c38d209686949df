// Compound assignment on Array elements and Map fields.
a = [1, 2, 3]
a[0] += 10
a[-1] *= 3
print(a)          // expect: [11, 2, 9]
m = {"n": 5, "s": "x"}
m["n"] -= 1
m.s += "y"
print(m)          // expect: {"n": 4, "s": xy}
g = [[1]]
g[0][0] += 1
print(g)          // expect: [[2]]
o = {"inner": {"v": 10}}
o.inner.v /= 4
o["inner"]["v"] %= 2
print(o)          // expect: {"inner": {"v": 0}}
