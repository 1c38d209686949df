// A typed global keeps its type when a function assigns it: a wrong type
// raises and leaves it unchanged.
string name = "a"
fun rename(v)
  name = v
rename("b")
print(name)   // expect: b
try
  rename(5)
catch e
  print(e)    // expect: TypeError: expected String
print(name)   // expect: b
