// An error inside an element's toString() propagates out of join
class Bad()
  fun toString()
    throw "no text"
class Good()
  fun toString()
    return "ok"
print(join([Good(), 1], ","))       // expect: ok,1
try
  join([1, Bad()], ",")
catch e
  print(e)                        // expect: no text
try
  cast(Bad(), "string")
catch e
  print(e)                        // expect: no text
// uncaught: reported where it was thrown (line 4)
// expect runtime error: join_tostring_error.fun:4: no text
x = join([Bad()], "")
