// Return through two nested finally blocks runs both, inner first.
fun f()
  try
    try
      return "r"
    finally
      print("inner")
  finally
    print("outer")
print(f())
// expect: inner
// expect: outer
// expect: r
