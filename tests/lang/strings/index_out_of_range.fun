s = "abc"
try
  x = s[3]
catch e
  print(e)   // expect: Runtime error: index out of range
try
  x = s[-4]
catch e
  print(e)   // expect: Runtime error: index out of range
try
  x = ""[0]
catch e
  print(e)   // expect: Runtime error: index out of range
