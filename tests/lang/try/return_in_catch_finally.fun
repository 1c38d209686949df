// Return from a catch runs the finally before the function returns.
fun f()
  try
    throw "e"
  catch e
    return "from catch"
  finally
    print("finally")
print(f())
// expect: finally
// expect: from catch
