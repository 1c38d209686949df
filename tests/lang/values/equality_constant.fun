// == and != with a literal on the right (compiled to EQ_K / NE_K): the same
// D7 rules as two variables, as a value and as an `if` condition.
fun tf(b)
  return b ? "T" : "F"
fun check(x)
  return tf(x == 0) + tf(x == 1.5) + tf(x == "ab") + tf(x == "") + tf(x == nil) + tf(x == true) + tf(x == false) + tf(x != "ab") + tf(x != nil)

print(check(0))              // expect: TFFFFFTTT
print(check(0.0))            // expect: TFFFFFFTT
print(check(1.5))            // expect: FTFFFFFTT
print(check("ab"))           // expect: FFTFFFFFT
print(check(""))             // expect: FFFTFFFTT
print(check(nil))            // expect: FFFFTFFTF
print(check(true))           // expect: FFFFFTFTT
print(check(false))          // expect: TFFFFFTTT
print(check([]))             // expect: FFFFFFFTT
print(check({}))             // expect: FFFFFFFTT

// strings built at run time (no cached hash) against constants
a = "a"
b = "b"
print(a + b == "ab")         // expect: true
print(a + a == "ab")         // expect: false
print(a + b != "ab")         // expect: false
print(a + b == "abc")        // expect: false
print(substr("xaby", 1, 2) == "ab")   // expect: true
// bytes after a NUL count, and a NUL is a byte like any other
z = "a\0b"
print(z == "a\0b")           // expect: true
print(z == "a\0c")           // expect: false
print(z == "a")              // expect: false
print(z[1] == "\0")          // expect: true
print("\0" == "")            // expect: false
// one length, different bytes (hashes differ), and equal long strings
print("a slightly longer string" == "a slightly longer strinh")   // expect: false
long1 = "a significantly longer string but " + "still not overwhelmingly long"
print(long1 == "a significantly longer string but still not overwhelmingly long")   // expect: true

// numbers across Int and Float, NaN never equal
inf = 1e300 * 1e300
nan = inf - inf
print(nan == 1.5, nan != 1.5, nan == nan)   // expect: false true false
n = 3
print(n == 3.0, n == 3, n != 3.5)           // expect: true true true
print(1 == true, 0 == false, 2 == true)     // expect: true true true

// the fused condition jumps both ways
hits = 0
for s in ["GET", "PUT", "GET", "get", "GET\0"]
  if s == "GET"
    hits = hits + 1
  if s != "PUT"
    hits = hits + 10
print(hits)                  // expect: 42
i = 0
while i != 5
  i = i + 1
print(i)                     // expect: 5
