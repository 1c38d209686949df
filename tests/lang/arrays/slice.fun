// A[i:j] slices with omitted and negative bounds.
a = [0, 1, 2, 3, 4]
print(a[1:3])     // expect: [1, 2]
print(a[:2])      // expect: [0, 1]
print(a[2:])      // expect: [2, 3, 4]
print(a[-2:])     // expect: [3, 4]
print(a[:-1])     // expect: [0, 1, 2, 3, 4]
print(a[0:100])   // expect: [0, 1, 2, 3, 4]
print(a[3:1])     // expect: []
print(a[-100:1])  // expect: [0]
print(a[:])       // expect: [0, 1, 2, 3, 4]
b = a[1:3]
b[0] = 99
print(a)          // expect: [0, 1, 2, 3, 4]
// D12: a negative end means "to the end", as the reference's examples use it
c = [10, 20, 30, 40]
print(c[0:-1], c[1:-1], c[-2:-1])   // expect: [10, 20, 30, 40] [20, 30, 40] [30, 40]
for v in c[1:-1]
  echo v
print("")                           // expect: 203040
// out-of-range reads name the index and the length
try
  print(c[4])
catch e
  print(e)                          // expect: Runtime error: index out of range: 4 (length 4)
try
  c[-5] = 1
catch e
  print(e)                          // expect: Runtime error: index out of range: -5 (length 4)
print("abc"[1:-1])                  // expect: bc
