// Writing a[i] while iterating (i, x) over the same Array.
a = [1, 2, 3]
for (i, x) in a
  a[i] = x * x
print(a)   // expect: [1, 4, 9]
