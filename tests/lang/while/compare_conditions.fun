// A comparison as a loop's condition takes the loop's back edge itself (the
// comparison then JUMP_IF_TRUE at the bottom): every comparison, every type.
fun count_lt(a, lim)
  n = 0
  i = 0
  while a[i] < lim
    i = i + 1
    n += 1
  return n
print(count_lt([1, 2, 3, 9, 1], 5))        // expect: 3
print(count_lt([1.5, 2.5, 7.0], 3))        // expect: 2
print(count_lt(["a", "b", "z"], "c"))      // expect: 2
inf = 1e300 * 1e300
nan = inf - inf
print(count_lt([1, nan, 2], 10))           // expect: 1

fun walk(words, stop)
  i = 0
  while words[i] != stop
    i += 1
  return i
print(walk(["x", "", "a\0b", "a\0c", "end"], "a\0c"))   // expect: 3
print(walk(["x", "", "end"], ""))                          // expect: 1
print(walk([1, 2.0, "2", 3], 3.0))                         // expect: 3

n = 10
steps = 0
while n >= 1
  n = n / 2
  steps += 1
print(steps)   // expect: 4
x = 0.5
while x <= 8
  x = x * 2
print(x)       // expect: 16
y = 20
while y > 15.5
  y -= 1
print(y)       // expect: 15
k = 0
while k == 0
  k = 1
print(k)       // expect: 1

// a comparison error in the condition names its line
a = [1, 2, "three"]
j = 0
while a[j] < 3   // expect runtime error: expects two numbers or two strings
  j += 1
