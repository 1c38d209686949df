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
