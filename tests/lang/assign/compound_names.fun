// += -= *= /= %= on plain variables.
x = 10
x += 5
print(x)    // expect: 15
x -= 3
print(x)    // expect: 12
x *= 2
print(x)    // expect: 24
x /= 5
print(x)    // expect: 4
x %= 3
print(x)    // expect: 1
s = "a"
s += "b"
print(s)    // expect: ab
a = [1]
a += [2]
print(a)    // expect: [1, 2]
f = 1.5
f *= 2
print(f)    // expect: 3
fun loc()
  v = 1
  v += 1
  v *= 10
  return v
print(loc())   // expect: 20
