// A builtin's type error is a catchable "Runtime type error" naming the
// builtin.
try
  len(5)
catch e
  print(e[0:23])   // expect: Runtime type error: len
try
  len(true)
catch e
  print(e[0:19])   // expect: Runtime type error:
print(len(nil))    // expect: 0
