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
