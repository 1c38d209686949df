try
  print("body")
catch e
  print("catch")
print("after")
// expect: body
// expect: after
