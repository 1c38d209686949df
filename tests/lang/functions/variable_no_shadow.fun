// plain variables never shadow a builtin in call position
len = 5
print(len([1, 2, 3]))   // expect: 3
fun f()
  typeof = "x"
  return typeof(1)
print(f())              // expect: Number
