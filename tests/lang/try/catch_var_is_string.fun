// A runtime error reaches catch as a String with the full message.
try
  x = 5 / 0
catch e
  print(typeof(e))      // expect: String
  print(e == "Runtime error: division by zero")  // expect: true
