// A try inside a finally block catches its own error.
try
  throw "outer"
catch e
  print("catch " + e)
finally
  try
    throw "inside finally"
  catch e2
    print("finally caught " + e2)
print("end")
// expect: catch outer
// expect: finally caught inside finally
// expect: end
