// An inner catch that rethrows reaches the outer catch.
try
  try
    throw "inner"
  catch e
    print("inner caught " + e)
    throw "rethrown " + e
  print("not reached")
catch e2
  print("outer caught " + e2)
// expect: inner caught inner
// expect: outer caught rethrown inner
