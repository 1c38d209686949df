// compat: x.f(args) on a non-instance calls builtin f(x, args)
print("abc".len())      // expect: 3
s = "hello"
print(s.len())          // expect: 5
a = [1, 2]
print(a.len())          // expect: 2
n = 12
print(n.to_string() + "!")   // expect: 12!
print(n.typeof())       // expect: Number
