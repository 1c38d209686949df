// header parameters are stored after field initializers
class P(x)
  x = "default"
  y = "field"
print(P(1).x)   // expect: 1
print(P(1).y)   // expect: field
