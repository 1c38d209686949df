// D20: no fixed try-nesting limit
fun nest(d)
  if d == 0
    throw "bottom"
  try
    return nest(d - 1)
  finally
    count[0] += 1
count = [0]
try
  nest(2000)
catch e
  print(e)          // expect: bottom
print(count[0])     // expect: 2000
