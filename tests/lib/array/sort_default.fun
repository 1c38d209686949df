// sort sorts in place and returns the same array
a = [5, 3, 9, 1, 7]
b = sort(a)
print(a)                          // expect: [1, 3, 5, 7, 9]
b[0] = 100
print(a[0])                       // expect: 100
print(sort([]))                   // expect: []
print(sort([1]))                  // expect: [1]
print(sort([2, 1]))               // expect: [1, 2]
// Ints and Floats together, numerically; each keeps its type
c = sort([3, 1.5, -2, 2.0, 0, -0.5])
print(c)                          // expect: [-2, -0.5, 0, 1.5, 2, 3]
print(typeof(c[4]))               // expect: Float
print(sort([9007199254740993, 9007199254740992.0, 9007199254740991])) // expect: [9007199254740991, 9007199254740992, 9007199254740993]
// strings byte-wise
print(sort(["pear", "Apple", "apple", "banana", "", "a"]))  // expect: [, Apple, a, apple, banana, pear]
print(sort(["b\0", "b", "a\xff", "a"]) == ["a", "a\xff", "b", "b\0"])  // expect: true
// already sorted / reversed / duplicates
print(sort([1, 2, 3, 4]))         // expect: [1, 2, 3, 4]
print(sort([4, 3, 2, 1]))         // expect: [1, 2, 3, 4]
print(sort([2, 1, 2, 1, 2]))      // expect: [1, 1, 2, 2, 2]
// a larger input
big = []
i = 0
x = 12345
while i < 5000
  x = (x * 1103515245 + 12345) % 2147483648
  push(big, x % 1000)
  i += 1
sort(big)
ok = true
i = 1
while i < len(big)
  if big[i - 1] > big[i]
    ok = false
  i += 1
print(ok, len(big))               // expect: true 5000
// nil as comparator means the default order
print(sort([3, 1, 2], nil))       // expect: [1, 2, 3]
// method sugar
print([3, 2, 1].sort())           // expect: [1, 2, 3]
