// x.f(args) on arrays calls the builtin f(x, args)
a = [3, 1, 2]
print(a.push(4))           // expect: 4
print(a.contains(4))       // expect: true
print(a.indexOf(2))        // expect: 2
print(a.pop())             // expect: 4
print(a.sort())            // expect: [1, 2, 3]
print(a.reverse())         // expect: [3, 2, 1]
print(a.slice(1))          // expect: [2, 1]
print(a.enumerate())       // expect: [[0, 3], [1, 2], [2, 1]]
print("hello".contains("ell"))  // expect: true
print("hello".indexOf("o"))     // expect: 4
// builtins are values
p = push
p(a, 9)
print(a)                   // expect: [3, 2, 1, 9]
