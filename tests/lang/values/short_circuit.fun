// && and || evaluate the right side only when needed, and return Booleans.
calls = []
fun t(name, v)
  global calls
  calls = calls + [name]
  return v
x = t("a", false) && t("b", true)
y = t("c", true) || t("d", true)
z = t("e", false) || t("f", true) && t("g", false)
print(calls)   // expect: [a, c, e, f, g]
print([x, y, z])   // expect: [false, true, false]
