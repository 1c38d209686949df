// An error thrown by toString() reaches the code that printed the instance.
class Bad
  fun toString()
    throw "no string for you"
try
  print(Bad())
catch e
  print("caught: " + e)   // expect: caught: no string for you
