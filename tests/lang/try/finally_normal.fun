// D21: finally runs on normal completion too
try
  print("body")
catch e
  print("catch")
finally
  print("finally")
// expect: body
// expect: finally
