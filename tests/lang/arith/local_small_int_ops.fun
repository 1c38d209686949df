// `local op small Int` (fused into one instruction for -128..127): the same
// results and errors as the general operators, for every operand type.
x = 5
print(x + 1, x - 1, x + -1, x - 128, x + 127, x + 128) // expect: 6 4 4 -123 132 133
print(x < 6, x <= 5, x > 5, x >= 5, x < -3, x > -128)  // expect: true true false true false true
f = 2.5
print(f + 1, f - 1, f < 3, f > 2, f <= 2, f >= 2.5)    // expect: 3.5 1.5 true true false true
big = 9223372036854775807
print(big + 1)                                        // expect: -9223372036854775808
inf = 1e308 * 10
nan = inf - inf
print(nan < 1, nan >= 1, nan > -1)                    // expect: false false false
s = "ab"
try
  print(s + 1)
catch e
  print(e)
// expect: Runtime type error: ADD expects both numbers, both strings, or both arrays, got string and int
try
  print(s < 1)
catch e
  print(e)
// expect: Runtime type error: LT expects two numbers or two strings, got string and int
n = nil
try
  print(n - 1)
catch e
  print(e)
// expect: Runtime type error: SUB expects numbers, got nil and int
try
  print(n >= 0)
catch e
  print(e)
// expect: Runtime type error: GE expects two numbers or two strings, got nil and int
fun fact(k)
  if k <= 1
    return k
  return k * fact(k - 1)
print(fact(20))                                       // expect: 2432902008176640000
i = 0
while i < 10
  i = i + 3
print(i)                                              // expect: 12
// a jump may land right after the local read: the read is not fused away
y = 0
z = (x > 3 ? y : x) + 1
print(z)                                              // expect: 1
// the error names the line of the operator
fun bad(v)
  return v - 1 // expect runtime error: SUB expects numbers, got string and int
bad("s")
