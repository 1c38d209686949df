// Instances and classes are truthy, whatever their fields.
class Empty
  fun m()
    return 1
class P(x)
  y = 0
fun t(v)
  return v ? "truthy" : "falsy"
print(t(Empty()))   // expect: truthy
print(t(P(0)))      // expect: truthy
print(t(P))         // expect: truthy
