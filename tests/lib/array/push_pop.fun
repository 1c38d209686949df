// push appends in place and returns the new length; several values allowed
a = []
print(push(a, 1))           // expect: 1
print(push(a, "two"))       // expect: 2
print(push(a, 3, 4, 5))     // expect: 5
print(a)                    // expect: [1, two, 3, 4, 5]
print(pop(a))               // expect: 5
print(pop(a), len(a))       // expect: 4 3
push(a, a[0])
print(a)                    // expect: [1, two, 3, 1]
b = [[1]]
push(b[0], 2)
print(b)                    // expect: [[1, 2]]
// pop until empty, then the error is catchable
c = [7]
print(pop(c))               // expect: 7
try
  pop(c)
catch e
  print(e)                // expect: Runtime error: pop from empty array
print(len(c))               // expect: 0
// many pushes
d = []
i = 0
while i < 10000
  push(d, i)
  i += 1
print(len(d), d[9999])      // expect: 10000 9999
