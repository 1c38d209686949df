// Without an error the catch block does not run.
try
  print("body")
catch e
  print("catch")
print("after")
// expect: body
// expect: after
