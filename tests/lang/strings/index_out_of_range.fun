// Out-of-range String indexes raise an error naming the index and the length.
s = "abc"
try
  x = s[3]
catch e
  print(e)   // expect: Runtime error: index out of range: 3 (length 3)
try
  x = s[-4]
catch e
  print(e)   // expect: Runtime error: index out of range: -4 (length 3)
try
  x = ""[0]
catch e
  print(e)   // expect: Runtime error: index out of range: 0 (length 0)
