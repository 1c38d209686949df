// Unary minus binds looser than indexing and calls.
a = [5, 6]
print(-a[0])          // expect: -5
fun f()
  return 3
print(-f() * 2)       // expect: -6
print(!f())           // expect: false
m = {"v": 2}
print(-m.v)           // expect: -2
print(1 / 3 * 3)      // expect: 0
print(2 * (3 + 4) - -1)   // expect: 15
