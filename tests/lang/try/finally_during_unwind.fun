// finally blocks of intermediate frames run while the error unwinds
fun inner()
  throw "x"
fun middle()
  try
    inner()
  finally
    print("middle finally")
  print("not reached")
try
  middle()
catch e
  print("caught " + e)
// expect: middle finally
// expect: caught x
