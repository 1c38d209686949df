// A throw 50000 frames deep runs every frame's finally on the way up.
count = [0]
fun dive(n)
  if n == 0
    throw "deep error"
  try
    dive(n - 1)
  finally
    count[0] += 1
try
  dive(50000)
catch e
  print(e)          // expect: deep error
print(count[0])     // expect: 50000
