// A Map key that is not a String raises a type error naming the key's type.
m = {"a": 1}
try
  x = m[1]
catch e
  print(e)   // expect: Runtime type error: map key must be a String, got Int
try
  m[2.5] = 1
catch e
  print(e)   // expect: Runtime type error: map key must be a String, got Float
try
  m[nil] = 1
catch e
  print(e)   // expect: Runtime type error: map key must be a String, got Nil
