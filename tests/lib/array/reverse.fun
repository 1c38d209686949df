// reverse works in place on arrays and returns the array; on strings it returns a new string
a = [1, 2, 3, 4]
b = reverse(a)
print(a)                   // expect: [4, 3, 2, 1]
push(b, 0)
print(a)                   // expect: [4, 3, 2, 1, 0]
print(reverse([]))         // expect: []
print(reverse([1]))        // expect: [1]
print(reverse([1, 2, 3]))  // expect: [3, 2, 1]
print(reverse("abc"))      // expect: cba
print(reverse(""))         // expect: 
print(len(reverse("a\0b")), reverse("a\0b") == "b\0a")  // expect: 3 true
try
  reverse(12)
catch e
  print(e)    // expect: Runtime type error: reverse: argument 1 must be an Array or String, got Int
