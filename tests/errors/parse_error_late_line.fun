// A parse error late in the file stops the whole program before anything runs.
print("nothing runs, even code before the error")
x = 1
fun f()
  return 2
z = (1 + 2))   // expect error: unmatched ')'
print(x)
