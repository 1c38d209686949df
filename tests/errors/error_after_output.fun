// Output printed before an uncaught error is kept, the error goes to stderr
// with the line.
for i in range(0, 3)
  print(i)
x = {}
x.a.b = 1
// expect: 0
// expect: 1
// expect: 2
// expect runtime error: Runtime
