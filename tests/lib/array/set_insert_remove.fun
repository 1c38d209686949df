// set: like a[i] = v, returns v; negative indexes count from the end
a = [1, 2, 3]
print(set(a, 0, "x"))       // expect: x
print(set(a, -1, 30))       // expect: 30
print(a)                    // expect: [x, 2, 30]
s = "hello"
set(a, 1, s + " world")
print(a[1])                 // expect: hello world
try
  set(a, 3, 0)
catch e
  print(e)                // expect: Runtime error: set index out of range: 3 (length 3)
try
  set(a, -4, 0)
catch e
  print(e)                // expect: Runtime error: set index out of range: -4 (length 3)
try
  set([], 0, 0)
catch e
  print(e)                // expect: Runtime error: set index out of range: 0 (length 0)
// insert: index clamped to 0..len, returns the new length
b = [1, 2, 3]
print(insert(b, 1, 9))      // expect: 4
print(b)                    // expect: [1, 9, 2, 3]
print(insert(b, 10, 5))     // expect: 5
print(insert(b, -3, 0))     // expect: 6
print(b)                    // expect: [0, 1, 9, 2, 3, 5]
print(insert(b, 6, 7))      // expect: 7
print(b)                    // expect: [0, 1, 9, 2, 3, 5, 7]
e = []
insert(e, 0, "a")
insert(e, 0, "b")
print(e)                    // expect: [b, a]
// remove by index returns the element
c = [10, 20, 30, 40]
print(remove(c, 1))         // expect: 20
print(c)                    // expect: [10, 30, 40]
print(remove(c, -1))        // expect: 40
print(remove(c, 0))         // expect: 10
print(c)                    // expect: [30]
try
  remove(c, 1)
catch err
  print(err)              // expect: Runtime error: remove index out of range: 1 (length 1)
try
  remove(c, -2)
catch err
  print(err)              // expect: Runtime error: remove index out of range: -2 (length 1)
print(remove(c, 0), len(c)) // expect: 30 0
try
  remove(c, 0)
catch err
  print(err)              // expect: Runtime error: remove index out of range: 0 (length 0)
