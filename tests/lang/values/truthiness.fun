// D5 truthiness table
fun t(v)
  if v
    return "truthy"
  return "falsy"
print(t(false))   // expect: falsy
print(t(nil))     // expect: falsy
print(t(0))       // expect: falsy
print(t(0.0))     // expect: falsy
print(t(-0.0))    // expect: falsy
print(t(""))      // expect: falsy
print(t([]))      // expect: falsy
print(t({}))      // expect: falsy
print(t(true))    // expect: truthy
print(t(1))       // expect: truthy
print(t(-1))      // expect: truthy
print(t(0.5))     // expect: truthy
print(t("0"))     // expect: truthy
print(t(" "))     // expect: truthy
print(t([0]))     // expect: truthy
print(t({"a": 0})) // expect: truthy
print(t(t))       // expect: truthy
print(t(len))     // expect: truthy
