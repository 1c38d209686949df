// compat: a[len(a)] = v is an error (use push)
a = [1]
a[1] = 2   // expect runtime error: Runtime error: index out of range
