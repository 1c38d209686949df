// A call of a name that nothing defines says which name (most often a typo);
// a variable that is defined but holds nil gets the plain message.
fun greet(n)
  return "hi " + n
fun call_typo()
  return gret("x")
try
  call_typo()
catch e
  print(e)     // expect: Runtime type error: CALL expects function, got nil ('gret' is not defined)
maybe = nil
try
  maybe()
catch e
  print(e)     // expect: Runtime type error: CALL expects function, got nil
later = nil
fun uses_later()
  return later()
later = fn()
  return "set later"
print(uses_later())   // expect: set later
print(greet("y"))     // expect: hi y
nope(1, 2)     // expect runtime error: Runtime type error: CALL expects function, got nil ('nope' is not defined)
