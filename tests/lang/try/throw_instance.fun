// A thrown instance reaches catch as itself, with its class and fields.
class MyError(msg)
  fun toString()
    return "MyError: " + this.msg
try
  throw MyError("boom")
catch e
  print(typeof(e))   // expect: MyError
  print(e.msg)       // expect: boom
  print(e)           // expect: MyError: boom
