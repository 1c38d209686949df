// D1/Q18: a dedent ends the fn body; no blank line needed
sq = fn(x)
  return x * x
print(sq(4))   // expect: 16
cube = fn(x)
  y = x * x
  return y * x
print(cube(3)) // expect: 27
