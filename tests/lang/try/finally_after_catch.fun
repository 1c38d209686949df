// Finally runs after a catch block.
try
  x = [1][3]
catch e
  print(e)
finally
  print("finally")
// expect: Runtime error: index out of range: 3 (length 1)
// expect: finally
