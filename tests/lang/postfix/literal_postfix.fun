// Indexing and slicing literals directly.
print([1, 2, 3][1])      // expect: 2
print("xyz"[2])          // expect: z
print((1 + 2))           // expect: 3
print([1, 2, 3][1:])     // expect: [2, 3]
print(("ab" + "cd")[1:3])   // expect: bc
