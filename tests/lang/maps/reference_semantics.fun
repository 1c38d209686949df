// Maps are references: aliases and callees see changes.
m = {"n": 1}
alias = m
alias.n = 2
print(m.n)   // expect: 2
fun bump(x)
  x["n"] += 1
bump(m)
print(alias["n"])   // expect: 3
