// D14: boolean takes Booleans and 0/1 only
try
  boolean b = 2
  print("accepted")
catch e
  print(e[0:9])   // expect: TypeError
try
  boolean c = "yes"
catch e
  print(e[0:9])   // expect: TypeError
