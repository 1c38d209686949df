// Throw accepts any value: catch receives it unchanged.
try
  throw "text"
catch e
  print(e)         // expect: text
try
  throw 42
catch e
  print(e + 1)     // expect: 43
try
  throw {"code": 7, "msg": "m"}
catch e
  print(e.code)    // expect: 7
  print(e)         // expect: {"code": 7, "msg": m}
try
  throw [1, 2]
catch e
  print(len(e))    // expect: 2
try
  throw nil
catch e
  print(e)         // expect: nil
try
  throw 1.5
catch e
  print(typeof(e)) // expect: Float
