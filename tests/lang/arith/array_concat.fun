// + on two Arrays makes a new Array: the operands are unchanged, the elements
// shared.
a = [1, 2]
b = [3]
c = a + b
print(c)          // expect: [1, 2, 3]
print(a)          // expect: [1, 2]
print(b)          // expect: [3]
print([] + [])    // expect: []
inner = [9]
d = [inner] + [inner]
inner[0] = 8
print(d)          // expect: [[8], [8]]
